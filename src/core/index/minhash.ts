// MinHash signatures and LSH band keys (Broder 1997; Leskovec, Rajaraman & Ullman,
// "Mining of Massive Datasets" ch. 3.4). Two versions of a story share most word shingles;
// the share of equal signature slots estimates their Jaccard similarity, and splitting
// the signature into bands makes similar articles collide on at least one band key, so a
// lookup reads a few posting lists instead of scanning the library.
import { fmix32 as sharedFmix32 } from './shingles';

// Called once per shingle: a module-local binding. Where this file is loaded as CommonJS
// (tsx from a .cjs/.ts entry outside a "type": "module" package) or through Vite's SSR
// transform (vitest), an imported function is read through a getter on every call, which made
// these loops twice as slow; as an ES module (the bundle, the server, bench) it changes nothing.
const fmix32 = sharedFmix32;

/** Signature slots: 128 × 4 bytes = 512 bytes per article. */
export const NUM_HASHES = 128;
/** Bands × rows = slots used for keys. With r = 3 and b = 42 the chance that two articles
 * become candidates is 1-(1-s^3)^42: 0.29 at Jaccard 0.2, 0.68 at 0.3, 0.93 at 0.4, 0.996
 * at 0.5, and ~4e-5 per unrelated article (s ≈ 0.01), i.e. a handful of chance collisions at
 * 100k, which ranking drops. r = 4, b = 32 missed 4 of 7 "rewrite" pairs of
 * realdata/pairs (Jaccard 0.34–0.40); r = 3 finds all 7 (bench/library.ts measures it). */
export const BANDS = 42;
export const ROWS = 3;

const SEED = 0x2545f491;
const EMPTY = 0xffffffff;

/**
 * One-permutation MinHash (Li, Owen & Zhang 2012, "One Permutation Hashing") of
 * shingles[from, to) into `bins` slots (a power of two): each shingle is hashed once, the
 * top bits pick a bin and each bin keeps its minimum. Empty bins borrow from the next
 * filled bin to the right, shifted by the distance, so two texts still agree on them only
 * when their source bins agree (Shrivastava & Li 2014, "Densifying One Permutation Hashing
 * via Rotation"). One hash per shingle instead of one per slot is what keeps indexing far
 * above 1,000 articles/s. No shingles gives all-EMPTY. Shared by the whole-article
 * signature below and the passage windows (passages.ts), each with its own seed.
 */
export function onePermutationMinhash(shingles: Uint32Array, from: number, to: number, bins: number, seed: number): Uint32Array {
  const shift = 32 - Math.log2(bins);
  const mask = (1 << shift) - 1;
  const sig = new Uint32Array(bins).fill(EMPTY);
  for (let j = from; j < to; j++) {
    const v = fmix32(shingles[j] ^ seed);
    const value = v & mask;
    if (value < sig[v >>> shift]) sig[v >>> shift] = value;
  }
  if (to <= from) return sig;
  for (let i = 0; i < bins; i++) {
    if (sig[i] !== EMPTY) continue;
    for (let t = 1; t < bins; t++) {
      const donor = sig[(i + t) % bins];
      // A donor that was itself empty (or already borrowed) is skipped: raw bins only.
      if (donor <= mask) {
        sig[i] = donor + t * (mask + 1);
        break;
      }
    }
  }
  return sig;
}

/** The whole-article signature: NUM_HASHES slots. */
export function minhash(shingles: Uint32Array): Uint32Array {
  return onePermutationMinhash(shingles, 0, shingles.length, NUM_HASHES, SEED);
}

/** A 32-bit hash of one band's `rows` slots, started from `salt` (so key families differ). */
export function bandHash(sig: Uint32Array, band: number, rows: number, salt: number): number {
  let h = band + salt;
  for (let r = 0; r < rows; r++) h = fmix32(h ^ sig[band * rows + r]) + r;
  return h >>> 0;
}

/**
 * One key per band: band index in the high bits, a 32-bit hash of the band's rows below,
 * so keys are plain numbers (< 2^53) that IndexedDB indexes and compares cheaply.
 */
export function bandKeys(sig: Uint32Array): number[] {
  if (sig.every((v) => v === EMPTY)) return [];
  const keys: number[] = [];
  for (let b = 0; b < BANDS; b++) keys.push(b * 0x100000000 + bandHash(sig, b, ROWS, 1));
  return keys;
}

/** Estimated Jaccard similarity: the share of equal slots. */
export function estimateSimilarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < NUM_HASHES; i++) if (a[i] === b[i]) same++;
  return same / NUM_HASHES;
}

/** Exact Jaccard of two shingle sets, for tests and the brute-force baseline. */
export function jaccard(a: Uint32Array, b: Uint32Array): number {
  const sa = new Set(a);
  let inter = 0;
  for (const x of b) if (sa.has(x)) inter++;
  const union = sa.size + b.length - inter;
  return union === 0 ? 0 : inter / union;
}
