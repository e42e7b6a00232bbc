// The local library of known versions (IndexedDB via idb). Every write that touches more
// than one store happens in one transaction, so a failed write (quota, a value that cannot
// be stored, the worker being stopped) leaves what was stored before untouched.
import { openDB, unwrap, type IDBPDatabase, type IDBPTransaction } from 'idb';
import { rankCandidates } from '../../core/index/candidate-index';
import { postingKeys } from '../../core/index/postings';
import { fingerprintArticle, fingerprintBytes, type Fingerprint } from '../../core/index/fingerprint';
import { articleText, hashString } from '../../core/index/shingles';
import type { Article, Report } from '../../core/types';
import {
  SCHEMA_VERSION,
  upgrade,
  type ArticleRecord,
  type JournalRecord,
  type LibraryMeta,
  type LibrarySchema,
  type Origin,
  type PostingsState,
  type Usage,
} from './schema';
import { journalWrite, PostingsStore, readMeta, recordDead } from './postings-store';
import { allOf } from './requests';
import type { ArticleSummary } from '../../shared/messages';
import { rejectedWith, setMatchRejected } from './rejections';
import { canonicalUrl, hostOf } from '../../shared/urls';
import { ownCanonical } from '../../shared/site';
import { admitVisit } from './site-quota';
import { statedName } from '../../core/source';

export const DEFAULT_DB_NAME = 'wiretrace-library';
/** Reports are a cache: beyond this many the oldest are dropped. */
export const MAX_REPORTS = 500;
/** Records read at most by one listArticles() (the options page's search). */
export const SCAN_MAX = 20_000;
export { MAX_POSTINGS, JOURNAL_LIMIT } from './postings-store';

/** A stored version with its fingerprint (since schema version 4, both one record). */
export type StoredArticle = ArticleRecord;

export interface CandidateArticle extends StoredArticle {
  /** Estimated Jaccard similarity of word shingles with the queried article (0..1). */
  similarity: number;
  /** Estimated share of the shorter of the two found in the longer (0..1). */
  containment: number;
}

export interface FindOptions {
  /** Leave out versions from this host (the page's own outlet). */
  excludeHost?: string;
  /** Leave out this URL (the page itself). Defaults to the article's own URL. */
  excludeUrl?: string;
  limit?: number;
}

export interface LibraryUsage extends Usage {
  count: number;
}

/** Times kept from an import (otherwise both are now). */
export interface StoredTimes {
  addedAt: number;
  lastUsedAt: number;
}

export interface PutItem {
  article: Article;
  origin: Origin;
  options?: PutOptions;
}

export interface PutOptions {
  times?: StoredTimes;
  /** Other URLs that lead to this version (the feed link or search result it was fetched by). */
  alsoUrls?: string[];
}

export interface LibraryOptions {
  /** Clock, for tests. */
  now?: () => number;
  /** Articles journaled before a compaction (postings-store.ts), for tests. */
  journalLimit?: number;
}

/** The library key of an article: its canonical URL, or a hash of the text when pasted. */
export function libraryKey(article: Article): string {
  // A canonical on another site never decides the key (a page speaks only for itself; an
  // imported record is not checked by validateArticle).
  const url = ownCanonical(article.url, article.canonicalUrl) || article.url;
  if (url) return canonicalUrl(url);
  return `text:${hashString(articleText(article)).toString(36)}`;
}

/** An article (or batch) larger than the whole size cap: refused, nothing evicted. */
export class OverCapError extends Error {
  override name = 'OverCapError';
  constructor(
    readonly bytes: number,
    readonly capBytes: number,
  ) {
    super(
      `this article (${Math.ceil(bytes / 1024)} KB) is larger than the library's size cap (${Math.round(capBytes / 1024)} KB), so it was not stored; your saved articles are unchanged`,
    );
  }
}

function newId(): string {
  return globalThis.crypto.randomUUID();
}

function isQuotaError(e: unknown): boolean {
  return e instanceof Error && (e.name === 'QuotaExceededError' || /quota/i.test(e.message));
}

interface WritePlan {
  out: StoredArticle[];
  journaled: { seq: number; keys: Uint32Array }[];
  /** The journal record to write (else the entries stay pending in the meta record). */
  journal: JournalRecord | undefined;
  dead: Pick<ArticleRecord, 'seq'>[];
  /** The meta record as the write leaves it. */
  meta: LibraryMeta;
  /** The postings' counters before the write. */
  before: PostingsState;
}

/** The meta record was not as this instance last left it: the write is redone the long way. */
class GuessFailed extends Error {}

function sameMeta(a: LibraryMeta, b: LibraryMeta): boolean {
  return (
    a.bytes === b.bytes &&
    a.capBytes === b.capBytes &&
    a.nextSeq === b.nextSeq &&
    a.compactions === b.compactions &&
    a.compactedThrough === b.compactedThrough &&
    a.pending?.seqs.length === b.pending?.seqs.length
  );
}

function sameKeys(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}

export class Library {
  private readonly postings: PostingsStore;
  /** The meta record as this instance last wrote it (write() plans from it; checked there). */
  private lastMeta: LibraryMeta | undefined;

  constructor(
    readonly db: IDBPDatabase<LibrarySchema>,
    private readonly now: () => number = Date.now,
    journalLimit?: number,
  ) {
    this.postings = new PostingsStore(db, journalLimit, () => {
      this.lastMeta = undefined;
    });
  }

  /** Store (or refresh) a version. Same canonical URL → same record, same id. */
  async putArticle(article: Article, origin: Origin, options: PutOptions = {}): Promise<StoredArticle> {
    return (await this.putArticles([{ article, origin, options }]))[0];
  }

  /**
   * Store several versions in one transaction (an import): all of them or none. One
   * transaction per article costs a commit each, which in Chrome is most of the time.
   */
  async putArticles(items: PutItem[]): Promise<StoredArticle[]> {
    // Fingerprinted inside write(), while its reads are on their way (kept for the retry).
    const fingerprints: Fingerprint[] = [];
    try {
      return await this.write(items, fingerprints);
    } catch (e) {
      if (!isQuotaError(e)) throw e;
      // The browser's own quota, not ours: make room and try once more, never in a loop.
      await this.evictOldest(Math.max(1, Math.ceil((await this.count()) / 10)));
      return this.write(items, fingerprints);
    }
  }

  private async write(items: PutItem[], fingerprints: Fingerprint[]): Promise<StoredArticle[]> {
    // Relaxed durability: the write is still atomic (all stores or none), only not flushed
    // to disk before it resolves — right for a library that is a cache of public pages the
    // reader can fetch again: a committed write survives the browser crashing, not the
    // operating system. Several times faster in Chrome. Reads are issued together, writes
    // without waiting on each other: every sequential await is a round trip to the
    // IndexedDB backend. Requests in one transaction run in order, so a later item's read
    // sees an earlier item's write.
    const tx = this.db.transaction(['articles', 'meta', 'journal', 'dead'], 'readwrite', { durability: 'relaxed' });
    const articles = tx.objectStore('articles');
    const writes: Promise<unknown>[] = [];
    let plan: WritePlan | undefined;
    let guessed = false;
    try {
      // The meta record and every item's lookup in one round trip; an earlier item of the
      // same batch wins. `urls` holds every record's own URL too, so one index answers both.
      const keys = items.map((item) => libraryKey(item.article));
      const bare = unwrap(tx);
      const urlsIndex = bare.objectStore('articles').index('urls');
      const reads = allOf([bare.objectStore('meta').get('usage'), ...keys.map((url) => urlsIndex.get(url))]) as Promise<
        [LibraryMeta, ...(ArticleRecord | undefined)[]]
      >;
      reads.catch(() => {}); // awaited below; this only keeps a throw meanwhile from leaving it unhandled
      // The reads travel to the IndexedDB backend and back meanwhile: fingerprinting (the
      // put's main CPU cost) overlaps that round trip instead of preceding it.
      for (let i = fingerprints.length; i < items.length; i++) fingerprints.push(fingerprintArticle(items[i].article));
      // Most writes store new articles into a library this instance wrote last, below its
      // cap: then the writes go out with the reads, without waiting for them (one round trip
      // less), planned from the meta record as this instance left it. The reads check the
      // guess when they come back; a wrong one (another writer, a compaction, an article
      // already stored) aborts the transaction, and the write is done again the long way.
      const guess = this.lastMeta;
      if (guess && new Set(keys).size === keys.length) {
        plan = this.plan(items, fingerprints, keys, { ...guess }, []);
        if (plan.meta.bytes <= plan.meta.capBytes) {
          guessed = true;
          this.issue(tx, plan, writes);
        } else plan = undefined;
      }
      const [meta, ...found] = await reads;
      if (guessed && (!sameMeta(meta, guess!) || found.some(Boolean))) {
        this.lastMeta = undefined;
        throw new GuessFailed();
      }
      if (!plan) {
        plan = this.plan(items, fingerprints, keys, { ...meta }, found);
        // Oldest unused first; the articles being stored are never their own victims.
        const keep = new Set(plan.out.map((r) => r.id));
        let cursor = plan.meta.bytes > plan.meta.capBytes ? await articles.index('lastUsedAt').openCursor() : null;
        while (cursor && plan.meta.bytes > plan.meta.capBytes) {
          if (!keep.has(cursor.value.id)) {
            plan.meta.bytes -= cursor.value.bytes;
            plan.dead.push(cursor.value);
            await cursor.delete();
          }
          cursor = await cursor.continue();
        }
        this.issue(tx, plan, writes);
      }
    } catch (e) {
      // A value that cannot be stored throws at once; without an abort the items already
      // written would commit without the usage record: all or none.
      try {
        tx.abort();
      } catch {
        // Already aborted by the failed request.
      }
      await tx.done.catch(() => {});
      if (e instanceof GuessFailed) return this.write(items, fingerprints);
      this.lastMeta = undefined;
      throw e;
    }
    writes.push(tx.done);
    try {
      await Promise.all(writes);
    } catch (e) {
      this.lastMeta = undefined;
      throw e;
    }
    this.lastMeta = plan!.meta;
    this.postings.written(plan!.before, plan!.meta, plan!.journaled);
    return plan!.out;
  }

  /** The records, journal entries, removals and meta record of a write (eviction aside). */
  private plan(items: PutItem[], fingerprints: Fingerprint[], keys: string[], meta: LibraryMeta, found: (ArticleRecord | undefined)[]): WritePlan {
    const before: PostingsState = { nextSeq: meta.nextSeq, compactions: meta.compactions, compactedThrough: meta.compactedThrough };
    const out: StoredArticle[] = [];
    // Articles whose band keys are new go to the journal under a new number; a record
    // stored again with the same text keeps its number and adds nothing.
    const journaled: { seq: number; keys: Uint32Array }[] = [];
    const dead: Pick<ArticleRecord, 'seq'>[] = [];
    const inBatch = new Map<string, ArticleRecord>();
    for (const [i, { article, origin, options = {} }] of items.entries()) {
      const fingerprint = fingerprints[i];
      const url = keys[i];
      const host = hostOf(url);
      const times = options.times;
      const now = times?.lastUsedAt ?? this.now();
      const existing = inBatch.get(url) ?? found[i];
      const urls = [...new Set([...(existing?.urls ?? []), url, ...[article.url, ...(options.alsoUrls ?? [])].filter(Boolean).map(canonicalUrl)])];
      const bytes = JSON.stringify(article).length + fingerprintBytes(fingerprint);
      // Never evict the whole library for an article it cannot hold anyway (issue 14,
      // item 10: at a 1 MB cap one larger article wiped every other one and stayed over).
      if (bytes > meta.capBytes) throw new OverCapError(bytes, meta.capBytes);
      let seq = existing?.seq;
      if (seq === undefined || !sameKeys(existing!.fingerprint.bands, fingerprint.bands)) {
        if (seq !== undefined) dead.push(existing!);
        seq = meta.nextSeq++;
        journaled.push({ seq, keys: postingKeys(fingerprint.bands) });
      }
      const record: ArticleRecord = {
        id: existing?.id ?? newId(),
        url,
        urls,
        host,
        article,
        origin: existing?.origin ?? origin,
        addedAt: existing?.addedAt ?? times?.addedAt ?? now,
        lastUsedAt: now,
        bytes,
        fingerprint,
        seq,
      };
      meta.bytes += bytes - (existing?.bytes ?? 0);
      inBatch.set(url, record);
      out.push(record);
    }
    const { pending, record: journal } = journalWrite(meta.pending, journaled);
    if (pending) meta.pending = pending;
    else delete meta.pending;
    return { out, journaled, journal, dead, meta, before };
  }

  private issue(
    tx: IDBPTransaction<LibrarySchema, ('articles' | 'meta' | 'journal' | 'dead')[], 'readwrite'>,
    plan: WritePlan,
    writes: Promise<unknown>[],
  ): void {
    for (const record of plan.out) {
      const put = tx.objectStore('articles').put(record);
      // If it fails the transaction aborts and the awaits in write() throw; this only keeps
      // the failed request's own rejection from being reported as unhandled meanwhile.
      put.catch(() => {});
      writes.push(put);
    }
    writes.push(tx.objectStore('meta').put(plan.meta, 'usage'));
    if (plan.journal) writes.push(tx.objectStore('journal').put(plan.journal, plan.journal.seqs[0]));
    const deadWrite = recordDead(tx, plan.dead);
    if (deadWrite) writes.push(deadWrite);
    for (const w of writes) w.catch(() => {});
  }

  /** May a visited page's article be stored now (its site's hourly share, site-quota.ts)? */
  admitVisit(article: Article): Promise<boolean> {
    return admitVisit(this, article, this.now());
  }

  async getArticle(id: string): Promise<StoredArticle | undefined> {
    return this.db.get('articles', id);
  }

  /** The version stored under this URL or reached by it (a feed link, a redirect). */
  async getArticleByUrl(url: string): Promise<StoredArticle | undefined> {
    return this.db.getFromIndex('articles', 'urls', canonicalUrl(url));
  }

  /**
   * Other versions of `article`, most similar first. Reads only the partitions of the
   * article's band keys and the records found there: never a scan of the library. Two
   * round trips: every partition at once, then every record found (postings-store.ts).
   */
  async findCandidates(article: Article, options: FindOptions = {}): Promise<CandidateArticle[]> {
    const fingerprint = fingerprintArticle(article);
    const selfUrl = options.excludeUrl ? canonicalUrl(options.excludeUrl) : libraryKey(article);
    const excludeHost = options.excludeHost?.toLowerCase().replace(/^www\./, '');
    const tx = this.db.transaction(['articles', 'partitions', 'meta', 'journal']);
    const found = new Map<string, ArticleRecord>();
    for (const record of await this.postings.find(postingKeys(fingerprint.bands), tx)) {
      if (!excludeHost || record.host !== excludeHost) found.set(record.id, record);
    }
    const ranked = rankCandidates(fingerprint, found.keys(), (id) => found.get(id)?.fingerprint, (options.limit ?? 5) + 1);
    const out: CandidateArticle[] = [];
    for (const { id, similarity, containment } of ranked) {
      const record = found.get(id)!;
      if (record.url === selfUrl || record.urls.includes(selfUrl)) continue;
      out.push({ ...record, similarity, containment });
    }
    return out.slice(0, options.limit ?? 5);
  }

  /** A version was used (matched, opened): it moves to the back of the eviction queue. */
  async markUsed(id: string): Promise<void> {
    const tx = this.db.transaction('articles', 'readwrite');
    const record = await tx.store.get(id);
    if (record) await tx.store.put({ ...record, lastUsedAt: this.now() });
    await tx.done;
  }

  async putReport(key: string, report: Report): Promise<void> {
    const tx = this.db.transaction('reports', 'readwrite');
    await tx.store.put({ key, report, at: this.now() });
    const extra = (await tx.store.count()) - MAX_REPORTS;
    let cursor = extra > 0 ? await tx.store.index('at').openCursor() : null;
    for (let i = 0; cursor && i < extra; i++) {
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await tx.done;
  }

  async getReport(key: string): Promise<Report | undefined> {
    return (await this.db.get('reports', key))?.report;
  }

  async count(): Promise<number> {
    return this.db.count('articles');
  }

  async usage(): Promise<LibraryUsage> {
    const [meta, count] = await Promise.all([this.db.get('meta', 'usage') as Promise<LibraryMeta>, this.count()]);
    return { bytes: meta.bytes, capBytes: meta.capBytes, count };
  }

  /** Merges the journal into the partitions now (normally done once it is full). */
  async compact(): Promise<void> {
    await this.postings.settled();
    await this.postings.compact();
  }

  /** Resolves when no background compaction is running. */
  settled(): Promise<void> {
    return this.postings.settled();
  }

  /** Set the size cap (bytes) and evict down to it at once. */
  async setCapBytes(capBytes: number): Promise<void> {
    if (!(capBytes > 0)) throw new RangeError('The library size cap must be a positive number of bytes.');
    this.lastMeta = undefined;
    const tx = this.db.transaction(['articles', 'meta', 'dead'], 'readwrite');
    const usage = await readMeta(tx);
    usage.capBytes = capBytes;
    const dead: ArticleRecord[] = [];
    let cursor = usage.bytes > capBytes ? await tx.objectStore('articles').index('lastUsedAt').openCursor() : null;
    while (cursor && usage.bytes > capBytes) {
      usage.bytes -= cursor.value.bytes;
      dead.push(cursor.value);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await Promise.all([tx.objectStore('meta').put(usage, 'usage'), recordDead(tx, dead), tx.done]);
  }

  /** Drop the `n` least recently used articles. */
  async evictOldest(n: number): Promise<number> {
    this.lastMeta = undefined;
    const tx = this.db.transaction(['articles', 'meta', 'dead'], 'readwrite');
    const usage = await readMeta(tx);
    let cursor = await tx.objectStore('articles').index('lastUsedAt').openCursor();
    const dead: ArticleRecord[] = [];
    while (cursor && dead.length < n) {
      usage.bytes -= cursor.value.bytes;
      dead.push(cursor.value);
      await cursor.delete();
      cursor = await cursor.continue();
    }
    await Promise.all([tx.objectStore('meta').put(usage, 'usage'), recordDead(tx, dead), tx.done]);
    return dead.length;
  }

  /** Remove every article, report and failure record; the size cap and feeds are kept. */
  async clear(): Promise<void> {
    this.lastMeta = undefined;
    await this.postings.settled();
    const tx = this.db.transaction(['articles', 'reports', 'failures', 'meta', 'journal', 'partitions', 'dead'], 'readwrite');
    const meta = await readMeta(tx);
    const stores = ['articles', 'reports', 'failures', 'journal', 'partitions', 'dead'] as const;
    await Promise.all(stores.map((name) => tx.objectStore(name).clear()));
    // Numbers keep growing (a stale copy of the journal must never look current).
    const { pending: _, ...kept } = meta;
    const cleared: LibraryMeta = { ...kept, bytes: 0, compactions: meta.compactions + 1, compactedThrough: meta.nextSeq - 1 };
    await Promise.all([tx.objectStore('meta').put(cleared, 'usage'), tx.done]);
    this.postings.invalidate();
  }

  /**
   * The remembered articles for the options page, most recently used first, whose
   * headline, outlet or address contains `query` (case-folded). Bounded: at most `limit`
   * rows, and at most SCAN_MAX records read to find them.
   */
  async listArticles(query = '', limit = 50): Promise<ArticleSummary[]> {
    const q = query.trim().toLowerCase();
    const out: ArticleSummary[] = [];
    let scanned = 0;
    let cursor = await this.db.transaction('articles').store.index('lastUsedAt').openCursor(null, 'prev');
    while (cursor && out.length < limit && scanned++ < SCAN_MAX) {
      const r = cursor.value;
      const outlet = statedName(r.article) ?? r.host;
      if (!q || r.article.title.toLowerCase().includes(q) || outlet.toLowerCase().includes(q) || r.url.toLowerCase().includes(q)) {
        out.push({
          id: r.id,
          url: r.article.url,
          title: r.article.title,
          outlet,
          ...(r.article.published ? { published: r.article.published } : {}),
          addedAt: r.addedAt,
          origin: r.origin,
        });
      }
      cursor = await cursor.continue();
    }
    return out;
  }

  /** Forgets one article (its record and its share of the size count). */
  async deleteArticle(id: string): Promise<boolean> {
    this.lastMeta = undefined;
    const tx = this.db.transaction(['articles', 'meta', 'dead'], 'readwrite');
    const record = await tx.objectStore('articles').get(id);
    if (record) {
      const usage = await readMeta(tx);
      await tx.objectStore('articles').delete(id);
      await tx.objectStore('meta').put({ ...usage, bytes: Math.max(0, usage.bytes - record.bytes) }, 'usage');
      await recordDead(tx, [record]);
    }
    await tx.done;
    return !!record;
  }

  /** Ids the reader said are not versions of `id`'s story ("this match is wrong"). */
  rejectedWith(id: string): Promise<Set<string>> {
    return rejectedWith(this, id);
  }

  /** Remembers (or forgets) that two versions are not the same story. */
  setMatchRejected(a: string, b: string, rejected: boolean): Promise<void> {
    return setMatchRejected(this, a, b, rejected, this.now());
  }

  close(): void {
    // A compaction still running is cut short by the close: it is redone at the next one.
    this.db.close();
  }
}

export async function openLibrary(name = DEFAULT_DB_NAME, options: LibraryOptions = {}): Promise<Library> {
  const db = await openDB<LibrarySchema>(name, SCHEMA_VERSION, {
    upgrade: (db, oldVersion, newVersion, tx) => upgrade(db as never, oldVersion, newVersion ?? SCHEMA_VERSION, tx as never),
  });
  return new Library(db, options.now, options.journalLimit);
}
