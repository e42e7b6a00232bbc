// Text normalisation used for matching only: what the reader sees is never rewritten.
// Copy sites swap straight and curly quotes, dashes and spacing freely, so none of those
// may count as a change (see expected.json "typography").
import { intlLanguage } from './lang';

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
};
const TYPO_RE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026\u00A0]/g;

/** NFKC, straight quotes, ASCII dashes, single spaces. Keeps case. */
export function normaliseTypography(text: string): string {
  // Printable ASCII is already NFKC with plain quotes: only white space can change.
  if (/^[\x20-\x7E]*$/.test(text)) return text.includes('  ') || text[0] === ' ' || text.endsWith(' ') ? text.replace(/ +/g, ' ').trim() : text;
  return text
    .normalize('NFKC')
    .replace(TYPO_RE, (c) => QUOTE_MAP[c] ?? c)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Typography-normalised and case-folded: the form every comparison uses. */
export function foldForMatch(text: string): string {
  // toLowerCase is the root-locale mapping ('und') and ~20x faster than toLocaleLowerCase.
  return normaliseTypography(text).toLowerCase();
}

const wordSegmenters = new Map<string, Intl.Segmenter>();
const sentenceSegmenters = new Map<string, Intl.Segmenter>();

function segmenter(cache: Map<string, Intl.Segmenter>, lang: string, granularity: 'word' | 'sentence'): Intl.Segmenter {
  let s = cache.get(lang);
  if (!s) {
    s = new Intl.Segmenter(intlLanguage(lang), { granularity });
    cache.set(lang, s);
  }
  return s;
}

// Scripts written without spaces between words need Intl.Segmenter's dictionaries; text
// without them takes a regex that follows the same UAX #29 rules for the cases news text
// has ("U.S", "Europe's", "1,000" and "3.5" are one word; "Jean-Noel" is two) and is ~20x
// faster, which keeps compare() of a 10,000-word pair within its budget.
const NEEDS_SEGMENTER = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
export const WORD_RE = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})['’.](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

/** True when `text` can be split into words by WORD_RE rather than Intl.Segmenter. */
export const spaced = (text: string) => !NEEDS_SEGMENTER.test(text);

/** Word-like tokens (letters/numbers), locale-aware so CJK and Thai split properly. */
export function words(text: string, lang = 'en'): string[] {
  return spaced(text) ? (text.match(WORD_RE) ?? []) : segmenterWords(text, lang);
}

/**
 * The segmenter's words of `text` (what words() gives text that is not spaced()), segmented
 * about `piece` characters at a time, each piece cut before a space or CJK punctuation. Node 20's segmenter is
 * quadratic in the length it is given (a 40,000-character text takes 0.5 s, a 265,000-
 * character Japanese page 150 s; Chromium's is linear); per piece it stays linear. The words
 * are the same: UAX #29 breaks before a space whatever precedes it (no rule reads across
 * one, and dictionary segmentation of Han, kana or Thai runs stops at it), and a piece split
 * inside white space splits only a segment that is not a word. Only a run of more than 8,000
 * characters with no break at all (no prose; a hostile page) is cut inside, where one word
 * may be split in two.
 */
export function segmenterWords(text: string, lang = 'en', piece = 2000): string[] {
  const out: string[] = [];
  for (const s of wordSegments(text, lang, piece)) if (s.isWordLike) out.push(s.segment);
  return out;
}

/** Intl.Segmenter's word segments of `text`, given to it in pieces as segmenterWords explains. */
export function* wordSegments(text: string, lang = 'en', piece = 2000): Generator<{ segment: string; isWordLike?: boolean }> {
  const seg = segmenter(wordSegmenters, lang, 'word');
  for (let from = 0; from < text.length; ) {
    const to = from + piece < text.length ? pieceEnd(text, from + piece) : text.length;
    yield* seg.segment(text.slice(from, to));
    from = to;
  }
}

// Where a piece may end without changing a word: before a space, or before CJK sentence and
// clause punctuation (。、！？，．: a segment of its own, which no word and no dictionary run
// crosses). Japanese and Chinese prose has no spaces, so without these a paragraph was one
// piece, and a page with one long paragraph was quadratic again (80,000 characters: 13.5 s).
const PIECE_BREAK = /[ \u3001\u3002\uFF01\uFF0C\uFF0E\uFF1F]/g;

/** Characters past a piece's wanted end with no break at all: no prose has such a run. */
const RUN_MAX = 8000;

/** The first break at or after `at`; a run with none for RUN_MAX characters is cut there. */
function pieceEnd(text: string, at: number): number {
  PIECE_BREAK.lastIndex = at;
  const m = PIECE_BREAK.exec(text);
  return Math.min(m ? m.index : text.length, at + RUN_MAX);
}

/** Sentences, trimmed, empty ones dropped. */
// Sentence ends in spaced scripts: a terminal mark (and closing quotes or brackets) then space
// then what can start a sentence. UAX #29 breaks the same way for news prose; callers rejoin
// after abbreviations ("U.S. Secretary") as they would with Intl.Segmenter.
// Matched forwards from the terminal mark, not as a lookbehind before the space: a lookbehind
// is tried at every position, and with an unbounded run of closers in it a text of 48k '"'
// was re-read from each one, O(n²) (issue 14). The closers are bounded too ({0,4}): real
// sentence ends carry one or two ('."', '.")').
const SENTENCE_END = /[.!?]["”’)\]]{0,4}(\s+)(?=["“‘'([]?[\p{Lu}\p{N}])/gu;

function spacedSentences(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const end = m.index + m[0].length;
    out.push(text.slice(from, end - m[1].length));
    from = end;
  }
  out.push(text.slice(from));
  return out;
}

export function sentences(text: string, lang = 'en'): string[] {
  if (spaced(text))
    return spacedSentences(text)
      .map((x) => x.trim())
      .filter(Boolean);
  const out: string[] = [];
  for (const seg of sentenceSegments(text, lang)) {
    const s = seg.trim();
    if (s) out.push(s);
  }
  return out;
}

/**
 * Intl.Segmenter's sentences of `text`, given to it about `piece` characters at a time (Node
 * 20's segmenter is quadratic in the length it is given, see segmenterWords: a 95,000-
 * character Japanese paragraph spent 2.1 s here in compare()). A piece's last sentence may
 * have been cut, so it is segmented again at the head of the next piece; sentence breaks
 * are rule-based (UAX #29, no dictionary) and do not depend on text a sentence later. A
 * piece with no break at all grows to RUN_MAX characters and is then cut there.
 */
export function sentenceSegments(text: string, lang = 'en', piece = 2000): string[] {
  const seg = segmenter(sentenceSegmenters, lang, 'sentence');
  const out: string[] = [];
  for (let from = 0, size = piece; from < text.length; ) {
    const end = Math.min(text.length, from + size);
    const parts = [...seg.segment(text.slice(from, end))];
    if (end === text.length) {
      for (const p of parts) out.push(p.segment);
      break;
    }
    if (parts.length < 2) {
      if (size < RUN_MAX) {
        size = Math.min(RUN_MAX, size * 2);
        continue;
      }
      out.push(parts[0].segment);
      from = end;
      size = piece;
      continue;
    }
    const last = parts[parts.length - 1];
    for (const p of parts.slice(0, -1)) out.push(p.segment);
    from += last.index;
    size = piece;
  }
  return out;
}

/**
 * `text.split(/\s+/).length` counted without building the array, and only up to `max + 1`:
 * the line rules ask "more than N words?" of every paragraph, long ones included.
 */
export function splitLengthUpTo(text: string, max: number): number {
  let n = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && n <= max; i++) {
    const c = text.charCodeAt(i);
    // JavaScript's \s: tab, LF, VT, FF, CR, space, NBSP, U+1680, U+2000–200A, LS, PS, U+202F, U+205F, U+3000, BOM.
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      (c >= 0xa0 &&
        (c === 0xa0 ||
          c === 0x1680 ||
          (c >= 0x2000 && c <= 0x200a) ||
          c === 0x2028 ||
          c === 0x2029 ||
          c === 0x202f ||
          c === 0x205f ||
          c === 0x3000 ||
          c === 0xfeff));
    if (space && !inSpace) n++;
    inSpace = space;
  }
  return n;
}
