// Word diff inside one aligned unit pair (never across a whole article: align.ts pairs the
// units first). jsdiff's diffArrays runs on our own tokens (words and punctuation marks,
// whitespace kept aside for display) with a comparator that ignores case and US/UK spelling,
// so "Defence"/"defense" lines up as one token whose difference classify.ts names as style.
// Budget: MAX_EDIT tokens of edit distance; past it jsdiff gives up and the pair is reported
// as one replaced passage.
import { diffArrays } from 'diff';
import { normaliseTypography, spaced, WORD_RE, wordSegments } from './text/normalise';
import { canonicalSpelling } from './text/spelling';

export interface DTok {
  text: string;
  word: boolean;
  /** White space before the token in its text (for rebuilding display strings). */
  pre: string;
  loose: string;
}

export type Hunk = { op: 'equal'; copy: DTok[]; known: DTok[] } | { op: 'change'; copy: DTok[]; known: DTok[] };

/** Maximum edit length (in tokens) jsdiff may explore for one unit pair. */
export const MAX_EDIT = 400;

/** Diff comparator key: case, US/UK spelling and abbreviation periods ("U.S" = "US") ignored. */
const LOOSE = new Map<string, string>();
function looseKey(w: string): string {
  let k = LOOSE.get(w);
  if (k === undefined) {
    if (LOOSE.size > 50_000) LOOSE.clear(); // bounded memo, as tokens.ts KEY_CACHE
    LOOSE.set(w, (k = canonicalSpelling(w.toLowerCase()).replace(/\./g, '')));
  }
  return k;
}

// Words (as normalise.ts WORD_RE) or any single non-space mark, with the spaces before it.
// One exec loop (not matchAll, which allocates an iterator result per token) over a regex
// whose groups already say word or mark.
const FAST_TOKEN = new RegExp(`(\\s*)(?:(${WORD_RE.source})|(\\S))`, 'gu');
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** A WORD_RE match is a word unless it is only marks and underscores ("_"). */
function isWordMatch(w: string): boolean {
  const c = w.charCodeAt(0);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return true;
  return HAS_LETTER_OR_DIGIT.test(w);
}

export function diffTokens(text: string, lang = 'en'): DTok[] {
  const norm = normaliseTypography(text);
  if (spaced(norm)) {
    const out: DTok[] = [];
    FAST_TOKEN.lastIndex = 0;
    for (let m = FAST_TOKEN.exec(norm); m; m = FAST_TOKEN.exec(norm)) {
      const w = m[2];
      if (w !== undefined && isWordMatch(w)) out.push({ text: w, word: true, pre: m[1], loose: looseKey(w) });
      else {
        const t = w ?? m[3];
        out.push({ text: t, word: false, pre: m[1], loose: t });
      }
    }
    return out;
  }
  const out: DTok[] = [];
  let pre = '';
  // In pieces (normalise.ts wordSegments): Node 20's segmenter is quadratic in its input.
  for (const s of wordSegments(norm, lang)) {
    if (/^\s+$/.test(s.segment)) {
      pre += s.segment;
      continue;
    }
    const word = !!s.isWordLike;
    // Punctuation runs (", " or ".\"") come as one segment; split them so each mark is a token.
    const parts = word ? [s.segment] : [...s.segment.replace(/\s+/g, '')];
    parts.forEach((p, i) => {
      out.push({ text: p, word, pre: i === 0 ? pre : '', loose: word ? looseKey(p) : p });
    });
    pre = '';
  }
  return out;
}

/** Display text of a token run. */
export function show(toks: DTok[]): string {
  return toks.map((t, i) => (i === 0 ? t.text : t.pre + t.text)).join('');
}

/** Hunks of copy vs known. `gaveUp` when the budget was exceeded. `toks`: diffTokens() of either, when known. */
export function wordDiff(copy: string, known: string, lang = 'en', toks: { copy?: DTok[]; known?: DTok[] } = {}): { hunks: Hunk[]; gaveUp: boolean } {
  const c = toks.copy ?? diffTokens(copy, lang);
  // Copies keep most sentences word for word: equal texts are one equal hunk without a diff.
  if (copy === known && c.length) return { hunks: [{ op: 'equal', copy: c, known: c.slice() }], gaveUp: false };
  const k = toks.known ?? diffTokens(known, lang);
  // Token for token equal under the comparator (typography or case only): what jsdiff returns, without it.
  if (c.length && c.length === k.length && c.every((t, i) => t.loose === k[i].loose)) return { hunks: [{ op: 'equal', copy: c, known: k }], gaveUp: false };
  const changes = diffArrays(k, c, { comparator: (x, y) => x.loose === y.loose, maxEditLength: MAX_EDIT });
  if (!changes) return { hunks: [{ op: 'change', copy: c, known: k }], gaveUp: true };
  const hunks: Hunk[] = [];
  let ci = 0;
  let ki = 0;
  for (const ch of changes) {
    const n = ch.count;
    if (!ch.added && !ch.removed) {
      hunks.push({ op: 'equal', copy: c.slice(ci, ci + n), known: k.slice(ki, ki + n) });
      ci += n;
      ki += n;
      continue;
    }
    let last = hunks[hunks.length - 1];
    if (last?.op !== 'change') hunks.push((last = { op: 'change', copy: [], known: [] }));
    if (ch.added) {
      last.copy.push(...c.slice(ci, ci + n));
      ci += n;
    } else {
      last.known.push(...k.slice(ki, ki + n));
      ki += n;
    }
  }
  return { hunks, gaveUp: false };
}
