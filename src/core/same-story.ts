// "Is this a version of that text?" — word-shingle containment over the article text only
// (page junk and credit lines removed by prepare.ts), on matching keys so that US/UK
// spelling, number style, case and typography do not break shingles.
//
// Scheme: every run of SHINGLE keys inside a block (sentences joined, so split or merged
// sentences still match) is hashed; a token of A counts as found
// in B when any A-shingle containing it occurs in B. reusedShare(A,B) = found tokens / all
// tokens of A. A single changed word then costs about one token, not SHINGLE tokens.
// Decision: the two are versions of one text when the larger of the two containments is at
// least SAME_MIN (a trimmed copy is contained in its source but not the reverse) and at
// least MIN_SHARED_TOKENS tokens are shared (two stubs sharing a dateline are not a story).
import { counted, msg, type Msg } from './messages';
import { prepare, textSize, type Prepared } from './prepare';
import type { Article } from './types';

/** Shingle length in words. 4 survives the one-word edits copy sites make every dozen words. */
export const SHINGLE = 4;
/**
 * Containment at or above which two texts are versions of one text. Measured on
 * realdata/pairs (173 pairs): negatives reach at most 0.16, positives at least 0.45 (an
 * asprout rewrite); 0.3 sits in the middle of that gap. Re-check with `npm run eval`.
 */
export const SAME_MIN = 0.3;
/** Fewer shared tokens than this is never a shared text (headline-sized overlaps). */
export const MIN_SHARED_TOKENS = 25;

// Keys become small integers and a shingle one 32-bit hash of its four ids: no strings built
// per shingle (a 10,000-word pair hashes ~20,000 shingles in well under a millisecond).
// A hash collision can only add a shared token, at odds of ~n/2^32.
class KeyIds {
  private ids = new Map<string, number>();
  id(k: string): number {
    let v = this.ids.get(k);
    if (v === undefined) this.ids.set(k, (v = this.ids.size + 1));
    return v;
  }
}

/** Key ids of each block's text, in order (sentences of one block run on). */
function blockRuns(p: Prepared, ids: KeyIds): Int32Array[] {
  const byBlock = new Map<number, number[]>();
  for (const u of p.units) {
    let run = byBlock.get(u.block);
    if (!run) byBlock.set(u.block, (run = []));
    for (const k of u.keys) run.push(ids.id(k));
  }
  return [...byBlock.values()].map((r) => Int32Array.from(r));
}

function hashAt(run: Int32Array, i: number): number {
  let h = 0x811c9dc5;
  for (let j = i; j < i + SHINGLE; j++) h = Math.imul(h ^ run[j], 0x01000193);
  return h >>> 0;
}

function shingleSet(runs: Int32Array[]): Set<number> {
  const set = new Set<number>();
  for (const run of runs) for (let i = 0; i + SHINGLE <= run.length; i++) set.add(hashAt(run, i));
  return set;
}

/** Tokens of `a` found in `b` (see scheme above). */
function sharedTokens(runs: Int32Array[], other: Set<number>): number {
  let found = 0;
  for (const run of runs) {
    const hit = new Uint8Array(run.length);
    for (let i = 0; i + SHINGLE <= run.length; i++) if (other.has(hashAt(run, i))) hit.fill(1, i, i + SHINGLE);
    for (const h of hit) found += h;
  }
  return found;
}

export interface Containment {
  /** Share of A's text found in B, and the reverse. */
  aInB: number;
  bInA: number;
  sharedA: number;
  sharedB: number;
}

export function containment(a: Prepared, b: Prepared): Containment {
  const ids = new KeyIds();
  const ra = blockRuns(a, ids);
  const rb = blockRuns(b, ids);
  const sharedA = sharedTokens(ra, shingleSet(rb));
  const sharedB = sharedTokens(rb, shingleSet(ra));
  const na = textSize(a);
  const nb = textSize(b);
  return { aInB: na ? sharedA / na : 0, bInA: nb ? sharedB / nb : 0, sharedA, sharedB };
}

export function decideSame(c: Containment): { same: boolean; reason: Msg } {
  const best = Math.max(c.aInB, c.bInA);
  const shared = Math.max(c.sharedA, c.sharedB);
  // Percent signs are in the messages: French writes "95 %".
  const pct = (x: number) => String(Math.round(x * 100));
  if (shared < MIN_SHARED_TOKENS) return { same: false, reason: counted('same_fewWords', shared) };
  if (best < SAME_MIN) return { same: false, reason: msg('same_belowThreshold', pct(best), pct(SAME_MIN)) };
  return { same: true, reason: msg('same_shares', pct(c.aInB), pct(c.bInA)) };
}

/** Pure: are `a` and `b` versions of the same text? reusedShare = share of a's text found in b. */
export function sameStory(a: Article, b: Article): { same: boolean; reusedShare: number; reason: Msg } {
  const c = containment(prepare(a), prepare(b));
  return { ...decideSame(c), reusedShare: c.aInB };
}
