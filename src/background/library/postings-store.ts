// The library's postings in IndexedDB (layout: core/index/postings.ts). A write adds one
// journal record (the band keys of every article it stored) instead of ~105 index entries
// per article; once the journal holds `journalLimit` articles a compaction, off the write's
// awaited path, merges it into the partition records. Nothing lives only in memory: the
// worker's copy of the journal is rebuilt from the `journal` store whenever the stored
// counters say it is stale (another worker wrote, or this one just started), and a
// compaction cut short by a dying worker is simply done again (merging is idempotent).
import { unwrap, type IDBPDatabase, type IDBPTransaction, type StoreNames } from 'idb';
import { fragmentOf, JournalTable, mergePartition, PARTITIONS, partitionOf, seqsIn, type Partition } from '../../core/index/postings';
import { getEach } from './requests';
import { journalEntries, journalRecord, type ArticleRecord, type JournalRecord, type LibraryMeta, type LibrarySchema, type PostingsState } from './schema';

/** Articles in the journal before a compaction starts. Each compaction rewrites every
 * partition (~PARTITIONS records), so it pays off only over thousands of articles; the
 * journal's memory copy is ~8 bytes per posting (~7 MB at this limit). */
export const JOURNAL_LIMIT = 8192;
/**
 * Posting keys the meta record carries (`pending`, ~100 per article) before they go to the
 * journal store as one record. Each write reads and rewrites the meta record anyway, so a
 * single put writes no journal record of its own (one request fewer); a larger `pending`
 * makes that read and write heavier.
 */
export const PENDING_KEYS = 1024;
/** Partitions written per transaction: lookups and writes get their turn in between. */
const SLICE = 1024;
/**
 * Every compaction merges each partition's postings into one record, keyed by the partition's
 * number (since version 7; [p, 0] before), dropping removed articles, so that a lookup reads
 * each partition with one exact get. (Until version 6 only
 * every 4th compaction merged and the others appended a chunk [p, c]: cheaper compactions,
 * but the lookup then read a key range per partition, getAll(range), which in Chromium costs
 * nearly twice an exact get — 42.6 vs 24 ms for a lookup's 92 partitions at 100k articles,
 * load 14, bench/library-chromium.ts. A compaction now costs about one rewrite of the
 * postings, ~6 bytes per band key stored: at 100k articles ~60 MB, once per JOURNAL_LIMIT
 * articles, off the write path.)
 */
/** Ids read per band key at most: a key shared by more articles is boilerplate, not evidence. */
export const MAX_POSTINGS = 1000;

type Db = IDBPDatabase<LibrarySchema>;
type ReadTx = IDBPTransaction<LibrarySchema, ('articles' | 'partitions' | 'meta' | 'journal')[], 'readonly'>;

/** The library's `meta` record: the size count and the postings' counters (schema.ts). */
export async function readMeta(tx: { objectStore(name: 'meta'): { get(key: string): Promise<unknown> } }): Promise<LibraryMeta> {
  return (await tx.objectStore('meta').get('usage')) as LibraryMeta;
}

/**
 * Where a write's journal entries go: into the meta record's `pending` while it stays under
 * PENDING_KEYS, else (with what was pending) into one journal record keyed by its first
 * article number.
 */
export function journalWrite(
  pending: JournalRecord | undefined,
  entries: { seq: number; keys: Uint32Array }[],
): { pending: JournalRecord | undefined; record: JournalRecord | undefined } {
  if (entries.length === 0) return { pending, record: undefined };
  const all = [...(pending ? journalEntries(pending) : []), ...entries];
  const record = journalRecord(all);
  return record.keys.length <= PENDING_KEYS ? { pending: record, record: undefined } : { pending: undefined, record };
}

/** Every journal entry: the journal store's records and those pending in the meta record. */
function withPending(records: JournalRecord[], state: LibraryMeta): JournalRecord[] {
  return state.pending ? [...records, state.pending] : records;
}

export function sameState(a: PostingsState | undefined, b: PostingsState): boolean {
  return !!a && a.nextSeq === b.nextSeq && a.compactions === b.compactions;
}

export class PostingsStore {
  private table: JournalTable | undefined;
  /** The stored counters `table` reflects. */
  private state: PostingsState | undefined;
  private compacting: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly journalLimit = JOURNAL_LIMIT,
    /** Called when a compaction rewrote the meta record (the library's remembered copy is stale). */
    private readonly metaChanged: () => void = () => {},
  ) {}

  /**
   * A write committed: `before` → `after` with these articles journaled. Keeps the memory
   * copy current when it was current before, and starts a compaction when the journal is full.
   */
  written(before: PostingsState, after: PostingsState, entries: { seq: number; keys: Uint32Array }[]): void {
    if (this.table && sameState(this.state, before)) {
      for (const { seq, keys } of entries) this.table.add(seq, keys);
      this.state = after;
    } else {
      this.table = undefined;
    }
    if (after.nextSeq - 1 - after.compactedThrough >= this.journalLimit) this.startCompaction();
  }

  /** Forget the memory copy (the journal was rewritten, e.g. cleared). */
  invalidate(): void {
    this.table = undefined;
  }

  startCompaction(): void {
    this.compacting ??= this.compact()
      .catch(() => {
        // Left for the next write to retry: the journal keeps everything until it succeeds.
      })
      .finally(() => {
        this.compacting = undefined;
      });
  }

  /** Resolves when no compaction is running (for callers that must measure or close). */
  async settled(): Promise<void> {
    while (this.compacting) await this.compacting;
  }

  /**
   * Records whose postings share a key with `keys`, by article number. One readonly
   * transaction: the partitions the keys fall into and the counters together, the journal
   * only when the memory copy is stale, then every record found.
   */
  async find(keys: Uint32Array, tx: ReadTx): Promise<ArticleRecord[]> {
    const byPartition = new Map<number, number[]>();
    for (const key of keys) {
      const p = partitionOf(key);
      const list = byPartition.get(p);
      if (list) list.push(key);
      else byPartition.set(p, [key]);
    }
    const partitions = [...byPartition.keys()];
    // One exact get per partition, and the counters, all at once.
    const [state, parts] = (await Promise.all([readMeta(tx), getEach(unwrap(tx.objectStore('partitions')), partitions)])) as [
      LibraryMeta,
      (Partition | undefined)[],
    ];
    if (!this.table || !sameState(this.state, state)) await this.load(tx, state);
    const seqs = new Set<number>();
    partitions.forEach((p, i) => {
      for (const key of byPartition.get(p)!) {
        const before = seqs.size;
        const part = parts[i];
        if (part) seqsIn(part, key, seqs, MAX_POSTINGS - (seqs.size - before));
        this.table!.find(key, seqs, MAX_POSTINGS - (seqs.size - before));
      }
    });
    const found = (await getEach(unwrap(tx.objectStore('articles').index('seq')), [...seqs])) as (ArticleRecord | undefined)[];
    return found.filter((r): r is ArticleRecord => !!r);
  }

  private async load(tx: ReadTx, state: LibraryMeta): Promise<void> {
    const records = withPending(await tx.objectStore('journal').getAll(), state);
    const table = new JournalTable(records.reduce((n, r) => n + r.keys.length, 0));
    for (const record of records) for (const { seq, keys } of journalEntries(record)) table.add(seq, keys);
    this.table = table;
    this.state = state;
  }

  /**
   * Moves the journal into the partitions: a read, one transaction per slice of partitions
   * (each partition's record merged with its new postings, the removals dropped), then one
   * that drops what was moved from the journal. A worker stopped half-way leaves the journal
   * whole and the counter unchanged, so the next compaction merges the same postings again
   * (merging keeps duplicates once).
   */
  async compact(): Promise<void> {
    const rtx = this.db.transaction(['journal', 'dead', 'meta'], 'readonly');
    const [stored, journalKeys, deadRecords, deadKeys, state] = await Promise.all([
      rtx.objectStore('journal').getAll(),
      rtx.objectStore('journal').getAllKeys(),
      rtx.objectStore('dead').getAll(),
      rtx.objectStore('dead').getAllKeys(),
      readMeta(rtx),
    ]);
    const records = withPending(stored, state);
    if (records.length === 0 && deadRecords.length === 0) return;
    const compaction = state.compactions + 1;
    const dead = new Set<number>();
    for (const r of deadRecords) for (const seq of r.seqs) dead.add(seq);
    const additions = new Map<number, { f: number[]; s: number[] }>();
    let maxSeq = 0;
    for (const record of records) {
      for (const { seq, keys } of journalEntries(record)) {
        maxSeq = Math.max(maxSeq, seq);
        for (const key of keys) {
          const p = partitionOf(key);
          let add = additions.get(p);
          if (!add) additions.set(p, (add = { f: [], s: [] }));
          add.f.push(fragmentOf(key));
          add.s.push(seq);
        }
      }
    }
    for (let from = 0; from < PARTITIONS; from += SLICE) {
      const tx = this.db.transaction('partitions', 'readwrite', { durability: 'relaxed' });
      const writes: Promise<unknown>[] = [];
      // Every partition of the slice in one read, each rewritten merged.
      const range = IDBKeyRange.bound(from, from + SLICE - 1);
      const [parts, keys] = await Promise.all([tx.store.getAll(range), tx.store.getAllKeys(range)]);
      const byPartition = new Map(keys.map((p, i) => [p, parts[i]]));
      for (let p = from; p < from + SLICE; p++) {
        const old = byPartition.get(p);
        const add = additions.get(p);
        if (!add && !old) continue;
        const merged = mergePartition(old ? [old] : [], add?.f ?? [], add?.s ?? [], dead);
        if (merged.s.length > 0) writes.push(tx.store.put(merged, p));
        else if (old) writes.push(tx.store.delete(p));
      }
      await Promise.all([...writes, tx.done]);
    }
    const tx = this.db.transaction(['journal', 'dead', 'meta'], 'readwrite', { durability: 'relaxed' });
    const ops: Promise<unknown>[] = [];
    if (journalKeys.length > 0) ops.push(tx.objectStore('journal').delete(IDBKeyRange.upperBound(journalKeys[journalKeys.length - 1])));
    // Removals leave the record only once a merge has dropped them from every partition.
    if (deadKeys.length > 0) ops.push(tx.objectStore('dead').delete(IDBKeyRange.upperBound(deadKeys[deadKeys.length - 1])));
    const { pending, ...now } = await readMeta(tx);
    // Entries pending when the compaction read them are merged now; later ones stay (every
    // later write numbered its articles after maxSeq).
    const later = pending ? [...journalEntries(pending)].filter((e) => e.seq > maxSeq) : [];
    ops.push(
      tx.objectStore('meta').put(
        {
          ...now,
          compactions: compaction,
          compactedThrough: Math.max(now.compactedThrough, maxSeq),
          ...(later.length > 0 ? { pending: journalRecord(later) } : {}),
        },
        'usage',
      ),
    );
    await Promise.all([...ops, tx.done]);
    this.metaChanged();
    this.table = undefined;
  }
}

/** Records removed articles' numbers, in the caller's transaction, for the next merge to drop. */
export function recordDead(
  tx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'readwrite'>,
  removed: Pick<ArticleRecord, 'seq'>[],
): Promise<unknown> | undefined {
  if (removed.length === 0) return undefined;
  return tx.objectStore('dead').add({ seqs: Uint32Array.from(removed, (r) => r.seq) });
}

export type { Partition };
