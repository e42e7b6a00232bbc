// Word shingles of an article's matching form, hashed to 32 bits. Shingles are taken over
// foldForMatch'd words so that typography and case (which copy sites change freely, see
// expected.json "typography") never lower the similarity of two versions.
import { foldForMatch, words } from '../text/normalise';
import type { Article } from '../types';

/** Words per shingle. 3 keeps edited copies similar (one changed word breaks only 3
 * shingles) while unrelated news articles rarely share 3-word runs beyond stock phrases. */
export const SHINGLE_WORDS = 3;

/** The text that identifies a version: headline, deck and body, in reading order. */
export function articleText(article: Pick<Article, 'title' | 'subtitle' | 'blocks'>): string {
  const parts = [article.title, article.subtitle ?? '', ...article.blocks.map((b) => b.text)];
  return parts.filter(Boolean).join('\n');
}

/** FNV-1a over UTF-16 code units: cheap, stable across runs and engines. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3's finaliser: a bijection on 32-bit integers with good avalanche. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

// Scripts written without spaces between words need a dictionary-based segmenter.
const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
// Letters and digits, with inner apostrophes and dots kept ("don't", "u.s").
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['.][\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Words of folded text. Intl.Segmenter costs ~10 ms for a 700-word article in Node,
 * which alone would cap indexing near 100 articles/s; for space-separated scripts a
 * Unicode regex gives the same word boundaries for matching purposes at a fraction of the
 * cost, so the segmenter is kept for the scripts that need it.
 */
export function matchWords(folded: string, lang = 'en'): string[] {
  if (NO_SPACE_SCRIPTS.test(folded)) return words(folded, lang);
  return folded.match(WORD_RE) ?? [];
}

/** Distinct 32-bit hashes of the word shingles of `text` (already any casing/typography). */
export function shingleHashes(text: string, lang = 'en', k = SHINGLE_WORDS): Uint32Array {
  return shinglesOfWords(matchWords(foldForMatch(text), lang).map(hashString), k);
}

/** Distinct shingle hashes of a sequence of word hashes (what shingleHashes hashes). */
export function shinglesOfWords(ws: ArrayLike<number>, k = SHINGLE_WORDS): Uint32Array {
  const out = new Set<number>();
  if (ws.length === 0) return new Uint32Array(0);
  if (ws.length < k) {
    // A very short text still gets one shingle so it can be matched exactly.
    let h = 0;
    for (let i = 0; i < ws.length; i++) h = fmix32(h ^ ws[i]) ^ Math.imul(h, 31);
    out.add(h >>> 0);
  }
  for (let i = 0; i + k <= ws.length; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < k; j++) h = fmix32((h ^ ws[i + j]) + j);
    out.add(h);
  }
  return Uint32Array.from(out);
}
