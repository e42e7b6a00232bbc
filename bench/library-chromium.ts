// The IndexedDB library in a real browser: Chromium's IndexedDB on disk (a persistent
// profile; Playwright's default context is incognito, whose IndexedDB lives in memory),
// the same Library code bundled into a page on a loopback origin. Beside it, in the same
// browser and run, a raw IndexedDB peer on another origin: one put per article of the same
// record (article, signature, band keys) into a store with no index, one transaction each
// and 100 per transaction — the physical limit of this browser and disk, so the library's
// rates read as a share of it. Then the library is filled to `total` articles and timed at
// 1k, 10k and `total`: lookups, opening (a fresh page, as a worker start), bytes on disk
// per article, and eviction at the size cap.
import { chromium } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bundle, CHROMIUM, servePages } from './content-chromium.ts';
import { median } from './stats.ts';

export interface ChromiumLibraryFigures {
  /** Raw peer: one put per transaction, no index, same records. */
  rawPutsPerSecond: number;
  /** Raw peer: 100 puts per transaction. */
  rawBatchPutsPerSecond: number;
  /** Raw peer, one put per transaction with strict durability (flushed before complete). */
  rawStrictPutsPerSecond: number;
  /** Raw peer with the band keys in a multiEntry index: the limit for any layout that
   * keeps one index entry per band key (one put per transaction / 100 per transaction). */
  rawIndexedPutsPerSecond: number;
  rawIndexedBatchPutsPerSecond: number;
  /** fingerprintArticle alone in the same page: every put computes one, so no insert rate of
   * the library can pass it. */
  fingerprintsPerSecond: number;
  /** Library.putArticle, one transaction each (fingerprinting included). */
  insertsPerSecond: number;
  /** Library.putArticles, 100 per transaction (import). */
  batchInsertsPerSecond: number;
  /** Raw puts ÷ library puts, interleaved in the same page (rounds of 25 single puts, each
   * beside 25 raw puts of the same records into a store with no index): median of per-round
   * ratios, so that the load swings of a shared machine hit both alike. */
  insertShareOfRaw: number;
  /** The same for batches of 100 (one library batch beside one raw batch per round). */
  batchShareOfRaw: number;
  /** Library.putArticles while filling to `total` (100 per transaction, all articles). */
  fillInsertsPerSecond: number;
  lookup1kMs: number;
  lookup10kMs: number;
  /** Lookups at `total` after the library was idle IDLE_MS (median). */
  lookupTotalMs: number;
  /** The same lookups right after the fill, while LevelDB still compacts. */
  lookupTotalBusyMs: number;
  /** Lookups at `total` whose source was ranked first, of `lookups`. */
  sourceFirstTotal: number;
  lookups: number;
  /** Fresh page → openLibrary → first findCandidates answered, median of 5. */
  openTotalMs: number;
  /** The library origin's IndexedDB directory on disk, divided by the article count. */
  bytesPerArticle: number;
  /** putArticle at the size cap (each evicts the least recently used), median of 20. */
  evictingPutMs: number;
  /** Articles removed by the size cap while at `total`, checked to be the oldest. */
  evicted: number;
  total: number;
  /** Seconds the whole measurement took. */
  seconds: number;
}

const PAGE_CODE = `import { openLibrary, libraryKey } from './src/background/library/index.ts';
import { ArticleGenerator } from './src/core/index/synthetic.ts';
import { fingerprintArticle } from './src/core/index/fingerprint.ts';
globalThis.__wtLib = { openLibrary, libraryKey, ArticleGenerator, fingerprintArticle };`;

const LOOKUPS = 40;
const IDLE_MS = 60_000;
const CAP_BYTES = 16 * 1024 ** 3;

// Shared by every evaluate below (strings, not functions: tsx would wrap named arrows in a
// helper the page lacks). Articles are regenerated from the seed, never shipped from Node.
const PRELUDE = `
  const { openLibrary, libraryKey, ArticleGenerator, fingerprintArticle } = globalThis.__wtLib;
  const done = (tx) => new Promise((ok, no) => { tx.oncomplete = ok; tx.onerror = () => no(tx.error); tx.onabort = () => no(tx.error); });
  async function lookups(lib, gen, stored, n) {
    const times = [];
    let first = 0;
    for (let i = 0; i < n; i++) {
      const source = stored[(i * 7919 + 13) % stored.length];
      const q = gen.copyOf(source, 'copy.test');
      const t = performance.now();
      const found = await lib.findCandidates(q);
      times.push(performance.now() - t);
      if (found[0] && found[0].url === libraryKey(source)) first++;
    }
    return { times, first };
  }
`;

export async function measureLibraryInChromium(total = 100_000): Promise<ChromiumLibraryFigures> {
  const started = Date.now();
  const code = await bundle(PAGE_CODE);
  const { server, base } = await servePages({ library: '<!doctype html><title>library bench</title>' });
  const profile = mkdtempSync(join(tmpdir(), 'wt-idb-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  const libraryOrigin = base; // http://127.0.0.1:PORT/
  const peerOrigin = base.replace('127.0.0.1', 'localhost'); // another origin, its own storage
  const load = async (origin: string) => {
    const page = await context.newPage();
    await page.goto(`${origin}library`);
    await page.addScriptTag({ content: code });
    return page;
  };
  try {
    // 1. The raw peer, on its own origin so its bytes do not count as the library's.
    const peer = await load(peerOrigin);
    const raw = (await peer.evaluate(`(async () => {${PRELUDE}
      const gen = new ArticleGenerator(91);
      const N = 1000;
      let fpMs = 0;
      const records = Array.from({ length: 2 * N }, (_, i) => {
        const article = gen.article();
        const t0 = performance.now();
        const fp = fingerprintArticle(article);
        fpMs += performance.now() - t0;
        return { id: 'r' + i, url: article.url, urls: [article.url], host: 'h.test', article, origin: 'feed', addedAt: i, lastUsedAt: i, bytes: 1, sig: fp.sig, bands: fp.bands, size: fp.size };
      });
      const db = await new Promise((ok, no) => { const r = indexedDB.open('raw-peer', 1); r.onupgradeneeded = () => r.result.createObjectStore('s', { keyPath: 'id' }); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
      // The library's durability (relaxed) for both, so the gap is the library's own work.
      let t = performance.now();
      for (let i = 0; i < N; i++) {
        const tx = db.transaction('s', 'readwrite', { durability: 'relaxed' });
        tx.objectStore('s').put(records[i]);
        await done(tx);
      }
      const single = N / ((performance.now() - t) / 1000);
      t = performance.now();
      for (let i = N; i < 2 * N; i += 100) {
        const tx = db.transaction('s', 'readwrite', { durability: 'relaxed' });
        for (let j = i; j < i + 100; j++) tx.objectStore('s').put(records[j]);
        await done(tx);
      }
      const batch = N / ((performance.now() - t) / 1000);
      // Strict durability for comparison (Chromium's default, 'default', behaves as relaxed
      // since Chrome 121; strict waits for the flush to disk): the first 500 records again.
      t = performance.now();
      for (let i = 0; i < 500; i++) {
        const tx = db.transaction('s', 'readwrite', { durability: 'strict' });
        tx.objectStore('s').put(records[i]);
        await done(tx);
      }
      const strict = 500 / ((performance.now() - t) / 1000);
      db.close();
      // The same records with their band keys in a multiEntry index (first 500 of each).
      const idx = await new Promise((ok, no) => { const r = indexedDB.open('raw-peer-indexed', 1); r.onupgradeneeded = () => r.result.createObjectStore('s', { keyPath: 'id' }).createIndex('bands', 'bands', { multiEntry: true }); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
      const M = 500;
      t = performance.now();
      for (let i = 0; i < M; i++) {
        const tx = idx.transaction('s', 'readwrite', { durability: 'relaxed' });
        tx.objectStore('s').put(records[i]);
        await done(tx);
      }
      const indexedSingle = M / ((performance.now() - t) / 1000);
      t = performance.now();
      for (let i = N; i < N + M; i += 100) {
        const tx = idx.transaction('s', 'readwrite', { durability: 'relaxed' });
        for (let j = i; j < i + 100; j++) tx.objectStore('s').put(records[j]);
        await done(tx);
      }
      const indexedBatch = M / ((performance.now() - t) / 1000);
      idx.close();
      return { single, batch, strict, indexedSingle, indexedBatch, fingerprints: (2 * N) / (fpMs / 1000) };
    })()`)) as { single: number; batch: number; strict: number; indexedSingle: number; indexedBatch: number; fingerprints: number };
    await peer.close();

    // 2. The library: single inserts, batch inserts, fill, lookups at 1k, 10k and total.
    const page = await load(libraryOrigin);
    const lib = (await page.evaluate(`(async (total, nLookups) => {${PRELUDE}
      const gen = new ArticleGenerator(91);
      const lib = await openLibrary('bench-chromium');
      await lib.clear();
      // The default cap (200 MB) holds ~30,000 of these articles: raised so the library
      // really holds all of them (part 4 puts it at the size reached).
      await lib.setCapBytes(${CAP_BYTES});
      const stored = [];
      let timed = 0;
      let timedMs = 0;
      const out = {};
      // The raw peer again, interleaved with the library in this page (its own database, on
      // disk with the library's; deleted before any size is measured): the share of raw is the
      // median of per-round ratios, as the separate peer above ran minutes earlier, at another load.
      const rawDb = await new Promise((ok, no) => { const r = indexedDB.open('raw-interleaved', 1); r.onupgradeneeded = () => r.result.createObjectStore('s', { keyPath: 'id' }); r.onsuccess = () => ok(r.result); r.onerror = () => no(r.error); });
      let rawN = 0;
      const rawRecord = (article) => {
        const fp = fingerprintArticle(article);
        rawN++;
        return { id: 'r' + rawN, url: article.url, urls: [article.url], host: 'h.test', article, origin: 'feed', addedAt: rawN, lastUsedAt: rawN, bytes: 1, sig: fp.sig, bands: fp.bands, size: fp.size };
      };
      const rawGen = new ArticleGenerator(92);
      const singleShares = [];
      const batchShares = [];
      async function rawPuts(records, perTx) {
        const t = performance.now();
        for (let i = 0; i < records.length; i += perTx) {
          const tx = rawDb.transaction('s', 'readwrite', { durability: 'relaxed' });
          for (let j = i; j < i + perTx; j++) tx.objectStore('s').put(records[j]);
          await done(tx);
        }
        return performance.now() - t;
      }
      // One transaction per article, as the worker stores a visited page or a feed item;
      // rounds of 25, each beside 25 raw puts (which goes first alternates).
      async function single(n) {
        for (let at = 0; at < n; at += 25) {
          const batch = Array.from({ length: Math.min(25, n - at) }, () => gen.article());
          const raws = batch.map(() => rawRecord(rawGen.article()));
          let rawMs = singleShares.length % 2 ? await rawPuts(raws, 1) : 0;
          const t = performance.now();
          for (const a of batch) await lib.putArticle(a, 'feed');
          const ms = performance.now() - t;
          if (!(singleShares.length % 2)) rawMs = await rawPuts(raws, 1);
          singleShares.push(rawMs / ms);
          timedMs += ms;
          timed += batch.length;
          stored.push(...batch);
        }
      }
      let fillMs = 0;
      let filled = 0;
      async function fill(to) {
        while (stored.length < to) {
          const batch = Array.from({ length: Math.min(100, to - stored.length) }, () => gen.article());
          const t = performance.now();
          await lib.putArticles(batch.map((article) => ({ article, origin: 'feed' })));
          fillMs += performance.now() - t;
          filled += batch.length;
          stored.push(...batch);
        }
        // A compaction started by the fill is part of its cost, and lookups after it should
        // not queue behind it.
        const t = performance.now();
        await lib.settled();
        fillMs += performance.now() - t;
      }
      await single(Math.min(1000, total));
      out.at1k = await lookups(lib, gen, stored, nLookups);
      await single(Math.min(1000, total - stored.length));
      out.insertsPerSecond = timed / (timedMs / 1000);
      // Import path: 2,000 more, 100 per transaction (Library.putArticles), each batch beside
      // a raw batch of 100.
      const before = filled;
      const beforeMs = fillMs;
      for (const to = Math.min(stored.length + 2000, total); stored.length < to; ) {
        const raws = Array.from({ length: 100 }, () => rawRecord(rawGen.article()));
        let rawMs = batchShares.length % 2 ? await rawPuts(raws, 100) : 0;
        const ms0 = fillMs;
        await fill(Math.min(stored.length + 100, to));
        if (!(batchShares.length % 2)) rawMs = await rawPuts(raws, 100);
        batchShares.push(rawMs / (fillMs - ms0));
      }
      out.batchInsertsPerSecond = (filled - before) / ((fillMs - beforeMs) / 1000);
      const med = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
      out.insertShareOfRaw = med(singleShares);
      out.batchShareOfRaw = med(batchShares);
      rawDb.close();
      await new Promise((ok, no) => { const r = indexedDB.deleteDatabase('raw-interleaved'); r.onsuccess = ok; r.onerror = () => no(r.error); });
      await fill(Math.min(10000, total));
      out.at10k = await lookups(lib, gen, stored, nLookups);
      await fill(total);
      // The fill rate includes the compactions it caused (they run off the awaited path of
      // each put; fill() waits for the last): amortised, as a reader pays it.
      out.fillInsertsPerSecond = filled / (fillMs / 1000);
      // Right after 100k writes Chromium's LevelDB is still compacting its own files, and
      // every read then costs several times more (at 10k: 55 ms right after the fill, 15.7 ms
      // after 20 s idle). Both are reported: right after, and after ${IDLE_MS / 1000} s idle, as a
      // reader's lookups come long after any import.
      out.atTotalBusy = await lookups(lib, gen, stored, nLookups);
      await new Promise((ok) => setTimeout(ok, ${IDLE_MS}));
      out.atTotal = await lookups(lib, gen, stored, nLookups);
      out.count = await lib.count();
      lib.close();
      return out;
    })(${total}, ${LOOKUPS})`)) as {
      at1k: { times: number[] };
      at10k: { times: number[] };
      atTotal: { times: number[]; first: number };
      atTotalBusy: { times: number[]; first: number };
      insertsPerSecond: number;
      batchInsertsPerSecond: number;
      insertShareOfRaw: number;
      batchShareOfRaw: number;
      fillInsertsPerSecond: number;
      count: number;
    };
    await page.close();

    // 3. Opening the full library: a fresh page (new JS realm, as a restarted worker) until
    // its first lookup is answered.
    const opens: number[] = [];
    for (let i = 0; i < 5; i++) {
      const fresh = await load(libraryOrigin);
      opens.push(
        (await fresh.evaluate(`(async () => {${PRELUDE}
          const gen = new ArticleGenerator(7000 + ${i});
          const q = gen.copyOf(gen.article(), 'copy.test');
          const t = performance.now();
          const lib = await openLibrary('bench-chromium');
          await lib.findCandidates(q);
          const ms = performance.now() - t;
          lib.close();
          return ms;
        })()`)) as number,
      );
      await fresh.close();
    }

    // 4. Eviction at the cap: the cap set just under the current size, then stores that each
    // push the oldest out. The evicted must be the least recently used (the first stored).
    const evict = await load(libraryOrigin);
    const ev = (await evict.evaluate(`(async () => {${PRELUDE}
      const gen = new ArticleGenerator(424242);
      const lib = await openLibrary('bench-chromium');
      const before = await lib.usage();
      await lib.setCapBytes(before.bytes);
      const times = [];
      for (let i = 0; i < 20; i++) {
        const a = gen.article('fresh.test');
        const t = performance.now();
        await lib.putArticle(a, 'feed');
        times.push(performance.now() - t);
      }
      const after = await lib.usage();
      // The very first article stored in part 2 is the least recently used: gone.
      const first = new ArticleGenerator(91).article();
      const oldestGone = (await lib.getArticleByUrl(first.url)) === undefined;
      lib.close();
      return { times, evicted: before.count + 20 - after.count, oldestGone, overCap: after.bytes > before.bytes };
    })()`)) as { times: number[]; evicted: number; oldestGone: boolean; overCap: boolean };
    await evict.close();
    if (!ev.oldestGone || ev.overCap || ev.evicted < 1) throw new Error(`eviction at the cap misbehaved: ${JSON.stringify({ ...ev, times: undefined })}`);

    await context.close();
    // 5. Bytes on disk: the library origin's IndexedDB directory (the peer's is apart).
    const dir = join(profile, 'Default', 'IndexedDB');
    const port = new URL(libraryOrigin).port;
    const listing = execFileSync('du', ['-sb', ...dirsFor(dir, `127.0.0.1_${port}`)], { encoding: 'utf8' });
    const bytes = listing
      .split('\n')
      .filter(Boolean)
      .reduce((s, line) => s + Number(line.split('\t')[0]), 0);

    const first = lib.atTotal.first;
    return {
      rawPutsPerSecond: raw.single,
      rawBatchPutsPerSecond: raw.batch,
      rawStrictPutsPerSecond: raw.strict,
      rawIndexedPutsPerSecond: raw.indexedSingle,
      rawIndexedBatchPutsPerSecond: raw.indexedBatch,
      fingerprintsPerSecond: raw.fingerprints,
      insertsPerSecond: lib.insertsPerSecond,
      batchInsertsPerSecond: lib.batchInsertsPerSecond,
      insertShareOfRaw: lib.insertShareOfRaw,
      batchShareOfRaw: lib.batchShareOfRaw,
      fillInsertsPerSecond: lib.fillInsertsPerSecond,
      lookup1kMs: median(lib.at1k.times),
      lookup10kMs: median(lib.at10k.times),
      lookupTotalMs: median(lib.atTotal.times),
      lookupTotalBusyMs: median(lib.atTotalBusy.times),
      sourceFirstTotal: first,
      lookups: LOOKUPS,
      openTotalMs: median(opens),
      bytesPerArticle: bytes / lib.count,
      evictingPutMs: median(ev.times),
      evicted: ev.evicted,
      total: lib.count,
      seconds: (Date.now() - started) / 1000,
    };
  } finally {
    await context.close().catch(() => {});
    server.closeAllConnections();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/** The IndexedDB entries (LevelDB directory, blob directory, or SQLite files) of one origin. */
function dirsFor(dir: string, originPart: string): string[] {
  const out = execFileSync('ls', [dir], { encoding: 'utf8' })
    .split('\n')
    .filter((name) => name.includes(originPart))
    .map((name) => join(dir, name));
  if (out.length === 0) throw new Error(`no IndexedDB files for ${originPart} under ${dir}`);
  return out;
}
