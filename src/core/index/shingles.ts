// Word shingles of an article's matching form, hashed to 32 bits. Shingles are taken over
// foldForMatch'd words so that typography and case (which copy sites change freely, see
// expected.json "typography") never lower the similarity of two versions.
//
// Every band key and signature stored in a reader's library or a shared index comes from
// here, so the output must never change: the fast path below computes, for every input,
// exactly the hashes of the plain definition (foldForMatch → matchWords → hashString per
// word → distinct shingles in first-occurrence order). fingerprint.reference.ts keeps that
// definition frozen and shingles.test.ts compares the two on generated and adversarial text.
import { foldForMatch, segmenterWords, spaced, words } from '../text/normalise';
import type { Article } from '../types';

/** Words per shingle. 3 keeps edited copies similar (one changed word breaks only 3
 * shingles) while unrelated news articles rarely share 3-word runs beyond stock phrases. */
export const SHINGLE_WORDS = 3;

/** The text that identifies a version: headline, deck and body, in reading order. */
export function articleText(article: Pick<Article, 'title' | 'subtitle' | 'blocks'>): string {
  const parts = [article.title, article.subtitle ?? '', ...article.blocks.map((b) => b.text)];
  return parts.filter(Boolean).join('\n');
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a over UTF-16 code units: cheap, stable across runs and engines. */
export function hashString(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, FNV_PRIME);
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
const WORD_CHAR = /^[\p{L}\p{N}\p{M}]$/u;

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

// Code unit classes for the scanner below, which finds WORD_RE's matches by hand.
const UNKNOWN = 0;
const WORD = 1;
/** An apostrophe in folded text: ' itself and what normaliseTypography turns into ' (hashed as '). */
const APOSTROPHE = 2;
const DOT = 3;
const OTHER = 4;
const HIGH_SURROGATE = 5;
/** Units the scanner stops at and leaves to slower exact code: zero-width characters
 * (normaliseTypography deletes them, which can join words) and scripts written without spaces. */
const ZERO_WIDTH = 6;
const NO_SPACE = 7;
/** Class of each BMP code unit, filled in as the units are met (a regex test or two each, once). */
const CLASS = new Uint8Array(0x10000);
const classify = (ch: string) => (NO_SPACE_SCRIPTS.test(ch) ? NO_SPACE : WORD_CHAR.test(ch) ? WORD : OTHER);
for (let c = 0; c < 0x80; c++) CLASS[c] = classify(String.fromCharCode(c));
CLASS[0x27] = APOSTROPHE;
CLASS[0x2e] = DOT;
// normaliseTypography's quote map sends these to ': in text not yet through it they join words as ' does.
// (` is special-cased: printable-ASCII text skips the quote map, see wordHashes.)
for (const c of [0x2018, 0x2019, 0x201a, 0x201b, 0x2032, 0x00b4]) CLASS[c] = APOSTROPHE;
for (const c of [0x200b, 0x200c, 0x200d, 0xfeff]) CLASS[c] = ZERO_WIDTH;
for (let c = 0xd800; c < 0xdc00; c++) CLASS[c] = HIGH_SURROGATE;
for (let c = 0xdc00; c < 0xe000; c++) CLASS[c] = OTHER; // a lone low surrogate: never a letter
/** Classes of astral code points met so far (bounded: a page can hold any number of them). */
const ASTRAL = new Map<number, number>();

function classOf(c: number): number {
  const k = CLASS[c];
  if (k !== UNKNOWN) return k;
  return (CLASS[c] = classify(String.fromCharCode(c)));
}

/** The length in code units of the word character at `i` (1 or 2), 0 for another character,
 * -1 for one the scanner leaves to exact code (ZERO_WIDTH, NO_SPACE). */
function wordAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  const k = c < 0x80 ? CLASS[c] : classOf(c);
  if (k === WORD) return 1;
  if (k === ZERO_WIDTH || k === NO_SPACE) return -1;
  if (k !== HIGH_SURROGATE || i + 1 >= s.length) return 0;
  const d = s.charCodeAt(i + 1);
  if (d < 0xdc00 || d > 0xdfff) return 0;
  const cp = (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  let a = ASTRAL.get(cp);
  if (a === undefined) {
    a = classify(String.fromCodePoint(cp));
    if (ASTRAL.size >= 4096) ASTRAL.clear();
    ASTRAL.set(cp, a);
  }
  return a === WORD ? 2 : a === NO_SPACE ? -1 : 0;
}

/** ASCII word characters as foldForMatch leaves them (capitals lowered); 0 for the rest. */
const ASCII_FOLDED = new Uint8Array(0x80);
for (let c = 0; c < 0x80; c++) if (CLASS[c] === WORD) ASCII_FOLDED[c] = String.fromCharCode(c).toLowerCase().charCodeAt(0);

let wordBuf = new Uint32Array(4096);

/** What scanWords returns when it stops: text it leaves to other code. */
const NOT_RAW = -1;
const NEEDS_EXACT = -2;

// Raw text (not yet NFKC'd nor lowered) can be scanned as it is when each of its non-ASCII
// units is, wherever it stands, left alone by NFKC (not a mark, so it never composes with
// or reorders against a neighbour) and lowered to one unit without context (not capital
// sigma): accented Latin, Greek, Cyrillic and typographic punctuation, i.e. most news
// text. NBSP and … are not NFKC-stable but become a space and '...', which split words as
// they do. Anything else (RAW_UNSAFE) sends the text down the NFKC path.
const RAW_UNSAFE = 8;
const RAW_LIMIT = 0x20d0;
const RAW_RANGES = [
  [0x80, 0x24f], // Latin-1 Supplement, Latin Extended-A and -B
  [0x370, 0x52f], // Greek and Coptic, Cyrillic and its Supplement
  [0x1e00, 0x1eff], // Latin Extended Additional (Vietnamese)
  [0x2010, 0x20cf], // General Punctuation (not its spaces), superscripts, currency
];
const RAW_CLASS = new Uint8Array(RAW_LIMIT);
/** The unit foldForMatch leaves for a RAW_CLASS WORD unit (its lowercase). */
const RAW_FOLDED = new Uint16Array(RAW_LIMIT);

function rawClassOf(c: number): number {
  if (c >= RAW_LIMIT) return RAW_UNSAFE;
  const k = RAW_CLASS[c];
  if (k !== UNKNOWN) return k;
  return (RAW_CLASS[c] = classifyRaw(c));
}

function classifyRaw(c: number): number {
  if (c === 0xa0 || c === 0x2026) return OTHER;
  if (!RAW_RANGES.some(([from, to]) => c >= from && c <= to) || c === 0x3a3) return RAW_UNSAFE;
  const ch = String.fromCharCode(c);
  const k = classOf(c);
  // Marks (within RAW_RANGES only U+0483–0489, which compose with nothing) are refused so that a
  // wider range stays safe.
  if (ch.normalize('NFKC') !== ch || /\p{M}/u.test(ch) || k === ZERO_WIDTH || k === NO_SPACE) return RAW_UNSAFE;
  const lower = ch.toLowerCase();
  if (lower.length !== 1) return RAW_UNSAFE;
  if (k === WORD && classOf(lower.charCodeAt(0)) === WORD) {
    RAW_FOLDED[c] = lower.charCodeAt(0);
    return WORD;
  }
  return lower === ch && (k === APOSTROPHE || k === OTHER) ? k : RAW_UNSAFE;
}

/**
 * Writes to wordBuf the hashString of each WORD_RE match of `s` as foldForMatch would leave
 * it, given that `s` differs from its folded form only by (a) ASCII capitals, (b) the quote
 * map's apostrophes (matched and hashed as '), and (c) white space; returns the count.
 * `raw`: `s` is the text as given, and the scan stops (NOT_RAW) at its first RAW_UNSAFE unit.
 * Otherwise it stops (NEEDS_EXACT) at the first ZERO_WIDTH or NO_SPACE unit.
 * The regex has no backtracking to mirror: a run of word characters, then as long as an
 * apostrophe or dot is followed by a word character, that mark and the next run.
 */
function scanWords(s: string, raw: boolean): number {
  const n = s.length;
  let count = 0;
  let h = 0;
  let inWord = false;
  /** Does ` join words? Only when the quote map ran: not in printable ASCII (decided when first needed). */
  let backtickIsQuote = raw ? -1 : 1;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      const f = ASCII_FOLDED[c];
      if (f !== 0) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
        }
        h = Math.imul(h ^ f, FNV_PRIME);
        continue;
      }
    } else if (raw) {
      const k = rawClassOf(c);
      if (k === WORD) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
        }
        h = Math.imul(h ^ RAW_FOLDED[c], FNV_PRIME);
        continue;
      }
      if (k === RAW_UNSAFE) return NOT_RAW;
    } else {
      const len = wordAt(s, i);
      if (len > 0) {
        if (!inWord) {
          h = FNV_OFFSET;
          inWord = true;
        }
        h = Math.imul(h ^ c, FNV_PRIME);
        if (len === 2) h = Math.imul(h ^ s.charCodeAt(++i), FNV_PRIME);
        continue;
      }
      if (len < 0) return NEEDS_EXACT;
    }
    if (!inWord) continue;
    // Not a word character, after a word: an apostrophe or dot followed by a word character joins.
    if (i + 1 < n && (c === 0x27 || c === 0x2e || (c < 0x80 ? c === 0x60 : CLASS[c] === APOSTROPHE)) && wordAt(s, i + 1) > 0) {
      if (c === 0x60) {
        if (backtickIsQuote < 0) backtickIsQuote = isPrintableAscii(s) ? 0 : 1;
        if (backtickIsQuote === 0) {
          if (count === wordBuf.length) growWordBuf();
          wordBuf[count++] = h >>> 0;
          inWord = false;
          continue;
        }
      }
      h = Math.imul(h ^ (c === 0x2e ? 0x2e : 0x27), FNV_PRIME);
      continue;
    }
    if (count === wordBuf.length) growWordBuf();
    wordBuf[count++] = h >>> 0;
    inWord = false;
  }
  if (inWord) {
    if (count === wordBuf.length) growWordBuf();
    wordBuf[count++] = h >>> 0;
  }
  return count;
}

function growWordBuf(): void {
  const bigger = new Uint32Array(wordBuf.length * 2);
  bigger.set(wordBuf);
  wordBuf = bigger;
}

/** normaliseTypography returns printable ASCII as it is but for spaces (no quote map). */
const isPrintableAscii = (s: string) => /^[\x20-\x7E]*$/.test(s);

const HAS_ZERO_WIDTH = /[\u200B-\u200D\uFEFF]/;
const ZERO_WIDTHS = /[\u200B-\u200D\uFEFF]/g;

/**
 * Hashes of the words matchWords(foldForMatch(text)) would give, into wordBuf; the count.
 * Builds no folded string and no word strings on the paths real text takes:
 * - ASCII, and text whose other characters are all raw-safe (see RAW_CLASS): already NFKC
 *   in effect; foldForMatch only lowers capitals, turns ` and the quote map's apostrophes
 *   into ' (` not in printable ASCII, which normaliseTypography returns unchanged but for
 *   spaces) and rewrites white space, which no word contains.
 * - Other text: NFKC first as normaliseTypography does, then lowered. Lowering commutes with
 *   the quote map, the zero-width removal and the white-space rewrite (all their characters
 *   lower to themselves) except through the one context-dependent lowercase mapping, Greek
 *   final sigma; text with a capital sigma therefore takes foldForMatch itself.
 * - Scripts without spaces take the segmenter, on foldForMatch's output, as before.
 */
function wordHashes(text: string, lang: string): number {
  const raw = scanWords(text, true);
  if (raw >= 0) return raw;
  const nfkc = text.normalize('NFKC');
  let lowered = nfkc.includes('\u03A3') ? foldForMatch(text) : nfkc.toLowerCase();
  let count = scanWords(lowered, false);
  if (count < 0 && HAS_ZERO_WIDTH.test(lowered)) {
    lowered = lowered.replace(ZERO_WIDTHS, '');
    count = scanWords(lowered, false);
  }
  if (count >= 0) return count;
  const folded = foldForMatch(text);
  const ws = spaced(folded) ? words(folded, lang) : segmenterWords(folded, lang);
  if (ws.length > wordBuf.length) wordBuf = new Uint32Array(ws.length);
  for (let i = 0; i < ws.length; i++) wordBuf[i] = hashString(ws[i]);
  return ws.length;
}

/** Distinct 32-bit hashes of the word shingles of `text` (already any casing/typography). */
export function shingleHashes(text: string, lang = 'en', k = SHINGLE_WORDS): Uint32Array {
  const n = wordHashes(text, lang); // before reading wordBuf: it may have grown
  const shingles = distinctShingles(wordBuf, n, k);
  if (wordBuf.length > KEEP_SLOTS) wordBuf = new Uint32Array(4096);
  return shingles;
}

/** Distinct shingle hashes of a sequence of word hashes (what shingleHashes hashes). */
export function shinglesOfWords(ws: ArrayLike<number>, k = SHINGLE_WORDS): Uint32Array {
  return distinctShingles(ws, ws.length, k);
}

// The shingles are de-duplicated in an open-addressing table, not a Set (0 marks an empty
// slot; the shingle 0 is tracked apart). One table is kept for texts up to KEEP_SLOTS / 2
// words; a longer text gets one of its own.
const KEEP_SLOTS = 1 << 17;

class ShingleTable {
  readonly slots: Uint32Array;
  /** Distinct shingles in first-occurrence order. */
  readonly out: Uint32Array;
  /** fmix32 of each word as a shingle's first: every shingle chain starts with one. */
  readonly first: Uint32Array;
  constructor(readonly size: number) {
    this.slots = new Uint32Array(size);
    this.out = new Uint32Array(size);
    this.first = new Uint32Array(size);
  }
}
let table = new ShingleTable(1024);

/** The shingles of ws[0, n), each kept at its first occurrence (passages.ts reads them in text order). */
function distinctShingles(ws: ArrayLike<number>, n: number, k: number): Uint32Array {
  if (!Number.isInteger(k) || k < 1) throw new RangeError(`shingle length must be a positive integer, not ${k}`);
  if (n === 0) return new Uint32Array(0);
  if (n < k) {
    // A very short text still gets one shingle so it can be matched exactly.
    let h = 0;
    for (let i = 0; i < n; i++) h = fmix32(h ^ ws[i]) ^ Math.imul(h, 31);
    return Uint32Array.of(h >>> 0);
  }
  let size = 16;
  while (size < n * 2) size *= 2; // at most n shingles: the table stays at most half full
  let t = table;
  if (t.size < size) {
    t = new ShingleTable(size);
    if (size <= KEEP_SLOTS) table = t;
  }
  const { slots, out, first } = t;
  slots.fill(0, 0, size);
  const mask = size - 1;
  for (let i = 0; i < n; i++) first[i] = fmix32((0x9e3779b9 ^ ws[i]) + 0);
  let count = 0;
  let zeroSeen = false;
  for (let i = 0; i + k <= n; i++) {
    let h = first[i];
    for (let j = 1; j < k; j++) h = fmix32((h ^ ws[i + j]) + j);
    // h < 2^32 + k - 1: the number the Set of the plain definition held, and Uint32Array
    // wrapped. Only values ≥ 2^32 wrap, onto [0, k - 2], which no unwrapped h reaches.
    const v = h >>> 0;
    if (v === 0) {
      if (!zeroSeen) out[count++] = 0;
      zeroSeen = true;
      continue;
    }
    let p = v & mask;
    for (;;) {
      const slot = slots[p];
      if (slot === 0) {
        slots[p] = v;
        out[count++] = v;
        break;
      }
      if (slot === v) break;
      p = (p + 1) & mask;
    }
  }
  return out.slice(0, count);
}
