// The library's postings in IndexedDB (layout: core/index/postings.ts). A write adds one
// journal record (the band keys of every article it stored) instead of ~105 index entries
// per article; once the journal holds `journalLimit` articles a compaction, off the write's
// awaited path, merges it into the partition records. Nothing lives only in memory: the
// worker's copy of the journal is rebuilt from the `journal` store whenever the stored
// counters say it is stale (another worker wrote, or this one just started), and a
// compaction cut short by a dying worker is simply done again (merging is idempotent).
import type { IDBPDatabase, IDBPTransaction, StoreNames } from 'idb';
import { fragmentOf, JournalTable, mergePartition, PARTITIONS, partitionOf, seqsIn, type Partition } from '../../core/index/postings';
import type { ArticleRecord, LibraryMeta, LibrarySchema, PostingsState } from './schema';

/** Articles in the journal before a compaction starts. Each compaction rewrites every
 * partition (~PARTITIONS records), so it pays off only over thousands of articles; the
 * journal's memory copy is ~8 bytes per posting (~7 MB at this limit). */
export const JOURNAL_LIMIT = 8192;
/** Partitions written per transaction: lookups and writes get their turn in between. */
const SLICE = 1024;
/**
 * Every compaction merges each partition's postings into one record, [p, 0], dropping removed
 * articles, so that a lookup reads each partition with one exact get. (Until version 6 only
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
/** Chunks of partition `p`: key [p, 0] is the merged one, [p, c] what compaction c appended
 * (before version 6; see `unmerged` in LibraryMeta). */
function chunksOf(p: number): IDBKeyRange {
  return IDBKeyRange.bound([p, 0], [p, Number.POSITIVE_INFINITY]);
}

type ReadTx = IDBPTransaction<LibrarySchema, ('articles' | 'postings' | 'meta' | 'journal')[], 'readonly'>;

/** The library's `meta` record: the size count and the postings' counters (schema.ts). */
export async function readMeta(tx: { objectStore(name: 'meta'): { get(key: string): Promise<unknown> } }): Promise<LibraryMeta> {
  return (await tx.objectStore('meta').get('usage')) as LibraryMeta;
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
    const postings = tx.objectStore('postings');
    // One exact get per partition; a key range only while chunks appended before version 6
    // may remain (`unmerged`, until the next compaction). Both are asked for at once: the
    // meta record decides which answer is used, so no round trip waits on it.
    const exact = Promise.all(partitions.map((p) => postings.get([p, 0])));
    const [state, ...merged] = await Promise.all([readMeta(tx), exact]);
    const parts: Partition[][] = state.unmerged
      ? await Promise.all(partitions.map((p) => postings.getAll(chunksOf(p))))
      : merged[0].map((part) => (part ? [part] : []));
    if (!this.table || !sameState(this.state, state)) await this.load(tx, state);
    const seqs = new Set<number>();
    partitions.forEach((p, i) => {
      for (const key of byPartition.get(p)!) {
        const before = seqs.size;
        for (const part of parts[i]) seqsIn(part, key, seqs, MAX_POSTINGS - (seqs.size - before));
        this.table!.find(key, seqs, MAX_POSTINGS - (seqs.size - before));
      }
    });
    const bySeq = tx.objectStore('articles').index('seq');
    const found = await Promise.all([...seqs].map((seq) => bySeq.get(seq)));
    return found.filter((r): r is ArticleRecord => !!r);
  }

  private async load(tx: ReadTx, state: PostingsState): Promise<void> {
    const records = await tx.objectStore('journal').getAll();
    const table = new JournalTable(records.reduce((n, r) => n + r.keys.length, 0));
    for (const record of records) {
      let at = 0;
      for (let i = 0; i < record.seqs.length; i++) {
        table.add(record.seqs[i], record.keys.subarray(at, at + record.counts[i]));
        at += record.counts[i];
      }
    }
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
    const [records, journalKeys, deadRecords, deadKeys, state] = await Promise.all([
      rtx.objectStore('journal').getAll(),
      rtx.objectStore('journal').getAllKeys(),
      rtx.objectStore('dead').getAll(),
      rtx.objectStore('dead').getAllKeys(),
      readMeta(rtx),
    ]);
    if (records.length === 0 && deadRecords.length === 0) return;
    const compaction = state.compactions + 1;
    const dead = new Set<number>();
    for (const r of deadRecords) for (const seq of r.seqs) dead.add(seq);
    const additions = new Map<number, { f: number[]; s: number[] }>();
    let maxSeq = 0;
    for (const record of records) {
      let at = 0;
      for (let i = 0; i < record.seqs.length; i++) {
        const seq = record.seqs[i];
        maxSeq = Math.max(maxSeq, seq);
        for (let j = at; j < at + record.counts[i]; j++) {
          const key = record.keys[j];
          const p = partitionOf(key);
          let add = additions.get(p);
          if (!add) additions.set(p, (add = { f: [], s: [] }));
          add.f.push(fragmentOf(key));
          add.s.push(seq);
        }
        at += record.counts[i];
      }
    }
    for (let from = 0; from < PARTITIONS; from += SLICE) {
      const tx = this.db.transaction('postings', 'readwrite', { durability: 'relaxed' });
      const writes: Promise<unknown>[] = [];
      // Every chunk of the slice in one read; each partition rewritten as one chunk.
      const range = IDBKeyRange.bound([from, 0], [from + SLICE - 1, Number.POSITIVE_INFINITY]);
      const [chunks, keys] = await Promise.all([tx.store.getAll(range), tx.store.getAllKeys(range)]);
      const byPartition = new Map<number, { chunks: Partition[]; appended: boolean }>();
      keys.forEach(([p, c], i) => {
        const entry = byPartition.get(p) ?? { chunks: [], appended: false };
        entry.chunks.push(chunks[i]);
        entry.appended ||= c !== 0;
        byPartition.set(p, entry);
      });
      for (let p = from; p < from + SLICE; p++) {
        const old = byPartition.get(p);
        const add = additions.get(p);
        if (!add && !old) continue;
        const merged = mergePartition(old?.chunks ?? [], add?.f ?? [], add?.s ?? [], dead);
        // The put replaces [p, 0]; chunks appended before version 6 go with a range delete.
        if (old && (old.appended || merged.s.length === 0)) writes.push(tx.store.delete(chunksOf(p)));
        if (merged.s.length > 0) writes.push(tx.store.put(merged, [p, 0]));
      }
      await Promise.all([...writes, tx.done]);
    }
    const tx = this.db.transaction(['journal', 'dead', 'meta'], 'readwrite', { durability: 'relaxed' });
    const ops: Promise<unknown>[] = [];
    if (journalKeys.length > 0) ops.push(tx.objectStore('journal').delete(IDBKeyRange.upperBound(journalKeys[journalKeys.length - 1])));
    // Removals leave the record only once a merge has dropped them from every partition.
    if (deadKeys.length > 0) ops.push(tx.objectStore('dead').delete(IDBKeyRange.upperBound(deadKeys[deadKeys.length - 1])));
    const { unmerged: _, ...now } = await readMeta(tx);
    ops.push(tx.objectStore('meta').put({ ...now, compactions: compaction, compactedThrough: Math.max(now.compactedThrough, maxSeq) }, 'usage'));
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
