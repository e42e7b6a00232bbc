// The library's postings (band key → articles) as a log-structured layout, in pure TS: the
// browser part is src/background/library/postings-store.ts. In Chromium's IndexedDB every
// index entry and every record written costs a fixed price (bench/library-chromium.ts):
// ~105 band keys per article in a multiEntry index made a put 6× slower than the raw put.
// So an article's band keys go first into a small journal, and a compaction moves the
// journal of thousands of articles at once into PARTITIONS partition records, each a pair
// of packed arrays. A lookup reads the ≤ ~105 partitions its keys fall into.
import { fmix32 } from './shingles';

/** Partitions. A lookup reads one per distinct key (~105): at 100k articles each holds ~1,300
 * postings (6 bytes each), small enough that the read costs about one request, whatever its
 * bytes; a compaction writes one chunk per partition. */
export const PARTITION_BITS = 13;
export const PARTITIONS = 1 << PARTITION_BITS;

/**
 * A band key (band number × 2^32 + 32-bit hash, up to 2^38) folded to 32 bits: the top
 * PARTITION_BITS pick the partition, the low 16 bits are stored beside the article's number.
 * Two keys that agree on these 29 bits collide: the lookup ranks what it finds by signature,
 * so a rare false collision costs one record read, never a wrong answer.
 */
export function postingKey(bandKey: number): number {
  const band = Math.floor(bandKey / 0x100000000);
  return fmix32((bandKey >>> 0) ^ Math.imul(band + 1, 0x9e3779b1));
}

export function partitionOf(key: number): number {
  return key >>> (32 - PARTITION_BITS);
}

export function fragmentOf(key: number): number {
  return key & 0xffff;
}

/** The distinct posting keys of an article's band keys. */
export function postingKeys(bands: readonly number[]): Uint32Array {
  return Uint32Array.from(new Set(bands.map(postingKey)));
}

/** One partition: parallel arrays of key fragments and article numbers (`seq`). */
export interface Partition {
  f: Uint16Array;
  s: Uint32Array;
}

/** Article numbers in `part` under `key` (which must fall in this partition). */
export function seqsIn(part: Partition, key: number, out: Set<number>, max: number): void {
  const fragment = fragmentOf(key);
  let n = 0;
  for (let i = 0; i < part.f.length && n < max; i++) {
    if (part.f[i] === fragment) {
      out.add(part.s[i]);
      n++;
    }
  }
}

/**
 * Chunks of a partition merged with new postings into one: dead article numbers dropped,
 * duplicates (a compaction repeated after the worker died half-way) kept once. Sorted by
 * fragment then number, so equal inputs give equal bytes.
 */
export function mergePartition(chunks: readonly Partition[], fragments: number[], seqs: number[], dead: ReadonlySet<number>): Partition {
  const pairs: number[] = [];
  for (const c of chunks) for (let i = 0; i < c.f.length; i++) if (!dead.has(c.s[i])) pairs.push(c.f[i] * 0x100000000 + c.s[i]);
  for (let i = 0; i < fragments.length; i++) if (!dead.has(seqs[i])) pairs.push(fragments[i] * 0x100000000 + seqs[i]);
  pairs.sort((a, b) => a - b);
  const f: number[] = [];
  const s: number[] = [];
  for (let i = 0; i < pairs.length; i++) {
    if (i > 0 && pairs[i] === pairs[i - 1]) continue;
    f.push(Math.floor(pairs[i] / 0x100000000));
    s.push(pairs[i] >>> 0);
  }
  return { f: Uint16Array.from(f), s: Uint32Array.from(s) };
}

/**
 * The journal in memory: posting key → article numbers, for the articles not yet in a
 * partition. An open-addressing table in two typed arrays (not a Map): the journal holds up
 * to hundreds of thousands of postings, and a worker rebuilds it at every start.
 * Slot value 0 means empty, so article numbers start at 1.
 */
export class JournalTable {
  private keys: Uint32Array;
  private seqs: Uint32Array;
  private used = 0;
  /** Articles (not postings) held. */
  articles = 0;

  constructor(capacity = 1024) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, capacity * 2)));
    this.keys = new Uint32Array(size);
    this.seqs = new Uint32Array(size);
  }

  get postings(): number {
    return this.used;
  }

  add(seq: number, keys: ArrayLike<number>): void {
    if ((this.used + keys.length) * 2 > this.keys.length) this.grow(this.used + keys.length);
    for (let i = 0; i < keys.length; i++) this.insert(keys[i], seq);
    this.used += keys.length;
    this.articles++;
  }

  /** Article numbers under `key`, at most `max`. */
  find(key: number, out: Set<number>, max: number): void {
    const mask = this.keys.length - 1;
    let n = 0;
    for (let i = fmix32(key) & mask; this.seqs[i] !== 0 && n < max; i = (i + 1) & mask) {
      if (this.keys[i] === key) {
        out.add(this.seqs[i]);
        n++;
      }
    }
  }

  private insert(key: number, seq: number): void {
    const mask = this.keys.length - 1;
    let i = fmix32(key) & mask;
    while (this.seqs[i] !== 0) i = (i + 1) & mask;
    this.keys[i] = key;
    this.seqs[i] = seq;
  }

  private grow(need: number): void {
    const { keys, seqs } = this;
    const size = 1 << Math.ceil(Math.log2(need * 4));
    this.keys = new Uint32Array(size);
    this.seqs = new Uint32Array(size);
    for (let i = 0; i < keys.length; i++) if (seqs[i] !== 0) this.insert(keys[i], seqs[i]);
  }
}
