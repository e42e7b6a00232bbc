import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintArticle } from '../core/index/fingerprint';
import type { Article } from '../core/types';
import { articleFromIndex, candidatesRequest } from '../shared/index-protocol';
import { rowOf, signatureOf } from './article-row';
import { indexMain } from './cli';
import type { Db } from './db';
import { addArticles, feedList, pollFeeds } from './ingest';
import { migrate } from './migrations';
import { getArticle, insertArticles, postingsInKeyOrder } from './store';
import { DB_TIMEOUT, ENGINES, fixtureArticle } from './testing';

const cbc = fixtureArticle('cbc.html', 'https://www.cbc.ca/news/world/story-1.123');
const bulletin = fixtureArticle('bulletin.html', 'https://bigtownbulletin.com/2025/04/story');

describe('the server and the extension compute the same keys', () => {
  for (const [name, article] of [
    ['cbc', cbc],
    ['bulletin', bulletin],
  ] as const) {
    it(`${name}: what the server stores equals what the extension sends`, () => {
      const row = rowOf(article);
      const sent = candidatesRequest(article);
      expect(row.bands).toEqual(sent.bands);
      expect([...signatureOf(row.signature)]).toEqual(sent.signature);
      expect(row.shingles).toBe(sent.size);
      // And what the extension rebuilds from the served text fingerprints the same.
      const rebuilt = articleFromIndex({ id: 1, url: row.url, outlet: row.outlet, title: row.title, text: row.text });
      expect(fingerprintArticle(rebuilt).bands).toEqual(row.bands);
    });
  }
});

describe('a batch of postings in key order', () => {
  const pairs = ([keys, ids]: [Float64Array, Float64Array]) => Array.from(keys, (k, i) => [k, ids[i]]);
  const sorted = (ps: number[][]) => [...ps].sort((a, b) => a[0] - b[0] || a[1] - b[1]);

  it('holds every (key, article) pair once, keys ascending, a key shared by articles kept for each', () => {
    const cbcRow = rowOf(cbc);
    const bulletinRow = rowOf(bulletin);
    const owned = [
      { id: 9_000_000_001, keys: new Set(cbcRow.bands) },
      { id: 7, keys: new Set(bulletinRow.bands) },
      { id: 8, keys: new Set([cbcRow.bands[0], 0, 2 ** 39 - 1]) },
    ];
    const got = pairs(postingsInKeyOrder(owned));
    expect(got.map((p) => p[0])).toEqual([...got.map((p) => p[0])].sort((a, b) => a - b));
    expect(sorted(got)).toEqual(sorted(owned.flatMap((o) => [...o.keys].map((k) => [k, o.id]))));
  });

  it('keeps a key beyond the packed range exact (unsorted then)', () => {
    const owned = [
      { id: 3, keys: [2 ** 39, 5] },
      { id: 4, keys: [Number.MAX_SAFE_INTEGER] },
    ];
    expect(sorted(pairs(postingsInKeyOrder(owned)))).toEqual([
      [5, 3],
      [2 ** 39, 3],
      [Number.MAX_SAFE_INTEGER, 4],
    ]);
  });
});

describe('feed lists', () => {
  it('keeps http(s) lines and drops comments, blanks and other schemes', () => {
    expect(feedList('# wires\nhttps://a.test/feed.xml\n\n  http://b.test/rss  \nfile:///etc/passwd\njavascript:alert(1)\n')).toEqual([
      'https://a.test/feed.xml',
      'http://b.test/rss',
    ]);
  });
});

const rss = (links: string[]) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${links.map((l) => `<item><title>t</title><link>${l}</link></item>`).join('')}</channel></rss>`;

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`ingestion on ${engine.name}${engine.skip ? ` (${engine.skip})` : ''}`, () => {
    let db: Db;
    let server: Server;
    let base: string;
    const hits = new Map<string, number>();

    beforeAll(async () => {
      db = await engine.fresh();
      await migrate(db);
      const cbcHtml = readFileSync(resolve(import.meta.dirname, '../../test-fixtures/seed-pair/cbc.html'), 'utf8');
      server = createServer((req, res) => {
        const path = req.url ?? '/';
        hits.set(path, (hits.get(path) ?? 0) + 1);
        if (path === '/feed.xml')
          res
            .writeHead(200, { 'content-type': 'application/rss+xml' })
            .end(rss([`${base}/news/story?utm_source=feed`, `${base}/news/missing`, `${base}/news/story`]));
        else if (path.startsWith('/news/story')) res.writeHead(200, { 'content-type': 'text/html' }).end(cbcHtml);
        else res.writeHead(404).end('no');
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }, DB_TIMEOUT);
    afterAll(async () => {
      server?.closeAllConnections();
      server?.close();
      await db?.close();
    });

    it('stores one article when the same URL is ingested concurrently', async () => {
      const row = rowOf({ ...cbc, url: 'https://www.cbc.ca/news/same', canonicalUrl: undefined });
      const variant = rowOf({ ...cbc, url: 'https://cbc.ca/news/same?utm_source=x#top', canonicalUrl: undefined });
      expect(variant.canonicalUrl).toBe(row.canonicalUrl);
      const results = await Promise.all([row, variant, row, variant, row].map((r) => insertArticles(db, [r])));
      expect(results.reduce((n, r) => n + r.added, 0)).toBe(1);
      const [stored] = await db.query<{ n: number; id: number }>(
        "SELECT count(*)::int AS n, min(id) AS id FROM articles WHERE canonical_url = 'https://cbc.ca/news/same'",
      );
      expect(stored.n).toBe(1);
      const [keys] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM band_keys WHERE article_id = $1', [stored.id]);
      expect(keys.n).toBe(new Set(row.bands).size);
    });

    it('stores a URL repeated within one batch once', async () => {
      const row = rowOf({ ...cbc, url: 'https://www.cbc.ca/news/twice', canonicalUrl: undefined });
      const r = await insertArticles(db, [row, row]);
      expect(r).toMatchObject({ added: 1, skipped: 1 });
      expect(r.ids[1]).toBeUndefined();
    });

    it('polls a feed, fetches each new item once, records failures, and skips known items next time', async () => {
      const progress: string[] = [];
      const first = await pollFeeds(db, [`${base}/feed.xml`, `${base}/no-feed.xml`], { progress: (l) => progress.push(l) });
      // story and story?utm_source=feed are one canonical URL; missing is a 404; no-feed too.
      expect(first).toMatchObject({ added: 1, failed: 2 });
      const failures = await db.query<{ url: string; error: string }>('SELECT url, error FROM ingestion_failures WHERE run_id = $1 ORDER BY url', [first.run]);
      expect(failures.map((f) => [f.url.replace(base, ''), f.error])).toEqual([
        ['/news/missing', 'HTTP 404 Not Found'],
        ['/no-feed.xml', 'HTTP 404 Not Found'],
      ]);
      expect(progress.some((l) => l.startsWith('stored 1 new'))).toBe(true);
      const storyFetches = (hits.get('/news/story?utm_source=feed') ?? 0) + (hits.get('/news/story') ?? 0);
      const second = await pollFeeds(db, [`${base}/feed.xml`]);
      expect(second).toMatchObject({ added: 0 });
      expect((hits.get('/news/story?utm_source=feed') ?? 0) + (hits.get('/news/story') ?? 0)).toBe(storyFetches);
      const [run] = await db.query<{ added: number; failed: number; finished: boolean }>(
        'SELECT added, failed, finished_at IS NOT NULL AS finished FROM ingestion_runs WHERE id = $1',
        [first.run],
      );
      expect(run).toEqual({ added: 1, failed: 2, finished: true });
    });

    it('adds loaded articles in batches and records what could not be loaded', async () => {
      const load = async (arg: string) => {
        if (arg.includes('bad')) throw new Error('no article text found on this page');
        return { ...bulletin, url: `https://bigtownbulletin.com/${arg}`, canonicalUrl: undefined };
      };
      const r = await addArticles(db, ['a', 'bad', 'b', 'a'], load, { batchSize: 2 });
      expect(r).toMatchObject({ added: 2, skipped: 1, failed: 1 });
      const [f] = await db.query<{ url: string; error: string }>('SELECT url, error FROM ingestion_failures WHERE run_id = $1', [r.run]);
      expect(f).toEqual({ url: 'bad', error: 'no article text found on this page' });
    });

    it('fingerprints in worker threads what the inline path would, writing batches while the next is fingerprinted, and records a row that fails', async () => {
      const articleOf = (arg: string) => ({ ...bulletin, url: `https://bigtownbulletin.com/threads/${arg}`, canonicalUrl: undefined });
      // No blocks: rowOf throws inside the worker; the failure must come back as this argument's.
      const load = async (arg: string) => (arg === 'broken' ? ({ ...articleOf(arg), blocks: undefined } as unknown as Article) : articleOf(arg));
      const args = ['t1', 't2', 'broken', 't3', 't4', 't5'];
      const r = await addArticles(db, args, load, { batchSize: 2, threads: 2 });
      expect(r).toMatchObject({ added: 5, skipped: 0, failed: 1 });
      const [f] = await db.query<{ url: string; error: string }>('SELECT url, error FROM ingestion_failures WHERE run_id = $1', [r.run]);
      expect(f.url).toBe('broken');
      expect(f.error).toMatch(/undefined/);
      for (const arg of args.filter((a) => a !== 'broken')) {
        const expected = rowOf(articleOf(arg));
        const [stored] = await db.query<{ id: number; signature: Uint8Array; shingles: number }>(
          'SELECT id, signature, shingles FROM articles WHERE canonical_url = $1',
          [expected.canonicalUrl],
        );
        expect([...signatureOf(stored.signature)]).toEqual([...signatureOf(expected.signature)]);
        expect(stored.shingles).toBe(expected.shingles);
        const keys = await db.query<{ key: number }>('SELECT key FROM band_keys WHERE article_id = $1 ORDER BY key', [stored.id]);
        expect(keys.map((k) => Number(k.key))).toEqual([...new Set(expected.bands)].sort((a, b) => a - b));
      }
    });

    it('writes two batches at once over two connections: every article once with its keys, and a failed write fails the run', async () => {
      const articleOf = (arg: string) => ({ ...bulletin, url: `https://bigtownbulletin.com/writers/${arg}`, canonicalUrl: undefined });
      const args = ['w1', 'w2', 'w3', 'w4', 'w5', 'w1', 'w6'];
      const r = await addArticles(db, args, async (arg) => articleOf(arg), { batchSize: 2, writers: 2 });
      expect(r).toMatchObject({ added: 6, skipped: 1, failed: 0 });
      for (const arg of new Set(args)) {
        const expected = rowOf(articleOf(arg));
        const stored = await db.query<{ id: number }>('SELECT id FROM articles WHERE canonical_url = $1', [expected.canonicalUrl]);
        expect(stored).toHaveLength(1);
        const keys = await db.query<{ key: number }>('SELECT key FROM band_keys WHERE article_id = $1 ORDER BY key', [stored[0].id]);
        expect(keys.map((k) => Number(k.key))).toEqual([...new Set(expected.bands)].sort((a, b) => a - b));
      }
      // The second batch's transaction fails (as a full disk would): the run must not end as if stored.
      let calls = 0;
      const failing: Db = Object.create(db, {
        transaction: {
          value: <T>(fn: (tx: Parameters<Parameters<Db['transaction']>[0]>[0]) => Promise<T>) =>
            ++calls === 2 ? Promise.reject(new Error('disk full')) : db.transaction(fn),
        },
      });
      await expect(addArticles(failing, ['f1', 'f2', 'f3', 'f4', 'f5'], async (arg) => articleOf(arg), { batchSize: 2, writers: 2 })).rejects.toThrow(
        'disk full',
      );
    });

    it('loads bigint columns exactly, negative and beyond 32 bits, and refuses a value that is not a safe integer', async () => {
      await db.query('CREATE TABLE copy_probe (a bigint, b bigint)');
      try {
        const a = [0, 1, 2 ** 32 - 1, 2 ** 32, 2 ** 39 + 5, Number.MAX_SAFE_INTEGER, -1, -(2 ** 40) - 3];
        const b = [...a].reverse();
        await db.copyBigints('copy_probe', ['a', 'b'], [a, Float64Array.from(b)]);
        const rows = await db.query<{ a: string; b: string }>('SELECT a::text AS a, b::text AS b FROM copy_probe');
        expect(rows.map((r) => [Number(r.a), Number(r.b)])).toEqual(a.map((v, i) => [v, b[i]]));
        await expect(db.copyBigints('copy_probe', ['a', 'b'], [[1.5], [2]])).rejects.toThrow();
      } finally {
        await db.query('DROP TABLE copy_probe');
      }
    });

    it('keeps text a page could not have stored: NUL characters are dropped, not a failed batch', async () => {
      const row = rowOf({ ...cbc, url: 'https://www.cbc.ca/news/nul', canonicalUrl: undefined, title: 'A\u0000B', byline: 'x\u0000' });
      const { ids } = await insertArticles(db, [row]);
      expect((await getArticle(db, ids[0]!, false))?.title).toBe('AB');
    });
  });
}

describe('wiretrace index (command line)', () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return { out, err, io: { stdout: { write: (s: string) => out.push(s) }, stderr: { write: (s: string) => err.push(s) } } };
  };
  const load = async () => cbc;

  it('prints usage with no command and refuses unknown commands and options with exit code 2', async () => {
    const a = io();
    expect(await indexMain([], a.io, { load })).toBe(2);
    expect(a.out.join('')).toContain('wiretrace index <command>');
    for (const argv of [['frobnicate'], ['serve', '--nope'], ['serve', '--port', 'x'], ['poll'], ['add'], ['serve', '--db', 'mysql://x']]) {
      const b = io();
      expect(await indexMain(argv, b.io, { load }), argv.join(' ')).toBe(2);
      expect(b.err.join('')).toMatch(/^wiretrace index: /);
    }
  });
});
