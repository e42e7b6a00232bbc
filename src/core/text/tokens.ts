// Word tokens with their place in the text, and the matching key each one gets. The key
// folds every difference the engine treats as style before text is compared: typography
// and case (normalise.ts), US/UK spelling (spelling.ts) and number style ("five per cent"
// and "5%" both become "5"). Keys are for matching only; the reader always sees the text.
import { normaliseTypography, words } from './normalise';
import { canonicalSpelling } from './spelling';

export interface Token {
  /** The word as the text has it (typography normalised). */
  text: string;
  /** Matching key: folded, canonical spelling and number style. '' = ignored in matching. */
  key: string;
}

const NUMBER_WORDS: Record<string, string> = {
  zero: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
  ten: '10',
  eleven: '11',
  twelve: '12',
  thirteen: '13',
  fourteen: '14',
  fifteen: '15',
  sixteen: '16',
  seventeen: '17',
  eighteen: '18',
  nineteen: '19',
  twenty: '20',
  thirty: '30',
  forty: '40',
  fifty: '50',
  sixty: '60',
  seventy: '70',
  eighty: '80',
  ninety: '90',
  hundred: '100',
  thousand: '1000',
  million: '1000000',
  billion: '1000000000',
};

/** "five" → "5", "1,000" → "1000"; other words unchanged. */
export function numberKey(folded: string): string {
  const c = folded.charCodeAt(0);
  if (c >= 48 && c <= 57 && /^\d{1,3}(,\d{3})+(\.\d+)?$/.test(folded)) return folded.replace(/,/g, '');
  return NUMBER_WORDS[folded] ?? folded;
}

/** Key of one word (already typography-normalised by the caller). */
// Words repeat: their keys are memoised (bounded, so a long-lived worker does not grow it forever).
const KEY_CACHE = new Map<string, string>();
const KEY_CACHE_MAX = 50_000;

export function wordKey(word: string): string {
  const hit = KEY_CACHE.get(word);
  if (hit !== undefined) return hit;
  if (KEY_CACHE.size >= KEY_CACHE_MAX) KEY_CACHE.clear();
  const k = computeKey(word);
  KEY_CACHE.set(word, k);
  return k;
}

function computeKey(word: string): string {
  // Abbreviation periods do not make another word: "U.S" (from "U.S.") and "US" share a key.
  const f = /\p{L}\.\p{L}/u.test(word) ? word.toLowerCase().replace(/\./g, '') : word.toLowerCase();
  // "per cent", "percent" and "%" are one unit; % is not a word, so drop the words too.
  if (f === 'percent' || f === 'cent' || f === 'per') return f === 'per' ? 'per' : '';
  return numberKey(canonicalSpelling(f));
}

/** Tokens of a text: words only, with matching keys. */
export function tokenize(text: string, lang = 'en'): Token[] {
  const out: Token[] = words(normaliseTypography(text), lang).map((w) => ({ text: w, key: wordKey(w) }));
  // "per cent": drop the "per" that precedes "cent" (kept elsewhere: "per day").
  for (let i = 0; i + 1 < out.length; i++) {
    if (out[i].key === 'per' && out[i + 1].text.toLowerCase() === 'cent') out[i].key = '';
  }
  return out.filter((t) => t.key !== '');
}

/** Matching keys of a text. */
// Same keys as tokenize(), without a Token object per word (prepare() keys every sentence).
export function keys(text: string, lang = 'en'): string[] {
  const ws = words(normaliseTypography(text), lang);
  const out: string[] = [];
  for (let i = 0; i < ws.length; i++) {
    const k = wordKey(ws[i]);
    if (k === '' || (k === 'per' && i + 1 < ws.length && ws[i + 1].toLowerCase() === 'cent')) continue;
    out.push(k);
  }
  return out;
}

/**
 * Levenshtein distance, bounded: returns max+1 as soon as it is exceeded. Only the band of
 * cells within `max` of the diagonal can hold a distance ≤ max (Ukkonen), so the work is
 * O(min(|a|, |b|) · max), not O(|a| · |b|): a 40k-character token changed by one character
 * took 39 s before (issue 14).
 */
export function editDistance(a: string, b: string, max = 3): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const over = max + 1;
  const n = b.length;
  // prev[j] / cur[j] for j in [i - max, i + max]; cells outside the band count as over.
  let prev = new Int32Array(n + 1);
  let cur = new Int32Array(n + 1);
  for (let j = 0; j <= n; j++) prev[j] = j <= max ? j : over;
  for (let i = 1; i <= a.length; i++) {
    const lo = Math.max(1, i - max);
    const hi = Math.min(n, i + max);
    cur[lo - 1] = lo === 1 ? Math.min(i, over) : over;
    let rowMin = cur[lo - 1];
    for (let j = lo; j <= hi; j++) {
      const up = j <= i - 1 + max ? prev[j] : over; // prev row's band ends at i - 1 + max
      const v = Math.min(up + 1, cur[j - 1] + 1, prev[j - 1] + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1), over);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (hi < n) cur[hi + 1] = over;
    if (rowMin > max) return over;
    [prev, cur] = [cur, prev];
  }
  return Math.min(prev[n], over);
}
