// What the server reads and writes: articles with their band keys (one transaction per
// batch, COPY on a server), candidate lookups ranked by the extension's own rule, and
// ingestion runs with their failures. All SQL is plain PostgreSQL, the same on both engines.
import { rankCandidates } from '../core/index/candidate-index';
import type { IndexCandidate } from '../shared/index-protocol';
import type { ArticleRow } from './article-row';
import { signatureOf, withoutNul } from './article-row';
import type { Db, Queryable } from './db';

const ARTICLE_COLUMNS = ['url', 'canonical_url', 'outlet', 'title', 'byline', 'credit', 'published', 'modified', 'language', 'text', 'signature', 'shingles'];

function values(r: ArticleRow): unknown[] {
  return [r.url, r.canonicalUrl, r.outlet, r.title, r.byline, r.credit, r.published, r.modified, r.language, r.text, r.signature, r.shingles];
}

export interface InsertResult {
  /** Ids of the rows this batch added, in the batch's order; undefined = already stored. */
  ids: (number | undefined)[];
  added: number;
  skipped: number;
}

/**
 * Store a batch in one transaction. Rows whose canonical URL is already stored (or repeated
 * in the batch) are skipped: ON CONFLICT against the unique index, so two ingesters adding
 * the same URL at once store it once. Rows go through a staging table that is COPY-loaded.
 */
export async function insertArticles(db: Db, rows: ArticleRow[]): Promise<InsertResult> {
  if (rows.length === 0) return { ids: [], added: 0, skipped: 0 };
  return db.transaction(async (tx) => {
    // No wait for the WAL flush at commit: a batch lost to a crash is fetched and stored
    // again by the next `index poll` or `index add` (stored URLs are skipped; a transaction
    // is never half applied), so an ingester need not wait for the disk per batch.
    await tx.query('SET LOCAL synchronous_commit = off');
    await tx.query(`CREATE TEMP TABLE staging_articles (ord integer, ${ARTICLE_COLUMNS.map((c) => `${c} ${columnType(c)}`).join(', ')}) ON COMMIT DROP`);
    await tx.copyRows(
      'staging_articles',
      ['ord', ...ARTICLE_COLUMNS],
      rows.map((r, i) => [i, ...values(r)]),
    );
    const inserted = await tx.query<{ id: number; canonical_url: string }>(
      `INSERT INTO articles (${ARTICLE_COLUMNS.join(', ')})
       SELECT DISTINCT ON (canonical_url) ${ARTICLE_COLUMNS.join(', ')} FROM staging_articles ORDER BY canonical_url, ord
       ON CONFLICT (canonical_url) DO NOTHING
       RETURNING id, canonical_url`,
    );
    const idOf = new Map(inserted.map((r) => [r.canonical_url, Number(r.id)]));
    const ids: (number | undefined)[] = [];
    const owned: { id: number; keys: Iterable<number> }[] = [];
    for (const r of rows) {
      const id = idOf.get(r.canonicalUrl);
      ids.push(id);
      if (id === undefined) continue;
      // A repeated URL in one batch: only its first row gets keys.
      idOf.delete(r.canonicalUrl);
      owned.push({ id, keys: new Set(r.bands) });
    }
    await tx.copyBigints('band_keys', ['key', 'article_id'], postingsInKeyOrder(owned));
    return { ids, added: inserted.length, skipped: rows.length - inserted.length };
  });
}

/** Band keys are band * 2^32 + a 32-bit hash with fewer than 128 bands (src/core/index). */
const KEY_LIMIT = 2 ** 39;
const PLACE_LIMIT = 2 ** 14;

/**
 * A batch's postings as (key, article_id) columns in key order: consecutive rows land on the
 * same or the next leaf of the primary key's btree, so a batch reads and dirties each leaf
 * once rather than jumping across the index. Key and the article's place in the batch are
 * packed into one double so the sort is the engine's native numeric one (a comparator sort
 * of ~50k rows cost ~0.5 ms of CPU per article); out of that range they stay unsorted (the
 * order only saves page touches).
 */
export function postingsInKeyOrder(owned: { id: number; keys: Iterable<number> }[]): [Float64Array, Float64Array] {
  let n = 0;
  let packable = owned.length <= PLACE_LIMIT;
  for (const o of owned)
    for (const k of o.keys) {
      n++;
      if (!(Number.isInteger(k) && k >= 0 && k < KEY_LIMIT)) packable = false;
    }
  const keys = new Float64Array(n);
  const ids = new Float64Array(n);
  let i = 0;
  if (!packable) {
    for (const o of owned)
      for (const k of o.keys) {
        keys[i] = k;
        ids[i++] = o.id;
      }
    return [keys, ids];
  }
  for (const [place, o] of owned.entries()) for (const k of o.keys) keys[i++] = k * PLACE_LIMIT + place;
  keys.sort();
  for (let j = 0; j < n; j++) {
    const place = keys[j] % PLACE_LIMIT;
    ids[j] = owned[place].id;
    keys[j] = (keys[j] - place) / PLACE_LIMIT;
  }
  return [keys, ids];
}

function columnType(c: string): string {
  if (c === 'signature') return 'bytea';
  if (c === 'shingles') return 'integer';
  if (c === 'published' || c === 'modified') return 'timestamptz';
  return 'text';
}

/** What the API answers per candidate: the extension's reading of it plus the containment estimate. */
export type ServedCandidate = IndexCandidate & { containment: number };

/** Articles read per lookup at most: the ones sharing the most band keys with the query. */
const MAX_COLLIDING = 200;

/**
 * Stored articles that may be versions of the queried one: those sharing band keys with it,
 * most shared keys first, ranked by core's rankCandidates (estimated similarity and
 * containment), the same rule the extension's library uses.
 */
export async function findCandidates(db: Queryable, query: { bands: number[]; sig: Uint32Array; size?: number }, limit: number): Promise<ServedCandidate[]> {
  if (query.bands.length === 0) return [];
  const rows = await db.query<{
    id: number;
    outlet: string;
    title: string;
    url: string;
    published: Date | string | null;
    signature: Uint8Array;
    shingles: number;
  }>(
    `WITH hits AS (
       SELECT article_id, count(*) AS n FROM band_keys WHERE key = ANY($1::bigint[])
       GROUP BY article_id ORDER BY n DESC, article_id LIMIT ${MAX_COLLIDING}
     )
     SELECT a.id, a.outlet, a.title, a.url, a.published, a.signature, a.shingles
     FROM hits JOIN articles a ON a.id = hits.article_id`,
    [query.bands],
  );
  const byId = new Map(rows.map((r) => [String(r.id), r]));
  const ranked = rankCandidates(
    query,
    byId.keys(),
    (id) => {
      const r = byId.get(id)!;
      return { sig: signatureOf(r.signature), size: r.shingles };
    },
    limit,
  );
  return ranked.map((c) => {
    const r = byId.get(c.id)!;
    return {
      id: Number(r.id),
      outlet: r.outlet,
      title: r.title,
      url: r.url,
      ...(r.published ? { published: new Date(r.published).toISOString() } : {}),
      similarity: c.similarity,
      containment: c.containment,
    };
  });
}

export interface StoredIndexArticle {
  id: number;
  url: string;
  canonicalUrl: string;
  outlet: string;
  title: string;
  byline?: string;
  credit?: string;
  published?: string;
  modified?: string;
  language?: string;
  text?: string;
}

export async function getArticle(db: Queryable, id: number, withText: boolean): Promise<StoredIndexArticle | undefined> {
  const [r] = await db.query<Record<string, string | number | Date | null>>(
    `SELECT id, url, canonical_url, outlet, title, byline, credit, published, modified, language${withText ? ', text' : ''} FROM articles WHERE id = $1`,
    [id],
  );
  if (!r) return undefined;
  const opt = (k: string, v: unknown) =>
    v === null || v === undefined ? {} : { [k]: v instanceof Date ? v.toISOString() : new Date(String(v)).toISOString() };
  const str = (k: string, v: unknown) => (v === null || v === undefined ? {} : { [k]: String(v) });
  return {
    id: Number(r.id),
    url: String(r.url),
    canonicalUrl: String(r.canonical_url),
    outlet: String(r.outlet),
    title: String(r.title),
    ...str('byline', r.byline),
    ...str('credit', r.credit),
    ...opt('published', r.published),
    ...opt('modified', r.modified),
    ...str('language', r.language),
    ...(withText ? str('text', r.text) : {}),
  };
}

export async function articleCount(db: Queryable): Promise<number> {
  const [r] = await db.query<{ n: number }>('SELECT count(*)::bigint AS n FROM articles');
  return Number(r.n);
}

/** Which of `urls` the index holds, as the address it was fetched from or its canonical
 * URL (so a poll does not fetch them again). */
export async function knownUrls(db: Queryable, urls: string[]): Promise<Set<string>> {
  if (urls.length === 0) return new Set();
  const rows = await db.query<{ u: string }>(
    'SELECT canonical_url AS u FROM articles WHERE canonical_url = ANY($1::text[]) UNION SELECT url FROM articles WHERE url = ANY($1::text[])',
    [urls],
  );
  return new Set(rows.map((r) => r.u));
}

export async function startRun(db: Queryable, kind: 'add' | 'poll'): Promise<number> {
  const [r] = await db.query<{ id: number }>('INSERT INTO ingestion_runs (kind) VALUES ($1) RETURNING id', [kind]);
  return Number(r.id);
}

export async function finishRun(db: Queryable, id: number, counts: { added: number; skipped: number; failed: number }): Promise<void> {
  await db.query('UPDATE ingestion_runs SET finished_at = now(), added = $2, skipped = $3, failed = $4 WHERE id = $1', [
    id,
    counts.added,
    counts.skipped,
    counts.failed,
  ]);
}

export async function recordFailure(db: Queryable, runId: number, url: string, error: string): Promise<void> {
  await db.query('INSERT INTO ingestion_failures (run_id, url, error) VALUES ($1, $2, $3)', [runId, withoutNul(url), withoutNul(error).slice(0, 2000)]);
}
