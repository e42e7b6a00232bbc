import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/extract';
import { parseHtml } from '../../extract/node-dom';
import { defaults, validateSettings, type SettingsPatch } from '../../shared/settings';
import { searchPhrases } from '../../core/search/phrases';
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
    '/feed.xml': (_q, r) =>
      r.writeHead(200, { 'content-type': 'application/rss+xml' }).end(`<rss><channel><item><link>${srv.base}/cbc</link></item></channel></rss>`),
    '/search': (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ url: `${srv.base}/cbc` }])),
  });
});
afterAll(() => srv.close());

async function service(patch: SettingsPatch, hasAccess?: (url: string) => Promise<boolean>) {
  const lib = await openLibrary(`svc-${Math.random()}`);
  const settings = validateSettings({ ...structuredClone(defaults), ...patch });
  return { lib, svc: createDiscoveryService({ library: async () => lib, settings: async () => settings, extract, hasAccess }) };
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
    // The phrases sent are the page's own best phrases, quoted; not its headline.
    expect((await on.svc.status()).lastSearch?.query).toContain(`"${searchPhrases(page)[0].text}"`);
    expect((await on.svc.status()).lastSearch?.query).not.toContain(page.title);
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

  it('fetches nothing from a host the reader has not allowed, says which, and fetches it as soon as they allow it', async () => {
    let allowPages = false;
    const feedUrl = `${srv.base}/feed.xml`;
    // The feed's own URL is allowed, its item pages are not (yet).
    const { svc } = await service({ feeds: { enabled: true, urls: [feedUrl], pollMinutes: 60 } }, async (u) => allowPages || u === feedUrl);
    const pageHits = srv.hits.get('/cbc') ?? 0;
    await svc.pollDue(true);
    let status = await svc.status();
    expect(srv.hits.get('/cbc') ?? 0).toBe(pageHits);
    expect(status.feeds[0].lastResult).toMatchObject({ ok: true, items: 1, added: 0, failed: 1, needsAccess: [srv.base] });
    expect(status.failures).toEqual([]); // nothing was sent, so nothing is backed off
    allowPages = true;
    await svc.pollDue(true);
    status = await svc.status();
    expect(srv.hits.get('/cbc')).toBe(pageHits + 1);
    expect(status.feeds[0].lastResult).toMatchObject({ ok: true, added: 1, failed: 0 });
    expect(status.feeds[0].lastResult).not.toHaveProperty('needsAccess');
  });

  it('a feed or search endpoint whose own host is not allowed (settings synced from another device) is not contacted', async () => {
    const feedHits = srv.hits.get('/feed.xml') ?? 0;
    const searchHits = srv.hits.get('/search') ?? 0;
    const { svc } = await service(
      { feeds: { enabled: true, urls: [`${srv.base}/feed.xml`], pollMinutes: 60 }, search: { enabled: true, urlTemplate: `${srv.base}/search?q={query}` } },
      async () => false,
    );
    expect(await svc.discoverFor(await bulletinStyle())).toBe(false);
    expect(srv.hits.get('/feed.xml') ?? 0).toBe(feedHits);
    expect(srv.hits.get('/search') ?? 0).toBe(searchHits);
    const status = await svc.status();
    expect(status.feeds[0].lastResult).toMatchObject({ ok: false, needsAccess: [srv.base] });
    expect(status.feeds[0].lastResult?.ok === false && status.feeds[0].lastResult.error).toMatch(/until you allow it/);
    expect(status.lastSearch).toMatchObject({ results: 0, needsAccess: [srv.base] });
  });

  it('holds pasted text to the same article limits as pages (issue 14: 40,006 pasted lines took 12.8 s)', async () => {
    const { lib, svc } = await service({});
    const lines = Array.from({ length: 40_006 }, (_, i) => `Line ${i} of the pasted text.`).join('\n');
    await expect(svc.versionFor({ text: `Headline\n${lines}` })).rejects.toThrow(
      'The pasted text is too long to compare: it has 40,006 paragraphs; Wiretrace compares at most 2,000.',
    );
    await expect(svc.versionFor({ text: `Headline\n${'word '.repeat(12_000)}` })).rejects.toThrow(
      /one paragraph has 59,999 characters; Wiretrace compares at most 50,000 a paragraph/,
    );
    expect((await lib.usage()).count).toBe(0);
    expect((await svc.versionFor({ text: 'Headline\nOne paragraph of pasted text.' })).article.blocks).toHaveLength(1);
  });

  it('turns pasted text into an article: first line the headline, then paragraphs', () => {
    expect(articleFromText('Headline here\n\nFirst paragraph.\nSecond one.')).toMatchObject({
      title: 'Headline here',
      blocks: [{ text: 'First paragraph.' }, { text: 'Second one.' }],
    });
  });
});
