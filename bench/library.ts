// The library's candidate index at scale (issue 4): lookup at 10k and 100k articles
// against a brute-force scan in the same run, fingerprint bytes per article, insert rate.
//
// Measured on the index's in-memory core (src/core/index/candidate-index.ts), which holds
// the same band-key postings and signatures the IndexedDB library keeps and uses the same
// ranking; a separate figure times the IndexedDB path itself (fake-indexeddb in Node).
//
// Synthetic articles: Zipf-distributed word sequences (20,000-word vocabulary, 300–900
// words each, so stock words and phrases recur across unrelated articles as in news); the
// queries are edited copies of stored articles (5% of words replaced, a paragraph's worth
// dropped, boilerplate added). To build 100,000 articles in seconds, library articles are
// produced directly as word sequences and shingled from their word hashes — the very
// hashes shingleHashes() computes from text (checked below on generated text); the insert
// rate is measured on the full text path (Article → fingerprint → index).
import 'fake-indexeddb/auto';
import { performance } from 'node:perf_hooks';
import { CandidateIndex } from '../src/core/index/candidate-index.ts';
import { fingerprintArticle, fingerprintBytes, fingerprintShingles, type Fingerprint } from '../src/core/index/fingerprint.ts';
import { fingerprintText } from '../src/core/index/fingerprint.ts';
import { articleText, hashString, shingleHashes, shinglesOfWords } from '../src/core/index/shingles.ts';
import { ArticleGenerator } from '../src/core/index/synthetic.ts';
import { WordLibrary } from './word-library.ts';
import { BANDS, estimateSimilarity, NUM_HASHES, ROWS } from '../src/core/index/minhash.ts';
import { MIN_SIMILARITY } from '../src/core/index/candidate-index.ts';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { median, round, type BenchSection } from './stats.ts';

const BUDGET = { lookup100kMs: 20, speedup: 100, bytes: 2048, inserts: 1000, chromiumInserts: 1000, chromiumShareOfRaw: 0.5, chromiumBatchInserts: 2000 };
/** Articles the Chromium library is filled to (WT_BENCH_IDB_TOTAL for a quick run). */
const CHROMIUM_TOTAL = Number(process.env.WT_BENCH_IDB_TOTAL ?? 100_000);

function fpOfWords(ws: Uint32Array): Fingerprint {
  return fingerprintShingles(shinglesOfWords(ws));
}

interface LookupFigures {
  lshMs: number;
  bruteMs: number;
  lshTop1: number;
  bruteTop1: number;
  candidatesPerQuery: number;
  collidingPerQuery: number;
}

/**
 * The brute-force baseline at its fastest: every stored signature packed in one typed
 * array, compared slot by slot with the query (no text read, no object per article).
 */
class PackedSignatures {
  private data = new Uint32Array(NUM_HASHES * 1024);
  size = 0;
  add(sig: Uint32Array): void {
    if ((this.size + 1) * NUM_HASHES > this.data.length) {
      const bigger = new Uint32Array(this.data.length * 2);
      bigger.set(this.data);
      this.data = bigger;
    }
    this.data.set(sig, this.size++ * NUM_HASHES);
  }
  best(q: Uint32Array): { id: string; similarity: number } | undefined {
    let best = -1;
    let bestSame = 0;
    for (let k = 0; k < this.size; k++) {
      const base = k * NUM_HASHES;
      let same = 0;
      for (let i = 0; i < NUM_HASHES; i++) if (this.data[base + i] === q[i]) same++;
      if (same > bestSame) {
        bestSame = same;
        best = k;
      }
    }
    return best < 0 ? undefined : { id: `a${best}`, similarity: bestSame / NUM_HASHES };
  }
}

function measureLookup(size: number, lib: WordLibrary, index: CandidateIndex, packed: PackedSignatures, sources: Uint32Array[]): LookupFigures {
  while (index.size < size) {
    const ws = lib.article();
    sources.push(ws);
    const fp = fpOfWords(ws);
    index.add(`a${index.size}`, fp);
    packed.add(fp.sig);
  }
  // Queries: edited copies of random stored articles, and unrelated articles (no answer).
  const queries: { fp: Fingerprint; want?: string }[] = [];
  for (let i = 0; i < 200; i++) {
    const k = lib.pick(size);
    queries.push({ fp: fpOfWords(lib.copy(sources[k])), want: `a${k}` });
  }
  for (let i = 0; i < 50; i++) queries.push({ fp: fpOfWords(lib.article()) });
  const lsh: number[] = [];
  let lshTop1 = 0;
  let found = 0;
  let colliding = 0;
  for (const q of queries) colliding += index.colliding(q.fp).size;
  for (const q of queries) {
    const t = performance.now();
    const r = index.query(q.fp, 5);
    lsh.push(performance.now() - t);
    found += r.length;
    if (q.want && r[0]?.id === q.want) lshTop1++;
  }
  const brute: number[] = [];
  let bruteTop1 = 0;
  const bruteQueries = queries.filter((q) => q.want).slice(0, size >= 100000 ? 20 : 60);
  for (const q of bruteQueries) {
    const t = performance.now();
    const r = packed.best(q.fp.sig);
    brute.push(performance.now() - t);
    if (r?.id === q.want) bruteTop1++;
  }
  return {
    lshMs: median(lsh),
    bruteMs: median(brute),
    lshTop1: lshTop1 / 200,
    bruteTop1: bruteTop1 / bruteQueries.length,
    candidatesPerQuery: found / queries.length,
    collidingPerQuery: colliding / queries.length,
  };
}

/**
 * The IndexedDB library itself (fake-indexeddb): insert rate, and lookup at 1k and at 10k
 * articles — if findCandidates scanned, the second would be ~10× the first.
 */
async function measureIdb(): Promise<{ perSecond: number; lookup1kMs: number; lookup10kMs: number }> {
  const { openLibrary } = await import('../src/background/library/index.ts');
  const gen = new ArticleGenerator(77);
  const lib = await openLibrary(`bench-${Date.now()}`);
  const stored: import('../src/core/types.ts').Article[] = [];
  const lookups = async () => {
    const times: number[] = [];
    for (let i = 0; i < 50; i++) {
      const q = gen.copyOf(stored[(i * 7919) % stored.length], 'copy.test');
      const t0 = performance.now();
      await lib.findCandidates(q);
      times.push(performance.now() - t0);
    }
    return median(times);
  };
  let insertMs = 0;
  const insert = async (n: number) => {
    const batch = Array.from({ length: n }, () => gen.article());
    const t = performance.now();
    for (const a of batch) await lib.putArticle(a, 'feed');
    insertMs += performance.now() - t;
    stored.push(...batch);
  };
  await insert(1000);
  const perSecond = 1000 / (insertMs / 1000);
  const lookup1kMs = await lookups();
  await insert(9000);
  const lookup10kMs = await lookups();
  lib.close();
  return { perSecond, lookup1kMs, lookup10kMs };
}

const PAIRS = '/work/shared/realdata/pairs';

/**
 * Would the index offer the other version of each real pair as a candidate (a shared band
 * key and estimated similarity ≥ MIN_SIMILARITY)? Per relation of realdata/pairs; skipped
 * (NaN) when the folder is absent (a fresh clone has no ../shared).
 */
function realPairs(): Record<string, { n: number; candidates: number }> | undefined {
  if (!existsSync(PAIRS)) return undefined;
  const by: Record<string, { n: number; candidates: number }> = {};
  for (const f of readdirSync(PAIRS).filter((x) => x.endsWith('.json'))) {
    const d = JSON.parse(readFileSync(`${PAIRS}/${f}`, 'utf8')) as { relation: string; versions: { title?: string | null; text: string }[] };
    const [a, b] = d.versions.map((v) => fingerprintText(`${v.title ?? ''}\n${v.text}`));
    const hit = a.bands.some((k) => b.bands.includes(k)) && estimateSimilarity(a.sig, b.sig) >= MIN_SIMILARITY;
    const r = (by[d.relation] ??= { n: 0, candidates: 0 });
    r.n++;
    if (hit) r.candidates++;
  }
  return by;
}

export async function run(): Promise<BenchSection> {
  // The word-hash shortcut must equal the text path (else the 100k figures mean nothing).
  const check = new ArticleGenerator(5);
  const hashes = new Map(check.words.map((w) => [w, hashString(w)]));
  const a = check.article();
  const body = a.blocks.map((b) => b.text).join(' ');
  const viaWords = shinglesOfWords(
    body
      .toLowerCase()
      .match(/[a-z]+/g)!
      .map((w) => hashes.get(w)!),
  );
  const viaText = shingleHashes(body);
  if (viaWords.length !== viaText.length || viaWords.some((h, i) => h !== viaText[i])) throw new Error('word-hash shortcut differs from shingleHashes');

  // Inserts first, on a fresh heap: the 110k-article index built below would otherwise
  // make them pay for its garbage collection.
  // Insert rate on the full text path: fingerprint an Article and add it to the index.
  const gen = new ArticleGenerator(21);
  const articles = Array.from({ length: 3000 }, () => gen.article());
  const fresh = new CandidateIndex();
  const cpu = () => {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  };
  // Five batches of 600: the best batch is the code's speed with the least interference
  // from other processes on a shared machine (as Python's timeit reports the minimum); the
  // median batch and the CPU-time rate are reported beside it.
  const batchRates: number[] = [];
  const ci = cpu();
  for (let b = 0; b < 5; b++) {
    const batch = articles.slice(b * 600, (b + 1) * 600);
    const t = performance.now();
    batch.forEach((art, i) => {
      fresh.add(`t${b}-${i}`, fingerprintArticle(art));
    });
    batchRates.push(batch.length / ((performance.now() - t) / 1000));
  }
  const insertsPerSecond = Math.max(...batchRates);
  const insertsPerSecondMedian = median(batchRates);
  const insertsPerCpuSecond = articles.length / (cpu() - ci);
  const byteCounts = articles.slice(0, 200).map((art) => fingerprintBytes(fingerprintArticle(art)));
  const bytes = median(byteCounts);
  const bytesMax = Math.max(...byteCounts);
  const words = median(articles.slice(0, 200).map((art) => articleText(art).split(/\s+/).length));

  // The big in-memory index lives only inside this block, so it is collectable before the
  // IndexedDB measurements.
  const { at10k, at100k, buildS } = (() => {
    const lib = new WordLibrary(11);
    const index = new CandidateIndex();
    const packed = new PackedSignatures();
    const sources: Uint32Array[] = [];
    const t0 = performance.now();
    const at10k = measureLookup(10000, lib, index, packed, sources);
    const at100k = measureLookup(100000, lib, index, packed, sources);
    const buildS = (performance.now() - t0) / 1000;
    return { at10k, at100k, buildS };
  })();
  const idb = await measureIdb();
  // The same library in Chromium's real IndexedDB (skipped when Chromium is absent).
  const { existsSync: exists } = await import('node:fs');
  const { CHROMIUM } = await import('./content-chromium.ts');
  const chromiumLoadBefore = loadavg();
  const chromiumIdb = exists(CHROMIUM) ? await (await import('./library-chromium.ts')).measureLibraryInChromium(CHROMIUM_TOTAL) : undefined;
  const chromiumLoadAfter = loadavg();
  const c = (pick: (f: NonNullable<typeof chromiumIdb>) => number) => (chromiumIdb ? pick(chromiumIdb) : Number.NaN);
  // Figures named for 100k only when the library really held 100k articles.
  const full = (pick: (f: NonNullable<typeof chromiumIdb>) => number) => (chromiumIdb && chromiumIdb.total >= 100_000 ? pick(chromiumIdb) : Number.NaN);
  const real = realPairs();
  const rate = (rel: string) => (real?.[rel] ? real[rel].candidates / real[rel].n : Number.NaN);
  const count = (rel: string) => (real?.[rel] ? `${real[rel].candidates}/${real[rel].n}` : 'skipped (no ../shared/realdata)');

  const figures = {
    lookup10kMs: round(at10k.lshMs),
    bruteForce10kMs: round(at10k.bruteMs),
    lookup100kMs: round(at100k.lshMs),
    bruteForce100kMs: round(at100k.bruteMs),
    lookupSpeedupVsBruteForce: round(at100k.bruteMs / at100k.lshMs),
    lookupSpeedupVsBruteForce10k: round(at10k.bruteMs / at10k.lshMs),
    lookupTop1Recall100k: round(at100k.lshTop1),
    bruteForceTop1Recall100k: round(at100k.bruteTop1),
    candidatesPerQuery100k: round(at100k.candidatesPerQuery),
    collidingIdsPerQuery10k: round(at10k.collidingPerQuery),
    collidingIdsPerQuery100k: round(at100k.collidingPerQuery),
    fingerprintBytesPerArticle: bytes,
    fingerprintBytesMax: bytesMax,
    insertsPerSecond: Math.round(insertsPerSecond),
    insertsPerSecondMedianBatch: Math.round(insertsPerSecondMedian),
    insertsPerCpuSecond: Math.round(insertsPerCpuSecond),
    idbInsertsPerSecond: Math.round(idb.perSecond),
    idbLookup1kMs: round(idb.lookup1kMs),
    idbLookup10kMs: round(idb.lookup10kMs),
    chromiumIdbRawPutsPerSecond: Math.round(c((f) => f.rawPutsPerSecond)),
    chromiumIdbRawBatchPutsPerSecond: Math.round(c((f) => f.rawBatchPutsPerSecond)),
    chromiumIdbRawStrictPutsPerSecond: Math.round(c((f) => f.rawStrictPutsPerSecond)),
    chromiumIdbRawIndexedPutsPerSecond: Math.round(c((f) => f.rawIndexedPutsPerSecond)),
    chromiumIdbRawIndexedBatchPutsPerSecond: Math.round(c((f) => f.rawIndexedBatchPutsPerSecond)),
    chromiumIdbFingerprintsPerSecond: Math.round(c((f) => f.fingerprintsPerSecond)),
    chromiumIdbInsertsPerSecond: Math.round(c((f) => f.insertsPerSecond)),
    chromiumIdbInsertShareOfRaw: round(c((f) => f.insertShareOfRaw)),
    chromiumIdbInsertShareOfSeparateRaw: round(c((f) => f.insertsPerSecond / f.rawPutsPerSecond)),
    chromiumIdbBatchInsertsPerSecond: Math.round(c((f) => f.batchInsertsPerSecond)),
    chromiumIdbBatchShareOfRaw: round(c((f) => f.batchShareOfRaw)),
    chromiumIdbBatchShareOfSeparateRaw: round(c((f) => f.batchInsertsPerSecond / f.rawBatchPutsPerSecond)),
    chromiumIdbFillInsertsPerSecond: Math.round(c((f) => f.fillInsertsPerSecond)),
    chromiumIdbLookup1kMs: round(c((f) => f.lookup1kMs)),
    chromiumIdbLookup10kMs: round(c((f) => f.lookup10kMs)),
    chromiumIdbLookup100kMs: round(full((f) => f.lookupTotalMs)),
    chromiumIdbLookup100kRightAfterFillMs: round(full((f) => f.lookupTotalBusyMs)),
    chromiumIdbSourceFirst100k: round(full((f) => f.sourceFirstTotal / f.lookups)),
    chromiumIdbOpen100kMs: round(full((f) => f.openTotalMs)),
    chromiumIdbBytesPerArticle: Math.round(c((f) => f.bytesPerArticle)),
    chromiumIdbEvictingPut100kMs: round(full((f) => f.evictingPutMs)),
    // The same at whatever size this run reached (WT_BENCH_IDB_TOTAL, or a run cut short).
    chromiumIdbArticles: c((f) => f.total),
    chromiumIdbLookupFullMs: round(c((f) => f.lookupTotalMs)),
    chromiumIdbSourceFirstFull: round(c((f) => f.sourceFirstTotal / f.lookups)),
    chromiumIdbOpenFullMs: round(c((f) => f.openTotalMs)),
    chromiumIdbEvictingPutFullMs: round(c((f) => f.evictingPutMs)),
    realCopyCandidateRecall: round(rate('copy')),
    realRewriteCandidateRecall: round(rate('rewrite')),
    realSameTopicCandidateRate: round(rate('same-topic-different')),
    realUnrelatedCandidateRate: round(rate('unrelated')),
  };
  const ok = (met: boolean) => (met ? 'met' : 'MISSED');
  const okIf = (v: number, met: boolean) => (Number.isFinite(v) ? ok(met) : 'not measured');
  const n = (v: number, unit = '') => (Number.isFinite(v) ? `${v.toLocaleString('en-US')}${unit}` : 'skipped');
  const total = chromiumIdb ? chromiumIdb.total.toLocaleString('en-US') : 'skipped';
  const markdown = `Index: MinHash (one-permutation, 128 bins, 3-word shingles of foldForMatch'd text) with LSH
(${BANDS} bands × ${ROWS} rows) plus passage keys (32-bin MinHash of each 100-shingle window, 10 bands × 3 rows;
\`src/core/index/passages.ts\`), measured on the **in-memory core** (\`src/core/index/candidate-index.ts\`), the
same postings and ranking the IndexedDB library keeps. Brute force = comparing the query's signature
with every stored signature (no text read), in the same run. Queries: 200 edited copies of stored
articles (5% words replaced, 40 words dropped, 12 added) + 50 unrelated articles; medians.
Synthetic library: Zipf word sequences over a 20,000-word vocabulary, 300–900 words per article
(median ${words} words for the text-path articles). Building the 10k+100k libraries took ${Math.round(buildS)} s.
Load average when the run ended: ${loadavg()
    .map((x) => x.toFixed(1))
    .join(' / ')} (1/5/15 min); wall-clock figures
on a shared machine are slower than the code is.

| measure | key | value | budget | status |
|---|---|---|---|---|
| lookup at 10k, LSH | \`lookup10kMs\` | ${figures.lookup10kMs} ms | – | – |
| lookup at 10k, brute force | \`bruteForce10kMs\` | ${figures.bruteForce10kMs} ms | – | – |
| speed-up at 10k | \`lookupSpeedupVsBruteForce10k\` | ${figures.lookupSpeedupVsBruteForce10k}× | – | – |
| lookup at 100k, LSH | \`lookup100kMs\` | ${figures.lookup100kMs} ms | ≤ ${BUDGET.lookup100kMs} ms | ${ok(figures.lookup100kMs <= BUDGET.lookup100kMs)} |
| lookup at 100k, brute force | \`bruteForce100kMs\` | ${figures.bruteForce100kMs} ms | – | – |
| speed-up at 100k | \`lookupSpeedupVsBruteForce\` | ${figures.lookupSpeedupVsBruteForce}× | ≥ ${BUDGET.speedup}× | ${ok(figures.lookupSpeedupVsBruteForce >= BUDGET.speedup)} |
| source ranked first at 100k, LSH / brute force | \`lookupTop1Recall100k\` | ${figures.lookupTop1Recall100k} / ${figures.bruteForceTop1Recall100k} | – | – |
| candidates returned per query at 100k | \`candidatesPerQuery100k\` | ${figures.candidatesPerQuery100k} | – | – |
| ids sharing a band key with the query (read, then ranked) at 10k / 100k | \`collidingIdsPerQuery100k\` | ${figures.collidingIdsPerQuery10k} / ${figures.collidingIdsPerQuery100k} | – | – |
| fingerprint bytes per article, median (512 B signature + 8 B per band key: ${BANDS} whole-article, up to 120 passage keys + 4 B size) | \`fingerprintBytesPerArticle\` | ${bytes} B | ≤ ${BUDGET.bytes} B | ${ok(bytes <= BUDGET.bytes)} |
| fingerprint bytes, largest of the 200 | \`fingerprintBytesMax\` | ${bytesMax} B | ≤ ${BUDGET.bytes} B | ${ok(bytesMax <= BUDGET.bytes)} |
| inserts/s, text → fingerprint → in-memory index, best of 5 batches of 600 | \`insertsPerSecond\` | ${figures.insertsPerSecond}/s | ≥ ${BUDGET.inserts}/s | ${ok(figures.insertsPerSecond >= BUDGET.inserts)} |
| inserts/s, median batch | \`insertsPerSecondMedianBatch\` | ${figures.insertsPerSecondMedianBatch}/s | – | – |
| inserts per CPU-second (same run; the process's own CPU time, so other load on the machine does not count) | \`insertsPerCpuSecond\` | ${figures.insertsPerCpuSecond}/s | – | – |
| inserts/s, \`Library.putArticle\` on fake-indexeddb (one transaction each, first 1,000) | \`idbInsertsPerSecond\` | ${figures.idbInsertsPerSecond}/s | – | – |
| \`Library.findCandidates\` at 1k on fake-indexeddb | \`idbLookup1kMs\` | ${figures.idbLookup1kMs} ms | – | – |
| \`Library.findCandidates\` at 10k on fake-indexeddb (a scan would be ~10× the 1k figure) | \`idbLookup10kMs\` | ${figures.idbLookup10kMs} ms | – | – |

**Chromium's IndexedDB on disk** (\`bench/library-chromium.ts\`: a persistent profile, the same library code
bundled into a page on a loopback origin; filled to ${total} articles; load average ${chromiumLoadBefore.map((x) => x.toFixed(1)).join(' / ')}
before and ${chromiumLoadAfter.map((x) => x.toFixed(1)).join(' / ')} after, 1/5/15 min; took ${chromiumIdb ? Math.round(chromiumIdb.seconds) : 0} s). The raw peer runs in the
same browser on another origin: one \`put\` per article of the same record (article, signature, band keys) into a
store without indexes, relaxed durability as the library, precomputed (no fingerprinting) — the physical limit.
Relaxed: a committed write survives the browser crashing, not the operating system; Chromium 156's default
(\`durability\` reads \`'default'\`) behaves as relaxed since Chrome 121, and strict is measured beside it. The
library's compactions merge every partition each time (schema 6), so a lookup reads each with one exact get, by a
number key (schema 7), on bare IndexedDB requests; a single put's journal entries wait in the meta record (schema 7).

| measure | key | value | target | status |
|---|---|---|---|---|
| raw peer: one put per transaction, no index | \`chromiumIdbRawPutsPerSecond\` | ${n(figures.chromiumIdbRawPutsPerSecond, '/s')} | – | – |
| raw peer: 100 puts per transaction | \`chromiumIdbRawBatchPutsPerSecond\` | ${n(figures.chromiumIdbRawBatchPutsPerSecond, '/s')} | – | – |
| raw peer: one put per transaction, strict durability (flushed to disk before it completes; 500) | \`chromiumIdbRawStrictPutsPerSecond\` | ${n(figures.chromiumIdbRawStrictPutsPerSecond, '/s')} | – | – |
| raw peer with the band keys in a multiEntry index (~105 entries per article): one put per transaction / 100 per transaction (500 each) | \`chromiumIdbRawIndexedPutsPerSecond\` | ${n(figures.chromiumIdbRawIndexedPutsPerSecond, '/s')} / ${n(figures.chromiumIdbRawIndexedBatchPutsPerSecond, '/s')} | – | – |
| \`fingerprintArticle\` alone in the same page (every put computes one: no insert rate can pass it) | \`chromiumIdbFingerprintsPerSecond\` | ${n(figures.chromiumIdbFingerprintsPerSecond, '/s')} | – | – |
| \`Library.putArticle\`, one transaction each (fingerprinting included), first 2,000 | \`chromiumIdbInsertsPerSecond\` | ${n(figures.chromiumIdbInsertsPerSecond, '/s')} | ≥ ${BUDGET.chromiumInserts}/s | ${okIf(figures.chromiumIdbInsertsPerSecond, figures.chromiumIdbInsertsPerSecond >= BUDGET.chromiumInserts)} |
| the same, as a share of raw puts interleaved with it in the same page (rounds of 25 library puts beside 25 raw puts of records like the peer's, precomputed, no index; median of per-round ratios) | \`chromiumIdbInsertShareOfRaw\` | ${n(figures.chromiumIdbInsertShareOfRaw)} | ≥ ${BUDGET.chromiumShareOfRaw} | ${okIf(figures.chromiumIdbInsertShareOfRaw, figures.chromiumIdbInsertShareOfRaw >= BUDGET.chromiumShareOfRaw)} |
| the same rate ÷ the separate raw peer's (run minutes earlier, at another load) | \`chromiumIdbInsertShareOfSeparateRaw\` | ${n(figures.chromiumIdbInsertShareOfSeparateRaw)} | – | – |
| \`Library.putArticles\`, 100 per transaction (import), the next 2,000 | \`chromiumIdbBatchInsertsPerSecond\` | ${n(figures.chromiumIdbBatchInsertsPerSecond, '/s')} | ≥ ${BUDGET.chromiumBatchInserts}/s | ${okIf(figures.chromiumIdbBatchInsertsPerSecond, figures.chromiumIdbBatchInsertsPerSecond >= BUDGET.chromiumBatchInserts)} |
| the same, as a share of raw batches of 100 interleaved with it (one beside each library batch; median of per-round ratios) | \`chromiumIdbBatchShareOfRaw\` | ${n(figures.chromiumIdbBatchShareOfRaw)} | – | – |
| the same rate ÷ the separate raw peer's batches | \`chromiumIdbBatchShareOfSeparateRaw\` | ${n(figures.chromiumIdbBatchShareOfSeparateRaw)} | – | – |
| \`Library.putArticles\` over the whole fill to ${total}, the compactions it caused included (the fill waits for the last one) | \`chromiumIdbFillInsertsPerSecond\` | ${n(figures.chromiumIdbFillInsertsPerSecond, '/s')} | – | – |
| \`Library.findCandidates\` at 1k, median of 40 | \`chromiumIdbLookup1kMs\` | ${n(figures.chromiumIdbLookup1kMs, ' ms')} | – | – |
| \`Library.findCandidates\` at 10k | \`chromiumIdbLookup10kMs\` | ${n(figures.chromiumIdbLookup10kMs, ' ms')} | – | – |
| \`Library.findCandidates\` at 100k, right after the fill (LevelDB still compacting) | \`chromiumIdbLookup100kRightAfterFillMs\` | ${n(figures.chromiumIdbLookup100kRightAfterFillMs, ' ms')} | – | – |
| \`Library.findCandidates\` at 100k, after 60 s idle | \`chromiumIdbLookup100kMs\` | ${n(figures.chromiumIdbLookup100kMs, ' ms')} | ≤ ${BUDGET.lookup100kMs} ms | ${okIf(figures.chromiumIdbLookup100kMs, figures.chromiumIdbLookup100kMs <= BUDGET.lookup100kMs)} |
| … lookups at 100k whose source was ranked first | \`chromiumIdbSourceFirst100k\` | ${n(figures.chromiumIdbSourceFirst100k)} | 1 | ${okIf(figures.chromiumIdbSourceFirst100k, figures.chromiumIdbSourceFirst100k === 1)} |
| opening the 100k library: fresh page → \`openLibrary\` → first lookup answered, median of 5 | \`chromiumIdbOpen100kMs\` | ${n(figures.chromiumIdbOpen100kMs, ' ms')} | – | – |
| \`putArticle\` at the size cap with 100k stored (each evicts the least recently used; checked) | \`chromiumIdbEvictingPut100kMs\` | ${n(figures.chromiumIdbEvictingPut100kMs, ' ms')} | – | – |
| articles the library held in this run | \`chromiumIdbArticles\` | ${total} | 100,000 | ${okIf(figures.chromiumIdbArticles, figures.chromiumIdbArticles >= 100_000)} |
| \`Library.findCandidates\` at ${total} / source ranked first | \`chromiumIdbLookupFullMs\` | ${n(figures.chromiumIdbLookupFullMs, ' ms')} / ${n(figures.chromiumIdbSourceFirstFull)} | – | – |
| opening the ${total}-article library (fresh page → first lookup answered, median of 5) | \`chromiumIdbOpenFullMs\` | ${n(figures.chromiumIdbOpenFullMs, ' ms')} | – | – |
| \`putArticle\` at the size cap with ${total} stored (each evicts the least recently used; checked) | \`chromiumIdbEvictingPutFullMs\` | ${n(figures.chromiumIdbEvictingPutFullMs, ' ms')} | – | – |
| bytes on disk per article (the origin's IndexedDB files ÷ articles) | \`chromiumIdbBytesPerArticle\` | ${n(figures.chromiumIdbBytesPerArticle, ' B')} | – | – |

fake-indexeddb is a pure-JS IndexedDB; its figures show the library's own overhead, not a browser's. Every
Chromium lookup queries an edited copy of a stored article; a lookup whose source is not ranked first is counted above.

**Candidate recall on real pairs** (\`../shared/realdata/pairs\`, whole page texts with their junk): is the
other version offered as a candidate? copy ${count('copy')} (\`realCopyCandidateRecall\`), rewrite
${count('rewrite')} (\`realRewriteCandidateRecall\`), same topic but different text ${count('same-topic-different')}
(\`realSameTopicCandidateRate\`), unrelated ${count('unrelated')} (\`realUnrelatedCandidateRate\`). Without passage keys two
copies were missed, both partial republications (a short text inside a much longer page: Jaccard 0.2 and 0.39
although containment is ≥ 0.9). The one "unrelated" candidate is a SemEval pair whose two texts share 92% of their
5-grams.
`;
  return { title: 'Library: candidate index at 10k and 100k articles', figures, markdown };
}
