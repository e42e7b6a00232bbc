// Discovery against pages and feeds served on localhost: the seed pair's CBC page is
// listed by a feed or returned by a search endpoint, and the Bulletin copy then finds it.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../extract/extract';
import { parseHtml } from '../../extract/node-dom';
import { discoveryStore, openLibrary, type Library } from '../library';
import { phraseQuery, searchRequests } from '../../core/search/phrases';
import { fetchArticle, pollFeed, pollFeeds, searchFor, type DiscoveryDeps } from './discovery';
import { startServer } from './test-server';

const fixtures = resolve(import.meta.dirname, '../../../test-fixtures/seed-pair');
const cbcHtml = readFileSync(resolve(fixtures, 'cbc.html'), 'utf8');
const bulletinHtml = readFileSync(resolve(fixtures, 'bulletin.html'), 'utf8');
const shopHtml = readFileSync(resolve(import.meta.dirname, '../../../e2e/site/shop-kettle.html'), 'utf8');

const extract = async (html: string, url: string) => extractArticle(parseHtml(html), url, { parse: parseHtml });

let srv: Awaited<ReturnType<typeof startServer>>;
const rss = (links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Broadcaster</title>${links.map((l) => `<item><title>t</title><link>${l}</link></item>`).join('')}</channel></rss>`;

beforeAll(async () => {
  srv = await startServer({
    '/cbc/story': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      r.end(cbcHtml);
    },
    '/shop/kettle': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      r.end(shopHtml);
    },
    '/mixed.xml': (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml' });
      r.end(rss(['/cbc/story', '/shop/kettle']));
    },
    '/feed.xml': (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml' });
      r.end(rss(['/cbc/story', '/cbc/gone', 'javascript:alert(1)']));
    },
    '/invalid.xml': (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml' });
      r.end('<rss><channel><item></rss>');
    },
    '/search': (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/json' });
      r.end(JSON.stringify({ results: [{ url: `${srv.base}/cbc/story`, title: 'CBC' }] }));
    },
  });
});
afterAll(() => srv.close());

async function fresh(): Promise<{ lib: Library; deps: DiscoveryDeps; clock: { t: number } }> {
  const lib = await openLibrary(`disc-${Math.random()}`);
  const clock = { t: 1_000_000 };
  return { lib, deps: { library: lib, extract, now: () => clock.t }, clock };
}

async function bulletin() {
  return (await extract(bulletinHtml, 'https://bigtownbulletin.test/2025/04/17/ukraine-talks/'))!;
}

describe('feeds', () => {
  it('stores the news article a feed lists, not the product page beside it, and never the markup evidence (issue 10)', async () => {
    const { lib, deps } = await fresh();
    const feed = await pollFeed(deps, `${srv.base}/mixed.xml`);
    expect(feed.lastResult).toMatchObject({ ok: true, items: 2, added: 1, failed: 1 });
    const stored = await lib.getArticleByUrl(`${srv.base}/cbc/story`);
    expect(stored).toBeDefined();
    expect('evidence' in stored!.article).toBe(false);
    expect(await lib.getArticleByUrl(`${srv.base}/shop/kettle`)).toBeUndefined();
    lib.close();
  });

  it('indexes the pages a feed lists, so a copy opened later finds its source', async () => {
    const { lib, deps } = await fresh();
    const feed = await pollFeed(deps, `${srv.base}/feed.xml`);
    expect(feed.lastResult).toMatchObject({ ok: true, items: 2, added: 1, failed: 1 });
    expect(feed.title).toBe('Broadcaster');
    const found = await lib.findCandidates(await bulletin(), { excludeHost: 'bigtownbulletin.test' });
    // Stored under its own address (its canonical on www.cbc.ca is another site than the
    // server it came from), and reachable by the feed's link.
    expect(found[0]?.host).toBe('127.0.0.1');
    expect(found[0].urls).toContain(`${srv.base}/cbc/story`);
    expect(found[0].origin).toBe('feed');
    // A second poll fetches nothing it already has (dedupe by canonical URL) and does not
    // retry the failed item inside its back-off.
    const before = srv.hits.get('/cbc/story');
    const goneBefore = srv.hits.get('/cbc/gone');
    await pollFeed(deps, `${srv.base}/feed.xml`, { force: true });
    expect(srv.hits.get('/cbc/story')).toBe(before);
    expect(srv.hits.get('/cbc/gone')).toBe(goneBefore);
    lib.close();
  });

  it('records a broken feed, shows its error, and does not hit it again inside the back-off', async () => {
    const { lib, deps, clock } = await fresh();
    for (const [path, error] of [
      ['/missing.xml', /HTTP 404/],
      ['/invalid.xml', /Invalid XML/],
    ] as const) {
      const url = `${srv.base}${path}`;
      const rec = await pollFeed(deps, url);
      expect(rec.lastResult).toMatchObject({ ok: false });
      expect(rec.lastResult && !rec.lastResult.ok && rec.lastResult.error).toMatch(error);
      const hits = srv.hits.get(path);
      await pollFeeds(deps, [url], 0);
      expect(srv.hits.get(path)).toBe(hits);
      clock.t += 16 * 60 * 1000;
      await pollFeeds(deps, [url], 0);
      expect(srv.hits.get(path)).toBe((hits ?? 0) + 1);
    }
    expect((await discoveryStore.recentFailures(lib)).map((f) => f.kind)).toEqual(['feed', 'feed']);
    lib.close();
  });

  it('polls only feeds that are due', async () => {
    const { lib, deps, clock } = await fresh();
    const url = `${srv.base}/feed.xml`;
    await pollFeeds(deps, [url], 60_000);
    const hits = srv.hits.get('/feed.xml');
    await pollFeeds(deps, [url], 60_000);
    expect(srv.hits.get('/feed.xml')).toBe(hits);
    clock.t += 61_000;
    await pollFeeds(deps, [url], 60_000);
    expect(srv.hits.get('/feed.xml')).toBe((hits ?? 0) + 1);
    lib.close();
  });
});

describe('search', () => {
  it('asks the endpoint with the story’s best phrases (not the headline a copy changes), and indexes the results', async () => {
    const { lib, deps } = await fresh();
    const copy = await bulletin();
    const outcome = await searchFor(deps, copy, `${srv.base}/search?q={query}`);
    expect(outcome).toMatchObject({ results: 1, added: 1 });
    expect(outcome.query).toBe(phraseQuery(searchRequests(copy)[0]));
    expect(outcome.query).not.toContain(copy.title.slice(0, 20));
    expect(outcome.url).toContain(encodeURIComponent(outcome.query));
    const found = await lib.findCandidates(copy, { excludeHost: 'bigtownbulletin.test' });
    expect(found[0]?.origin).toBe('search');
    expect((await discoveryStore.getStatus(lib, 'lastSearch'))?.value.query).toBe(outcome.query);
    lib.close();
  });

  it('reports a failing endpoint without throwing', async () => {
    const { lib, deps } = await fresh();
    const outcome = await searchFor(deps, await bulletin(), `${srv.base}/nope?q={query}`);
    expect(outcome.error).toMatch(/HTTP 404/);
    lib.close();
  });

  // Issue 14, item 9: an emoji split by the 200-unit query cut (or a lone surrogate in the
  // page's title) made encodeURIComponent throw URIError before searchFor's try.
  it('sends a query cut inside an emoji, or with a lone surrogate in the title', async () => {
    const { lib, deps } = await fresh();
    const page = (title: string) => ({ url: 'https://evil.test/x', title, blocks: [{ text: 'Short.' }], signals: [] });
    for (const title of ['x' + '😀'.repeat(150), 'Headline \uD83D end']) {
      const outcome = await searchFor(deps, page(title), `${srv.base}/search?q={query}`);
      expect(outcome.query.length).toBeLessThanOrEqual(200);
      expect(() => encodeURIComponent(outcome.query)).not.toThrow();
      expect(outcome.results).toBe(1);
    }
    lib.close();
  });
});

describe('compare with a URL', () => {
  it('fetches, extracts and stores the page once', async () => {
    const { lib, deps } = await fresh();
    const a = await fetchArticle(deps, `${srv.base}/cbc/story?utm_source=x`, 'manual', 'compare');
    const hits = srv.hits.get('/cbc/story');
    const b = await fetchArticle(deps, `${srv.base}/cbc/story`, 'manual', 'compare');
    expect(b.id).toBe(a.id);
    expect(srv.hits.get('/cbc/story')).toBe(hits);
    await expect(fetchArticle(deps, `${srv.base}/missing`, 'manual', 'compare')).rejects.toThrow(/404/);
    lib.close();
  });
});
