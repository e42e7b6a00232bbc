// The library's IndexedDB schema and its migrations. Versions only ever grow: each step
// upgrades from the version before it, so a reader who skipped releases is carried
// through every step in order (schema.test.ts opens a database at each earlier version,
// fills it, and checks the upgrade keeps the data).
import type { DBSchema, IDBPDatabase, IDBPTransaction } from 'idb';
import { fingerprintArticle, type Fingerprint } from '../../core/index/fingerprint';
import { mergePartition, PARTITIONS, postingKeys, type Partition } from '../../core/index/postings';
import type { Article, Report } from '../../core/types';

export type Origin = 'visited' | 'feed' | 'search' | 'manual' | 'index';

/** One stored version of a story (the `articles` store). */
export interface ArticleRecord {
  id: string;
  /** Canonical URL (see urls.ts), or `text:<hash>` for pasted text. Unique. */
  url: string;
  /** Every canonical URL this version was reached by (its own, a feed link, a redirect). */
  urls: string[];
  host: string;
  article: Article;
  origin: Origin;
  addedAt: number;
  /** Last time it was stored again, matched or opened: eviction goes oldest first. */
  lastUsedAt: number;
  /** Approximate bytes this article takes (text + fingerprint), for the size cap. */
  bytes: number;
  /**
   * Signature, band keys and size (since version 4; before, a record of its own in the
   * `fingerprints` store). One record per article: in Chromium every record and index
   * entry written costs more than what is in it (bench/library-chromium.ts).
   */
  fingerprint: Fingerprint;
  /**
   * The article's number in the postings (since version 5; the `seq` index resolves it):
   * a new one whenever its band keys change, so postings of its earlier text lead nowhere.
   */
  seq: number;
}

/**
 * Band keys of articles not yet in a partition (the `journal` store, keyed by the first
 * article number): one record per write, `counts[i]` posting keys of `seqs[i]` in turn.
 */
export interface JournalRecord {
  seqs: Uint32Array;
  counts: Uint32Array;
  keys: Uint32Array;
}

/** Articles removed since the last merge (the `dead` store): their numbers, which the next
 * merge drops from the partitions (lookups skip them meanwhile: no record has them). */
export interface DeadRecord {
  seqs: Uint32Array;
}

/** The postings' own counters (in the `meta` record `usage` since version 6; before, a
 * record `postings` of their own). */
export interface PostingsState {
  /** The next article number (numbers start at 1). */
  nextSeq: number;
  /** Compactions done: with nextSeq, tells a worker whether its journal copy is current. */
  compactions: number;
  /** Every article number up to this one is in the partitions; the journal holds the rest. */
  compactedThrough: number;
}

/** The `fingerprints` store of versions 1–3 (read only by the version 4 migration). */
export interface FingerprintRecord {
  id: string;
  host: string;
  sig: Uint32Array;
  /** LSH band keys; a multiEntry index over them is the candidate index. */
  bands: number[];
  /** Distinct shingles (absent before passage keys were added: containment then = Jaccard). */
  size?: number;
}

export interface ReportRecord {
  key: string;
  report: Report;
  at: number;
}

/** A feed the reader enabled, with the result of its last poll (the `feeds` store). */
export interface FeedRecord {
  url: string;
  title?: string;
  lastPollAt?: number;
  /** Reader-facing result of the last poll: 'ok' or the error. */
  /** needsAccess: origins the reader has not allowed, so nothing was fetched from them. */
  lastResult?:
    | { ok: true; items: number; added: number; failed: number; firstError?: string; needsAccess?: string[] }
    | { ok: false; error: string; needsAccess?: string[] };
  /** Items the feed listed at the last successful poll. */
  itemCount: number;
  /** Canonical URLs of items already fetched (capped), so a poll fetches only new ones. */
  seen: string[];
}

/** A fetch that failed (the `failures` store): shown to the reader, retried only after `retryAt`. */
export interface FailureRecord {
  url: string;
  /** What was being fetched: a feed, an item page, a search, a page to compare with. */
  kind: 'feed' | 'page' | 'search' | 'compare';
  error: string;
  at: number;
  count: number;
  retryAt: number;
}

/** Small named status records (the `status` store), e.g. the last search query sent. */
export interface StatusRecord {
  key: string;
  at: number;
  value: Record<string, unknown>;
}

export interface Usage {
  bytes: number;
  capBytes: number;
}

/**
 * The `meta` record `usage` (since version 6): the size count and the postings' counters in
 * one record, as every write changes both — one read and one write per put instead of two
 * each (in Chromium each request costs a hop to the IndexedDB backend).
 */
export interface LibraryMeta extends Usage, PostingsState {
  /**
   * Band keys of the articles last written one or a few at a time (since version 7): the
   * journal's newest entries, kept in this record until they pass PENDING_KEYS
   * (postings-store.ts) and go to the `journal` store as one record. A single put then
   * writes three records (article, this, nothing else) instead of four: in Chromium each
   * request costs a hop to the IndexedDB backend, about as much as the article's own put.
   */
  pending?: JournalRecord;
}

export interface LibrarySchema extends DBSchema {
  articles: { key: string; value: ArticleRecord; indexes: { urls: string; lastUsedAt: number; seq: number } };
  reports: { key: string; value: ReportRecord; indexes: { at: number } };
  /** `usage` (LibraryMeta) only, since version 6. */
  meta: { key: string; value: LibraryMeta };
  journal: { key: number; value: JournalRecord };
  /** One record per partition, keyed by its number (postings-store.ts; since version 7:
   * before, chunks keyed [partition, compaction] in the `postings` store). */
  partitions: { key: number; value: Partition };
  /** Article numbers removed since the last merge (dropped from the postings by it). */
  dead: { key: number; value: DeadRecord };
  feeds: { key: string; value: FeedRecord };
  failures: { key: string; value: FailureRecord; indexes: { at: number } };
  status: { key: string; value: StatusRecord };
}

export const DEFAULT_CAP_BYTES = 200 * 1024 * 1024;

// Migrations are untyped: each sees the stores and indexes of its own version, not of the
// current LibrarySchema (version 4 dropped the `fingerprints` store and two indexes).
type UpgradeDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;
type Migration = (db: UpgradeDb, tx: UpgradeTx) => void | Promise<void>;

/** migrations[i] upgrades version i to version i + 1. */
export const MIGRATIONS: Migration[] = [
  // v1: articles, fingerprints with the band-key index, reports, usage.
  (db, tx) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('url', 'url', { unique: true });
    articles.createIndex('lastUsedAt', 'lastUsedAt');
    articles.createIndex('host', 'host');
    const fps = db.createObjectStore('fingerprints', { keyPath: 'id' });
    fps.createIndex('bands', 'bands', { multiEntry: true });
    const reports = db.createObjectStore('reports', { keyPath: 'key' });
    reports.createIndex('at', 'at');
    db.createObjectStore('meta');
    void tx.objectStore('meta').put({ bytes: 0, capBytes: DEFAULT_CAP_BYTES }, 'usage');
  },
  // v2: discovery (feeds with their last poll, failed fetches, last search query).
  (db) => {
    db.createObjectStore('feeds', { keyPath: 'url' });
    db.createObjectStore('failures', { keyPath: 'url' }).createIndex('at', 'at');
    db.createObjectStore('status', { keyPath: 'key' });
  },
  // v3: articles remember every URL they were reached by, so a feed link or search result
  // whose page names another canonical URL is not fetched again. Backfills `urls`.
  async (_db, tx) => {
    const articles = tx.objectStore('articles');
    articles.createIndex('urls', 'urls', { multiEntry: true });
    let cursor = await articles.openCursor();
    while (cursor) {
      const record = cursor.value as Omit<ArticleRecord, 'urls'> & { urls?: string[] };
      if (!record.urls) await cursor.update({ ...record, urls: [record.url] });
      cursor = await cursor.continue();
    }
  },
  // v4: one record per article. In Chromium a second record per article and five indexes
  // cost more than the article itself (bench/library-chromium.ts measures the raw put beside
  // the library): the fingerprint moves into the article record, the band-key index with
  // it; `url` (unique) goes, as `urls` holds every record's own URL too (v3), and `host`
  // goes, as nothing reads it. Every stored fingerprint is kept as it was.
  async (db, tx) => {
    const articles = tx.objectStore('articles');
    const fingerprints = tx.objectStore('fingerprints');
    let cursor = await articles.openCursor();
    while (cursor) {
      const record = cursor.value as Omit<ArticleRecord, 'fingerprint'>;
      const fp = (await fingerprints.get(record.id)) as FingerprintRecord | undefined;
      // A record without its fingerprint (never written so) is fingerprinted from its text.
      const fingerprint: Fingerprint = fp ? { sig: fp.sig, bands: fp.bands, size: fp.size ?? 0 } : fingerprintArticle(record.article);
      await cursor.update({ ...record, fingerprint } satisfies ArticleRecord);
      cursor = await cursor.continue();
    }
    articles.createIndex('bands', 'fingerprint.bands', { multiEntry: true });
    articles.deleteIndex('url');
    articles.deleteIndex('host');
    db.deleteObjectStore('fingerprints');
  },
  // v5: the band keys leave the multiEntry index (~105 index entries per article, most of a
  // put's cost in Chromium) for a journal compacted into partition records
  // (core/index/postings.ts). Every article gets its number; its band keys go to the journal,
  // which the first compaction moves into the partitions. The records themselves are kept.
  async (db, tx) => {
    const articles = tx.objectStore('articles');
    articles.deleteIndex('bands');
    db.createObjectStore('journal');
    db.createObjectStore('postings');
    db.createObjectStore('dead', { autoIncrement: true });
    const journal = tx.objectStore('journal');
    let seq = 1;
    let batch: { seq: number; keys: Uint32Array }[] = [];
    const flush = async () => {
      if (batch.length > 0) await journal.put(journalRecord(batch), batch[0].seq);
      batch = [];
    };
    let cursor = await articles.openCursor();
    while (cursor) {
      const record = cursor.value as Omit<ArticleRecord, 'seq'>;
      batch.push({ seq, keys: postingKeys(record.fingerprint.bands) });
      await cursor.update({ ...record, seq } satisfies ArticleRecord);
      seq++;
      if (batch.length >= 500) await flush();
      cursor = await cursor.continue();
    }
    await flush();
    articles.createIndex('seq', 'seq');
    await tx.objectStore('meta').put({ nextSeq: seq, compactions: 0, compactedThrough: 0 } satisfies PostingsState, 'postings');
  },
  // v6: the postings' counters move into the `usage` record (LibraryMeta), which every write
  // reads and rewrites anyway: a put then costs one meta read and one meta write, not two.
  // Every compaction now merges (postings-store.ts): chunks appended by a version 5
  // compaction stay readable (`unmerged`) until the next one (version 7 merges them).
  async (_db, tx) => {
    const meta = tx.objectStore('meta');
    const [usage, state, keys] = (await Promise.all([meta.get('usage'), meta.get('postings'), tx.objectStore('postings').getAllKeys()])) as [
      Usage,
      PostingsState,
      [number, number][],
    ];
    const unmerged = keys.some(([, c]) => c !== 0);
    await meta.put(
      {
        ...usage,
        nextSeq: state.nextSeq,
        compactions: state.compactions,
        compactedThrough: state.compactedThrough,
        ...(unmerged ? { unmerged } : {}),
      } satisfies LibraryMeta,
      'usage',
    );
    await meta.delete('postings');
  },
  // v7: (1) a write may leave its journal entries in the `usage` record (`pending`) instead of
  // a `journal` record of its own; a version 6 record has none pending. (2) The partitions
  // move to a store keyed by their number: Chromium reads a number key faster than [p, 0]
  // (92 gets of a lookup: 21.8 vs 26.9 ms, load 8), and every partition is now one record,
  // so chunks a version 5 compaction appended ([p, c ≥ 1]) are merged here, once.
  async (db, tx) => {
    const postings = tx.objectStore('postings');
    db.createObjectStore('partitions');
    const partitions = tx.objectStore('partitions');
    const SLICE = 1024;
    for (let from = 0; from < PARTITIONS; from += SLICE) {
      const range = IDBKeyRange.bound([from, 0], [from + SLICE - 1, Number.POSITIVE_INFINITY]);
      const [chunks, keys] = (await Promise.all([postings.getAll(range), postings.getAllKeys(range)])) as [Partition[], [number, number][]];
      const byPartition = new Map<number, Partition[]>();
      keys.forEach(([p], i) => {
        byPartition.set(p, [...(byPartition.get(p) ?? []), chunks[i]]);
      });
      const writes: Promise<unknown>[] = [];
      for (const [p, parts] of byPartition) writes.push(partitions.put(parts.length === 1 ? parts[0] : mergePartition(parts, [], [], new Set()), p));
      await Promise.all(writes);
    }
    db.deleteObjectStore('postings');
    const meta = tx.objectStore('meta');
    const { unmerged: _, ...usage } = (await meta.get('usage')) as LibraryMeta & { unmerged?: boolean };
    await meta.put(usage, 'usage');
  },
];

/** The journal record of a write: each article's number and posting keys. */
export function journalRecord(items: { seq: number; keys: Uint32Array }[]): JournalRecord {
  const keys = new Uint32Array(items.reduce((n, item) => n + item.keys.length, 0));
  let at = 0;
  for (const item of items) {
    keys.set(item.keys, at);
    at += item.keys.length;
  }
  return { seqs: Uint32Array.from(items, (item) => item.seq), counts: Uint32Array.from(items, (item) => item.keys.length), keys };
}

/** Each article's number and posting keys in a journal record, in order. */
export function* journalEntries(record: JournalRecord): Generator<{ seq: number; keys: Uint32Array }> {
  let at = 0;
  for (let i = 0; i < record.seqs.length; i++) {
    yield { seq: record.seqs[i], keys: record.keys.subarray(at, at + record.counts[i]) };
    at += record.counts[i];
  }
}

export const SCHEMA_VERSION = MIGRATIONS.length;

/** Runs every step from oldVersion up to newVersion inside the upgrade transaction. */
export async function upgrade(db: UpgradeDb, oldVersion: number, newVersion: number, tx: UpgradeTx): Promise<void> {
  for (let v = oldVersion; v < newVersion; v++) await MIGRATIONS[v](db, tx);
}
