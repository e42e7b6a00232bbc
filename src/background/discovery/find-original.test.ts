// "Find the original" against a local server answering as GDELT does (JSON, an error page,
// the rate-limit text, a 429, a server too slow), with the Bulletin copy of the seed pair.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/extract';
import { parseHtml } from '../../extract/node-dom';
import { searchRequests } from '../../core/search/phrases';
import type { Article } from '../../core/types';
import { discoveryStore, openLibrary } from '../library';
import { findOriginal, gdeltSource, keptSearch, SEARCH_LIMITS } from './find-original';
import { guardFetch } from './host-access';
import { startServer } from './test-server';

const fixtures = resolve(import.meta.dirname, '../../../test-fixtures/seed-pair');
let srv: Awaited<ReturnType<typeof startServer>>;
let copy: Article;
const queries: string[] = [];

const gdeltJson = (base: string) =>
  JSON.stringify({
    articles: [
      {
        url: 'https://bigtownbulletin.test/x/',
        title: 'Ukraine talks with US in Paris shows Europeans at the table, France says',
        seendate: '20250418T090000Z',
        domain: 'bigtownbulletin.test',
        language: 'English',
      },
      {
        url: `${base}/later`,
        title: 'Europeans back at the table in Ukraine talks',
        seendate: '20250418T120000Z',
        domain: 'later.example',
        language: 'English',
      },
      {
        url: `${base}/cbc`,
        title: 'Talks about Ukraine with U.S. have put Europeans back at the table, France says',
        seendate: '20250417T140000Z',
        domain: 'cbc.ca',
        language: 'English',
      },
      { url: `${base}/recipes`, title: 'Ten soups for spring', seendate: '20250416T140000Z', domain: 'food.example', language: 'English' },
    ],
  });

beforeAll(async () => {
  copy = (await extractArticle(parseHtml(readFileSync(resolve(fixtures, 'bulletin.html'), 'utf8')), 'https://bigtownbulletin.test/x/', { parse: parseHtml }))!;
  srv = await startServer({
    '/ok/api/v2/doc/doc': (q, r) => {
      queries.push(new URL(q.url!, 'http://x').searchParams.get('query') ?? '');
      r.writeHead(200, { 'content-type': 'application/json' }).end(gdeltJson(srv.base));
    },
    '/none/api/v2/doc/doc': (_q, r) => r.writeHead(200, { 'content-type': 'application/json' }).end('{}'),
    '/error/api/v2/doc/doc': (_q, r) => r.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>The specified phrase is too short.</body></html>'),
    '/limited/api/v2/doc/doc': (_q, r) => r.writeHead(200, { 'content-type': 'text/plain' }).end('Please limit requests to one every 5 seconds or contact us.'),
    '/429/api/v2/doc/doc': (_q, r) => r.writeHead(429, { 'content-type': 'text/plain' }).end('Please limit requests to one every 5 seconds'),
    '/slow/api/v2/doc/doc': (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      r.write('{"articles": [');
    },
  });
});
afterAll(() => srv.close());

const source = (path: string) => gdeltSource(`${srv.base}/${path}/api/v2/doc/doc`);

async function deps(extra: { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void>; now?: () => number } = {}) {
  return { library: await openLibrary(`find-${Math.random()}`), ...extra };
}

describe('findOriginal', () => {
  it('sends the page’s phrases, lists the same story earliest first, without the page’s own site', async () => {
    const d = await deps();
    const view = await findOriginal(d, copy, source('ok'));
    expect(view.state).toBe('results');
    if (view.state !== 'results') return;
    expect(view.results.map((r) => r.outlet)).toEqual(['cbc.ca', 'later.example', 'food.example']);
    expect(view.results[0]).toMatchObject({ date: '2025-04-17T14:00:00Z', title: expect.stringContaining('Europeans back at the table') });
    // Exactly the first request's phrases went out: quoted, ORed, and nothing else (no URL of the page).
    const [first] = searchRequests(copy);
    expect(queries.at(-1)).toBe(`(${first.map((p) => `"${p}"`).join(' OR ')})`);
    expect(queries.at(-1)).not.toContain('bigtownbulletin');
    d.library.close();
  });

  it('keeps the results per article: asking again sends nothing', async () => {
    const d = await deps();
    await findOriginal(d, copy, source('ok'));
    const hits = srv.hits.get('/ok/api/v2/doc/doc');
    const again = await findOriginal(d, copy, source('ok'));
    expect(again.state).toBe('results');
    expect(srv.hits.get('/ok/api/v2/doc/doc')).toBe(hits);
    expect(await keptSearch(d.library, copy)).toEqual(again);
    d.library.close();
  });

  it('sends the next phrases when the first request finds nothing, spaced as GDELT asks', async () => {
    const waits: number[] = [];
    let t = 1_000_000;
    const d = await deps({ now: () => t, sleep: async (ms) => void waits.push(ms) });
    const view = await findOriginal(d, copy, source('none'));
    expect(view).toMatchObject({ state: 'results', results: [] });
    expect(srv.hits.get('/none/api/v2/doc/doc')).toBe(2);
    expect(waits).toEqual([5_000]);
    // The slot is kept in the library: a search from another tab (or a restarted worker) waits too.
    t += 1_000;
    const other = { ...copy, url: 'https://bigtownbulletin.test/other/' };
    await findOriginal({ ...d, library: d.library }, other, source('none'));
    expect(waits[1]).toBe(9_000);
    d.library.close();
  });

  it.each([
    ['error', 'error', /GDELT answered: The specified phrase is too short\./],
    ['limited', 'rate-limited', /fewer requests/],
    ['429', 'rate-limited', /HTTP 429/],
  ])('an answer from %s is reported as %s and stores nothing else', async (path, reason, message) => {
    const d = await deps();
    const before = await d.library.usage();
    const view = await findOriginal(d, copy, source(path));
    expect(view).toMatchObject({ state: 'failed', reason, message: expect.stringMatching(message) });
    expect((await d.library.usage()).count).toBe(before.count);
    expect(await discoveryStore.recentFailures(d.library)).toEqual([]);
    // Kept (reopening the popup shows it) until the reader tries again.
    expect(await keptSearch(d.library, copy)).toEqual(view);
    d.library.close();
  });

  it('a server too slow is a time-out', { timeout: 30_000 }, async () => {
    const d = await deps();
    const view = await findOriginal(d, copy, source('slow'));
    expect(view).toMatchObject({ state: 'failed', reason: 'timeout', message: expect.stringContaining(`${SEARCH_LIMITS.timeoutMs / 1000} s`) });
    d.library.close();
  });

  it('a search host the reader has not allowed is never contacted and nothing is kept', async () => {
    const d = await deps({ fetch: guardFetch(fetch, async () => false) });
    const hits = srv.hits.get('/ok/api/v2/doc/doc');
    const view = await findOriginal(d, copy, source('ok'));
    expect(view).toMatchObject({ state: 'failed', reason: 'needs-access' });
    expect(srv.hits.get('/ok/api/v2/doc/doc')).toBe(hits);
    expect(await keptSearch(d.library, copy)).toBeUndefined();
    d.library.close();
  });
});
