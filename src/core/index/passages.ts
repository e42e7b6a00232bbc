// Passage keys: LSH band keys of consecutive windows of an article's shingles, so that a
// copy which reproduces only part of a longer version (a trimmed republication, or a wire
// item inside a long page) still shares keys with it. The whole-article keys miss those:
// their Jaccard is low (0.2–0.4 on realdata/pairs) although most of the shorter text is in
// the longer one. Window position does not enter the key, so a passage matches wherever it
// sits in the other version.
import { bandHash, onePermutationMinhash } from './minhash';

/** Shingles per window (≈ words), windows per article at most (keeps ≤ 2 KB per article). */
export const PASSAGE_SHINGLES = 100;
export const MAX_PASSAGES = 12;
/** 32-bin one-permutation MinHash per window, 10 bands × 3 rows: a window pair with
 * Jaccard 0.8 (aligned copy) collides with probability 0.99, 0.5 (half-shifted) 0.74,
 * 0.33 0.31; unrelated windows (s ≈ 0.005) ~1e-6. */
const BINS = 32;
const BANDS = 10;
const ROWS = 3;
/** Passage keys live in their own band numbers, above the whole-article ones. */
const BAND_OFFSET = 64;
const SEED = 0x51ed2701;

/** The windows of `n` shingles: [from, to) pairs; the remainder joins the last window. */
export function passageWindows(n: number): [number, number][] {
  if (n < PASSAGE_SHINGLES) return [];
  const count = Math.min(MAX_PASSAGES, Math.floor(n / PASSAGE_SHINGLES));
  // Past MAX_PASSAGES windows, spread them evenly over the text instead of stopping early.
  const stride = count === MAX_PASSAGES ? n / MAX_PASSAGES : PASSAGE_SHINGLES;
  return Array.from({ length: count }, (_, i) => {
    const from = Math.floor(i * stride);
    const to = i === count - 1 && count < MAX_PASSAGES ? n : Math.min(n, from + PASSAGE_SHINGLES);
    return [from, to];
  });
}

/** Distinct passage band keys of an article's shingles (in text order). */
export function passageKeys(shingles: Uint32Array): number[] {
  const windows = passageWindows(shingles.length);
  // Each key's band hash, window by window: a key repeats only within its own band, so a
  // key is new unless an earlier window had the same hash in the same band (≤ 11 compares).
  const hashes = new Uint32Array(windows.length * BANDS);
  const keys: number[] = [];
  for (let w = 0; w < windows.length; w++) {
    const sig = onePermutationMinhash(shingles, windows[w][0], windows[w][1], BINS, SEED);
    for (let b = 0; b < BANDS; b++) {
      const h = bandHash(sig, b, ROWS, 101);
      hashes[w * BANDS + b] = h;
      let seen = false;
      for (let v = 0; v < w && !seen; v++) seen = hashes[v * BANDS + b] === h;
      if (!seen) keys.push((BAND_OFFSET + b) * 0x100000000 + h);
    }
  }
  return keys;
}
