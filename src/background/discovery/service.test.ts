import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/extract';
import { parseHtml } from '../../extract/node-dom';
import { defaults, validateSettings, type Settings } from '../../shared/settings';
import { openLibrary } from '../library';
import { articleFromText, createDiscoveryService } from './service';
import { startServer } from './test-server';

const fixtures = resolve(import.meta.dirname, '../../../test-fixtures/seed-pair');
const cbcHtml = readFileSync(resolve(fixtures, 'cbc.html'), 'utf8');
const extract = async (html: string, url: string) => extractArticle(parseHtml(html), url, { parse: parseHtml });

let srv: Awaited<ReturnType<typeof startServer>>;
beforeAll(async () => {
  srv = await startServer({
    '/cbc': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end(cbcHtml),
    '/feed.xml': (_q, r) => r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><item><link>${srv.base}/cbc</link></item></channel></rss>`),
    '/search': (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ url: `${srv.base}/cbc` }])),
  });
});
afterAll(() => srv.close());

async function service(patch: Partial<Settings>) {
  const lib = await openLibrary(`svc-${Math.random()}`);
  const settings = validateSettings({ ...structuredClone(defaults), ...patch });
  return { lib, svc: createDiscoveryService({ library: async () => lib, settings: async () => settings, extract }) };
}

const bulletinStyle = async () => ({
  ...(await extract(readFileSync(resolve(fixtures, 'bulletin.html'), 'utf8'), 'https://bigtownbulletin.test/x/'))!,
});

describe('discovery service', () => {
  it('asks the search endpoint only for Bulletin-style pages, and only when enabled', async () => {
    const page = await bulletinStyle();
    expect(page.signals.length).toBeGreaterThan(0);
    const off = await service({});
    expect(await off.svc.discoverFor(page)).toBe(false);
    const on = await service({ search: { enabled: true, urlTemplate: `${srv.base}/search?q={query}` } });
    const hits = srv.hits.get('/search') ?? 0;
    expect(await on.svc.discoverFor({ ...page, signals: [] })).toBe(false);
    expect(srv.hits.get('/search') ?? 0).toBe(hits);
    expect(await on.svc.discoverFor(page)).toBe(true);
    expect((await on.svc.status()).lastSearch?.query).toContain('Ukraine');
  });

  it('polls a feed never polled when a page has no match, not one polled already', async () => {
    const { svc } = await service({ feeds: { enabled: true, urls: [`${srv.base}/feed.xml`], pollMinutes: 60 } });
    const page = await bulletinStyle();
    expect(await svc.discoverFor(page)).toBe(true);
    const hits = srv.hits.get('/feed.xml');
    expect(await svc.discoverFor(page)).toBe(false);
    expect(srv.hits.get('/feed.xml')).toBe(hits);
    const status = await svc.status();
    expect(status.feeds[0]).toMatchObject({ itemCount: 1, lastResult: { ok: true, added: 1 } });
    expect(status.count).toBe(1);
  });

  it('turns pasted text into an article: first line the headline, then paragraphs', () => {
    expect(articleFromText('Headline here\n\nFirst paragraph.\nSecond one.')).toMatchObject({
      title: 'Headline here',
      blocks: [{ text: 'First paragraph.' }, { text: 'Second one.' }],
    });
  });
});
