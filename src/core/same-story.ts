// "Is this a version of that text?" — word-shingle containment over the article text only
// (page junk and credit lines removed by prepare.ts), on matching keys so that US/UK
// spelling, number style, case and typography do not break shingles.
//
// Scheme: every run of SHINGLE keys inside a block is hashed; a token of A counts as found
// in B when any A-shingle containing it occurs in B. reusedShare(A,B) = found tokens / all
// tokens of A. A single changed word then costs about one token, not SHINGLE tokens.
// Decision: the two are versions of one text when the larger of the two containments is at
// least SAME_MIN (a trimmed copy is contained in its source but not the reverse) and at
// least MIN_SHARED_TOKENS tokens are shared (two stubs sharing a dateline are not a story).
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

function shingleSet(p: Prepared): Set<string> {
  const set = new Set<string>();
  for (const u of p.units) for (let i = 0; i + SHINGLE <= u.keys.length; i++) set.add(u.keys.slice(i, i + SHINGLE).join(' '));
  // Shingles across sentence boundaries inside one block, so split/merged sentences still match.
  const byBlock = new Map<number, string[]>();
  for (const u of p.units) byBlock.set(u.block, [...(byBlock.get(u.block) ?? []), ...u.keys]);
  for (const ks of byBlock.values()) for (let i = 0; i + SHINGLE <= ks.length; i++) set.add(ks.slice(i, i + SHINGLE).join(' '));
  return set;
}

/** Tokens of `a` found in `b` (see scheme above). */
export function sharedTokens(a: Prepared, bShingles: Set<string>): number {
  let found = 0;
  const byBlock = new Map<number, string[]>();
  for (const u of a.units) byBlock.set(u.block, [...(byBlock.get(u.block) ?? []), ...u.keys]);
  for (const ks of byBlock.values()) {
    const hit = new Uint8Array(ks.length);
    for (let i = 0; i + SHINGLE <= ks.length; i++) {
      if (bShingles.has(ks.slice(i, i + SHINGLE).join(' '))) hit.fill(1, i, i + SHINGLE);
    }
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
  const sharedA = sharedTokens(a, shingleSet(b));
  const sharedB = sharedTokens(b, shingleSet(a));
  const na = textSize(a);
  const nb = textSize(b);
  return { aInB: na ? sharedA / na : 0, bInA: nb ? sharedB / nb : 0, sharedA, sharedB };
}

export function decideSame(c: Containment): { same: boolean; reason: string } {
  const best = Math.max(c.aInB, c.bInA);
  const shared = Math.max(c.sharedA, c.sharedB);
  const pct = (x: number) => `${Math.round(x * 100)}%`;
  if (shared < MIN_SHARED_TOKENS) return { same: false, reason: `only ${shared} words of article text in common` };
  if (best < SAME_MIN) return { same: false, reason: `at most ${pct(best)} of either text is found in the other (threshold ${pct(SAME_MIN)})` };
  return { same: true, reason: `${pct(c.aInB)} of this text is found in the other, ${pct(c.bInA)} of the other in this` };
}

/** Pure: are `a` and `b` versions of the same text? reusedShare = share of a's text found in b. */
export function sameStory(a: Article, b: Article): { same: boolean; reusedShare: number; reason: string } {
  const c = containment(prepare(a), prepare(b));
  return { ...decideSame(c), reusedShare: c.aInB };
}
