// The shared index on a real PostgreSQL (issue 13): synthetic articles bulk-loaded with
// COPY, lookups (POST /v1/candidates' query: src/server/store.ts findCandidates) timed at
// each size, against brute force over the same table (every stored signature read and
// ranked) as the peer; the ingest rate on the full path (text → fingerprint → one
// transaction per batch); bytes per article on disk; and the GIN-indexed bigint[] layout
// measured beside the postings table the schema uses.
//
// Needs a server: WIRETRACE_TEST_PG=postgres://… (scripts/pg-throwaway.sh start gives one);
// without it the section says it skipped. Sizes: WT_BENCH_INDEX_SIZES (default
// "100000,1000000"). Articles are word-hash sequences shingled exactly as shingleHashes()
// shingles text (bench/library.ts checks that equivalence), stored with a short text.
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { fingerprintShingles } from '../src/core/index/fingerprint.ts';
import { rankCandidates } from '../src/core/index/candidate-index.ts';
import { shinglesOfWords } from '../src/core/index/shingles.ts';
import { ArticleGenerator, rng } from '../src/core/index/synthetic.ts';
import { WordLibrary } from './word-library.ts';
import { rowOf, signatureBytes, signatureOf } from '../src/server/article-row.ts';
import { openPostgres, type Db } from '../src/server/db.ts';
import { migrate } from '../src/server/migrations.ts';
import { findCandidates, insertArticles } from '../src/server/store.ts';
import { median, round, type BenchSection } from './stats.ts';

const BUDGET = { p95Ms1M: 20, speedup: 100, inserts: 2000 };
const PG_URL = process.env.WIRETRACE_TEST_PG ?? process.env.WIRETRACE_BENCH_PG;
const SIZES = (process.env.WT_BENCH_INDEX_SIZES ?? '100000,1000000')
  .split(',')
  .map(Number)
  .filter((n) => n > 0);
const QUERIES = 200;
const BRUTE_QUERIES = 3;

const p = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))];
};

/** COPY `count` synthetic articles (ids from `firstId`) with their band keys; keeps every
 * 500th article's words to query with. */
async function bulkLoad(db: Db, words: WordLibrary, firstId: number, count: number, keep: Map<number, Uint32Array>): Promise<void> {
  const CHUNK = 5000;
  for (let done = 0; done < count; done += CHUNK) {
    const articles: unknown[][] = [];
    const keys: unknown[][] = [];
    for (let i = 0; i < Math.min(CHUNK, count - done); i++) {
      const id = firstId + done + i;
      const ws = words.article();
      if (id % 500 === 0) keep.set(id, ws);
      const fp = fingerprintShingles(shinglesOfWords(ws));
      articles.push([
        id,
        `https://outlet${id % 200}.test/news/${id}`,
        `https://outlet${id % 200}.test/news/${id}`,
        `outlet${id % 200}.test`,
        `Synthetic story ${id}`,
        'synthetic body (not stored in the bench)',
        signatureBytes(fp.sig),
        fp.size,
      ]);
      for (const k of new Set(fp.bands)) keys.push([k, id]);
    }
    await db.transaction(async (tx) => {
      await tx.copyRows('articles', ['id', 'url', 'canonical_url', 'outlet', 'title', 'text', 'signature', 'shingles'], articles);
      await tx.copyRows('band_keys', ['key', 'article_id'], keys);
    });
  }
  await db.query(`SELECT setval(pg_get_serial_sequence('articles', 'id'), (SELECT max(id) FROM articles))`);
}

interface SizeFigures {
  size: number;
  medianMs: number;
  p95Ms: number;
  recall: number;
  bruteMs: number;
  ginMedianMs: number;
  ginP95Ms: number;
  bytesPerArticle: number;
  ginBytesPerArticle: number;
  loadS: number;
}

async function bytes(db: Db, rel: string): Promise<number> {
  const [r] = await db.query<{ b: number }>(`SELECT pg_total_relation_size('${rel}')::bigint AS b`);
  return Number(r.b);
}

async function measure(db: Db, size: number, queries: { source: number; fp: ReturnType<typeof fingerprintShingles> }[], loadS: number): Promise<SizeFigures> {
  await db.query('VACUUM ANALYZE articles');
  await db.query('VACUUM ANALYZE band_keys');
  const times: number[] = [];
  let found = 0;
  for (const pass of [0, 1]) {
    for (const q of queries) {
      const t0 = performance.now();
      const got = await findCandidates(db, { bands: q.fp.bands, sig: q.fp.sig, size: q.fp.size }, 5);
      if (pass === 1) {
        times.push(performance.now() - t0);
        if (got.some((c) => c.id === q.source)) found++;
      }
    }
  }
  // Brute force over the same table: read every signature and rank (what the index avoids).
  const brute: number[] = [];
  for (const q of queries.slice(0, BRUTE_QUERIES)) {
    const t0 = performance.now();
    const rows = await db.query<{ id: number; signature: Uint8Array; shingles: number }>('SELECT id, signature, shingles FROM articles');
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    rankCandidates(q.fp, byId.keys(), (id) => ({ sig: signatureOf(byId.get(id)!.signature), size: byId.get(id)!.shingles }), 5);
    brute.push(performance.now() - t0);
  }
  // The other layout: one GIN-indexed bigint[] per article, built from the same keys.
  await db.query('DROP TABLE IF EXISTS gin_bands');
  await db.query('CREATE TABLE gin_bands AS SELECT article_id AS id, array_agg(key) AS bands FROM band_keys GROUP BY article_id');
  await db.query('CREATE INDEX gin_bands_idx ON gin_bands USING gin (bands)');
  await db.query('VACUUM ANALYZE gin_bands');
  const gin: number[] = [];
  for (const pass of [0, 1]) {
    for (const q of queries) {
      const t0 = performance.now();
      const rows = await db.query<{ id: number; signature: Uint8Array; shingles: number }>(
        'SELECT a.id, a.signature, a.shingles FROM gin_bands g JOIN articles a ON a.id = g.id WHERE g.bands && $1::bigint[] LIMIT 200',
        [q.fp.bands],
      );
      const byId = new Map(rows.map((r) => [String(r.id), r]));
      rankCandidates(q.fp, byId.keys(), (id) => ({ sig: signatureOf(byId.get(id)!.signature), size: byId.get(id)!.shingles }), 5);
      if (pass === 1) gin.push(performance.now() - t0);
    }
  }
  const articleBytes = await bytes(db, 'articles');
  const postings = await bytes(db, 'band_keys');
  const ginBytes = await bytes(db, 'gin_bands');
  await db.query('DROP TABLE gin_bands');
  return {
    size,
    medianMs: median(times),
    p95Ms: p(times, 0.95),
    recall: found / queries.length,
    bruteMs: median(brute),
    ginMedianMs: median(gin),
    ginP95Ms: p(gin, 0.95),
    bytesPerArticle: (articleBytes + postings) / size,
    ginBytesPerArticle: (articleBytes + ginBytes) / size,
    loadS,
  };
}

/** Articles/s through the whole ingest path: text → rowOf (fingerprint) → insertArticles. */
async function ingestRate(db: Db): Promise<number> {
  const gen = new ArticleGenerator(77);
  const articles = Array.from({ length: 4000 }, () => gen.article());
  const t0 = performance.now();
  for (let i = 0; i < articles.length; i += 500)
    await insertArticles(
      db,
      articles.slice(i, i + 500).map((a) => rowOf(a)),
    );
  return articles.length / ((performance.now() - t0) / 1000);
}

export async function run(): Promise<BenchSection> {
  const title = 'Shared index on PostgreSQL (`wiretrace index`)';
  const empty = {
    indexLookupP95Ms1M: Number.NaN,
    indexLookupMedianMs1M: Number.NaN,
    indexSpeedupVsBruteForce1M: Number.NaN,
    indexInsertsPerSecond: Number.NaN,
    indexBytesPerArticle: Number.NaN,
  };
  if (!PG_URL) {
    console.error('bench index: skipped: no PostgreSQL (set WIRETRACE_TEST_PG=postgres://…, e.g. from scripts/pg-throwaway.sh start)');
    return {
      title,
      figures: empty,
      markdown: 'Skipped: no PostgreSQL server (set `WIRETRACE_TEST_PG=postgres://…`; `scripts/pg-throwaway.sh start` prints one).\n',
    };
  }
  const name = `wiretrace_bench_${process.pid}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(PG_URL);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  const [version] = await db.query<{ v: string }>('SHOW server_version');
  const settings = await db.query<{ name: string; setting: string }>(
    "SELECT name, setting FROM pg_settings WHERE name IN ('fsync', 'synchronous_commit', 'shared_buffers') ORDER BY name",
  );
  const rows: SizeFigures[] = [];
  let inserts = Number.NaN;
  const notes: string[] = [];
  try {
    await migrate(db);
    inserts = await ingestRate(db);
    console.error(`bench index: ingest ${round(inserts)} articles/s`);
    await db.query('TRUNCATE articles, band_keys, ingestion_runs, ingestion_failures');
    const words = new WordLibrary(5);
    const keep = new Map<number, Uint32Array>();
    let loaded = 0;
    let loadS = 0;
    for (const size of SIZES) {
      const t0 = performance.now();
      try {
        await bulkLoad(db, words, loaded + 1, size - loaded, keep);
      } catch (e) {
        notes.push(`${size.toLocaleString('en')} articles: not reached (${(e as Error).message}).`);
        break;
      }
      loadS += (performance.now() - t0) / 1000;
      loaded = size;
      const r = rng(size);
      const ids = [...keep.keys()];
      const queries = Array.from({ length: QUERIES }, () => {
        const source = ids[Math.floor(r() * ids.length)];
        return { source, fp: fingerprintShingles(shinglesOfWords(words.copy(keep.get(source)!))) };
      });
      const f = await measure(db, size, queries, loadS);
      rows.push(f);
      console.error(
        `bench index: ${size}: median ${round(f.medianMs)} ms, p95 ${round(f.p95Ms)} ms, brute ${round(f.bruteMs)} ms, gin ${round(f.ginMedianMs)}/${round(f.ginP95Ms)} ms`,
      );
    }
  } finally {
    await db.close();
    await admin.query(`DROP DATABASE IF EXISTS ${name}`);
    await admin.end();
  }
  const at1M = rows.find((r) => r.size === 1_000_000);
  const largest = rows[rows.length - 1];
  const figures = {
    indexLookupP95Ms1M: at1M?.p95Ms ?? Number.NaN,
    indexLookupMedianMs1M: at1M?.medianMs ?? Number.NaN,
    indexSpeedupVsBruteForce1M: at1M ? at1M.bruteMs / at1M.medianMs : Number.NaN,
    indexInsertsPerSecond: inserts,
    indexBytesPerArticle: largest?.bytesPerArticle ?? Number.NaN,
  };
  const met = (ok: boolean, v: number) => (Number.isFinite(v) ? (ok ? 'met' : 'missed') : 'not measured');
  const table = [
    '| articles | lookup median | lookup p95 | brute force (median of 3) | speed-up | candidate recall | GIN bigint[] median / p95 | bytes/article (postings) | bytes/article (GIN) | cumulative load |',
    '|---|---|---|---|---|---|---|---|---|---|',
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString('en')} | ${round(r.medianMs)} ms | ${round(r.p95Ms)} ms | ${round(r.bruteMs)} ms | ${round(r.bruteMs / r.medianMs)}× | ${round(r.recall)} | ${round(r.ginMedianMs)} / ${round(r.ginP95Ms)} ms | ${Math.round(r.bytesPerArticle)} | ${Math.round(r.ginBytesPerArticle)} | ${round(r.loadS)} s |`,
    ),
  ].join('\n');
  const markdown = `PostgreSQL ${version.v} (${settings.map((s) => `${s.name}=${s.setting}`).join(', ')}), the schema of src/server/migrations.ts.

| measure | key | value | target | status |
|---|---|---|---|---|
| lookup p95 at 1M | \`indexLookupP95Ms1M\` | ${Number.isFinite(figures.indexLookupP95Ms1M) ? `${round(figures.indexLookupP95Ms1M)} ms` : 'not measured'} | ≤ ${BUDGET.p95Ms1M} ms | ${met(figures.indexLookupP95Ms1M <= BUDGET.p95Ms1M, figures.indexLookupP95Ms1M)} |
| lookup median at 1M | \`indexLookupMedianMs1M\` | ${Number.isFinite(figures.indexLookupMedianMs1M) ? `${round(figures.indexLookupMedianMs1M)} ms` : 'not measured'} | – | – |
| speed-up over brute force at 1M | \`indexSpeedupVsBruteForce1M\` | ${Number.isFinite(figures.indexSpeedupVsBruteForce1M) ? `${round(figures.indexSpeedupVsBruteForce1M)}×` : 'not measured'} | ≥ ${BUDGET.speedup}× | ${met(figures.indexSpeedupVsBruteForce1M >= BUDGET.speedup, figures.indexSpeedupVsBruteForce1M)} |
| ingest (text → fingerprint → batch transaction) | \`indexInsertsPerSecond\` | ${round(inserts)} articles/s | ≥ ${BUDGET.inserts}/s | ${met(inserts >= BUDGET.inserts, inserts)} |
| bytes per article at ${largest ? largest.size.toLocaleString('en') : '–'} (articles + band_keys with indexes, short text) | \`indexBytesPerArticle\` | ${Math.round(figures.indexBytesPerArticle)} | – | – |

${table}

Method: synthetic articles (Zipf vocabulary, 300–900 words) bulk-loaded with COPY, ${QUERIES} lookups per size with edited copies of stored articles (5% words replaced, 40 dropped, 12 added) timed on the second of two passes; "candidate recall" = share of lookups whose source is among the 5 ranked candidates. Brute force reads every stored signature from the same table and ranks them with the same rule. Stored text is a short placeholder, so bytes per article exclude article text (add its length). The ingest rate is 4,000 generated articles through rowOf + insertArticles in batches of 500 (COPY into a staging table, one transaction each).
${notes.length ? `\n${notes.join('\n')}\n` : ''}`;
  return { title, figures, markdown };
}
