// The fast fingerprint code must give, for every text, the keys the plain definition gave:
// those keys are stored in readers' libraries and shared indexes, and the extension and the
// server must agree on them. fingerprint.reference.ts is that definition, frozen; this file
// compares the two on generated adversarial text (every path of the scanner in shingles.ts:
// ASCII, printable ASCII, NFKC, capital sigma, zero-width characters, scripts without
// spaces, surrogates) and on long texts that outgrow the reusable buffers.
import { describe, expect, it } from 'vitest';
import { foldForMatch, segmenterWords, spaced, words } from '../text/normalise';
import { fingerprintShingles, fingerprintText } from './fingerprint';
import {
  referenceFingerprintShingles,
  referenceFingerprintText,
  referenceFoldForMatch,
  referenceShingleHashes,
  referenceShinglesOfWords,
} from './fingerprint.reference';
import { shingleHashes, shinglesOfWords } from './shingles';
import { ArticleGenerator, rng } from './synthetic';

/** Pieces text is built from: each stands for a class of input the scanner treats apart. */
const PIECES = [
  // ASCII words, case, digits, and the marks that join words (or do not)
  'Paris',
  'TALKS',
  'u.s',
  'U.S.',
  "don't",
  "'tis",
  "rock'n'roll",
  'a..b',
  'x.',
  '3.5',
  '1,000',
  'e-mail',
  'snake_case',
  'don`t',
  '`',
  "'",
  '.',
  '..',
  '...',
  // typography the quote map rewrites
  '\u2018',
  '\u2019',
  '\u201A',
  '\u201B',
  '\u2032',
  '\u2033',
  '\u00B4',
  '\u201C',
  '\u201D',
  '\u201E',
  '\u00AB',
  '\u00BB',
  '\u2014',
  '\u2013',
  '\u2212',
  '\u2026',
  '\u00A0',
  'Europe\u2019s',
  '\u0430\u0487',
  'l\u2019\u00E9t\u00E9',
  'a\u2032b',
  'a\u2033b',
  'a\u00B4b',
  'rock\u2018n\u2019roll',
  // white space and controls
  ' ',
  '  ',
  '\n',
  '\n\n',
  '\t',
  '\r\n',
  '\u2028',
  '\u3000',
  '\u202F',
  '\x00',
  '\x7F',
  '\x85',
  '\x1B',
  // zero-width characters (deleted by normaliseTypography, which joins what they split)
  '\u200B',
  '\u200C',
  '\u200D',
  '\uFEFF',
  'ab\u200Bcd',
  "it\u200B's",
  // NFKC and lowercase at work
  '\uFB01ne',
  '\uFF21\uFF22\uFF23',
  '\u212A',
  '\u00BD',
  '\u00B2',
  '\u216B',
  '\u24B6',
  'e\u0301',
  '\u0301x',
  'I\u0307',
  '\u0130stanbul',
  'STRA\u1E9EE',
  'stra\u00DFe',
  '\u1100\u1161\u11A8',
  '\uD835\uDC00\uD835\uDC01',
  '\uD801\uDC00\uD801\uDC28',
  '\u0663\u0664',
  '\u0915\u094D\u0937',
  '\u05E9\u05DC\u05D5\u05DD',
  '\u0627\u0644\u0639\u0631\u0628\u064A\u0629',
  // accented Latin, Greek, Cyrillic as they come (scanned raw), and their NFKC-unstable neighbours
  '\u00C9COLE',
  '\u00C6r\u00F8',
  'Stra\u00DFe',
  'ZA\u017B\u00D3\u0141\u0106',
  'Vi\u1EC6t',
  '\u0391\u03B8\u03AE\u03BD\u03B1',
  '\u0386\u03B3\u03B9\u03BF\u03C2',
  '\u041C\u041E\u0421\u041A\u0412\u0410',
  '\u0401\u043B\u043A\u0430',
  '\u0419',
  '\u00AA',
  '\u00BA',
  '\u00B9',
  '\u00B5',
  '\u0132SSEL',
  '\u017F',
  '\u01C4',
  '\u01C5',
  '\u037E',
  '\u0387',
  '\u0374',
  '\u20AC5',
  '\u2011',
  '\u2060',
  '\u200E',
  '\u2002',
  '\u2024',
  '\u00C9\u0301',
  '\u00A0\u0301',
  '\u2026\u0301',
  'a\u2026b',
  'u.s\u2026',
  '\u00A0',
  // Greek capital sigma: final-sigma lowering depends on its neighbours
  '\u039F\u0394\u039F\u03A3',
  '\u03A3',
  '\u03A3\u2032',
  '\u0391\u03A3\u2032\u0392',
  '\u0391\u03A3\u200B',
  '\u03C3\u03C2',
  // scripts without spaces, and characters NFKC turns into them
  '\u6771\u4EAC\u3067\u4F1A\u8B70',
  '\u30AB\u30BF\u30AB\u30CA',
  '\uFF76\uFF80',
  '\u337F',
  '\u2E80',
  '\u3005',
  '\uD840\uDC00',
  '\u0E20\u0E32\u0E29\u0E32\u0E44\u0E17\u0E22',
  '\u0EA5\u0EB2\u0EA7',
  '\u1781\u17D2\u1798\u17C2\u179A',
  '\u1019\u103C\u1014\u103A\u1019\u102C',
  // emoji and surrogates, paired and lone
  '\uD83D\uDE00',
  '\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67',
  '\uD800',
  '\uDC00',
  '\uD83D\u200B\uDE00',
  'a\uD800b',
  '\uDBFF\uDFFF',
];

/** Pieces of the text shingles.ts scans as it is (no NFKC): half the generated texts are made
 * of these and at most one of PROBES, characters that look as if they could be scanned so, so
 * that the raw scan meets each probe between words. */
const RAW_PIECES = [
  'Paris',
  'TALKS',
  "don't",
  'U.S.',
  '3.5',
  '\u00C9COLE',
  '\u00E9t\u00E9',
  'Stra\u00DFe',
  'Vi\u1EC6t',
  '\u0391\u03B8\u03AE\u03BD\u03B1',
  '\u041C\u041E\u0421\u041A\u0412\u0410',
  '\u0401\u043B\u043A\u0430',
  '\u2019',
  '\u2018',
  '\u201A',
  '\u201B',
  '\u2032',
  '`',
  '\u201C',
  '\u201D',
  '\u2014',
  '\u2013',
  '\u00A0',
  '\u2026',
  '\u00A9',
  '\u20AC',
  '\u2022',
  '\u00BF',
];
const PROBES = [
  '\u2024',
  '\u2025',
  '\u2002',
  '\u2011',
  '\u02BC',
  '\uFF0E',
  '\uFF07',
  '\u0430\u0487',
  '\u00AA',
  '\u0132',
  '\u017F',
  '\u03A3',
  '\u0130',
  'e\u0301',
  '\u200B',
];

function generated(count: number, seed: number): string[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)];
  const out = ['', ' ', 'a', 'a b', 'One two', 'one two three', '\u201C\u201D'];
  for (let n = 0; n < count; n++) {
    const parts: string[] = [];
    const len = Math.floor(rand() * 40);
    const pieces = n % 2 === 0 ? PIECES : RAW_PIECES;
    for (let i = 0; i < len; i++) {
      parts.push(pick(pieces));
      // Pieces glued together as often as spaced, so joins and splits meet every neighbour.
      if (rand() < 0.5) parts.push(pick([' ', ' ', '\n', '']));
    }
    if (pieces === RAW_PIECES && rand() < 0.7) parts.splice(Math.floor(rand() * (parts.length + 1)), 0, pick(PROBES));
    out.push(parts.join(''));
  }
  return out;
}

const asArray = (xs: ArrayLike<number>) => Array.from(xs);

describe('fingerprints are bit-identical to the reference definition', () => {
  it('on 6,000 generated adversarial texts, for every language tag path', () => {
    const texts = generated(6000, 1315);
    let differing = 0;
    texts.forEach((text, i) => {
      const lang = ['en', 'ja', 'th', 'x_not a tag'][i % 4];
      const fast = shingleHashes(text, lang);
      const ref = referenceShingleHashes(text, lang);
      if (asArray(fast).join() !== asArray(ref).join()) differing++;
    });
    expect(differing).toBe(0);
  });

  it('on whole fingerprints of generated texts and synthetic articles', () => {
    const gen = new ArticleGenerator(77);
    const texts = [
      ...generated(300, 99).map((t, i) => t.repeat(1 + (i % 40))),
      ...Array.from({ length: 40 }, () =>
        gen
          .article()
          .blocks.map((b) => b.text)
          .join('\n'),
      ),
    ];
    for (const text of texts) {
      const fast = fingerprintText(text);
      const ref = referenceFingerprintText(text);
      expect({ sig: asArray(fast.sig), bands: fast.bands, size: fast.size }).toEqual({ sig: asArray(ref.sig), bands: ref.bands, size: ref.size });
    }
  });

  it('on texts longer than the kept buffers (4,096 words; 65,536 words)', () => {
    const rand = rng(5);
    for (const words of [5000, 70000]) {
      const text = Array.from({ length: words }, (_, i) => (i % 97 === 0 ? 'Caf\u00E9 \u2019' : `w${Math.floor(rand() * 3000)}`)).join(' ');
      const fast = shingleHashes(text);
      const ref = referenceShingleHashes(text);
      expect(fast.length).toBe(ref.length);
      expect(asArray(fast).join()).toBe(asArray(ref).join());
      // and the same text again, after the buffers were swapped or kept
      expect(asArray(shingleHashes(text)).join()).toBe(asArray(ref).join());
    }
  });

  it('on word-hash sequences of any shingle length, repeats included', () => {
    const rand = rng(8);
    for (let n = 0; n < 500; n++) {
      // 0x9e3779b9 makes the shingle 0 when k = 1 (the one value the table tracks apart).
      const ws = Array.from({ length: Math.floor(rand() * 60) }, () => (rand() < 0.3 ? 7 : rand() < 0.1 ? 0x9e3779b9 : Math.floor(rand() * 2 ** 32)));
      const k = 1 + (n % 5);
      expect(asArray(shinglesOfWords(ws, k))).toEqual(asArray(referenceShinglesOfWords(ws, k)));
      const shingles = shinglesOfWords(Uint32Array.from(ws));
      const fast = fingerprintShingles(shingles);
      const ref = referenceFingerprintShingles(shingles);
      expect({ sig: asArray(fast.sig), bands: fast.bands }).toEqual({ sig: asArray(ref.sig), bands: ref.bands });
    }
  });

  it('gives a repeated text the same fingerprint, as a copy its caller may change', () => {
    // The worker fingerprints one page's article to keep it, to look it up and to ask a shared index.
    const text = 'One two three four five. \u201CSix\u201D seven eight.';
    const first = fingerprintText(text);
    first.bands.push(1);
    first.sig[0] = 7;
    fingerprintText('another text entirely', 'en');
    const again = fingerprintText(text);
    const ref = referenceFingerprintText(text);
    expect({ sig: asArray(again.sig), bands: again.bands, size: again.size }).toEqual({ sig: asArray(ref.sig), bands: ref.bands, size: ref.size });
  });

  it('segments scripts without spaces piece by piece into the words of the whole', () => {
    // Pieces cut before every space (piece = 1), the hardest case for the claim in segmenterWords.
    const rand = rng(21);
    const scripts = PIECES.filter((p) => !spaced(p));
    let checked = 0;
    for (const text of generated(1500, 77)) {
      const withScript = `${text} ${scripts[Math.floor(rand() * scripts.length)]}${text.slice(0, 20)}`;
      const folded = foldForMatch(withScript);
      if (spaced(folded)) continue;
      for (const lang of ['ja', 'th']) expect(segmenterWords(folded, lang, 1)).toEqual(words(folded, lang));
      checked++;
    }
    expect(checked).toBeGreaterThan(1000);
    // and a long Japanese text, in pieces of the default size, against the reference
    const sentence = '\u6771\u4EAC\u3067\u4F1A\u8B70\u304C\u958B\u304B\u308C\u305F\u3002\u30AB\u30BF\u30AB\u30CA\u3068\u6F22\u5B57';
    const long = Array.from({ length: 600 }, (_, i) => `${sentence}${i}`).join('\n');
    expect(asArray(shingleHashes(long, 'ja')).join()).toBe(asArray(referenceShingleHashes(long, 'ja')).join());
  });

  it('cuts Japanese prose without spaces at its punctuation into the same words, and a run with no break at all loses no text', () => {
    // One paragraph, no space: sentences end with 。 and clauses with 、 (12,000 characters).
    const sentence = '\u6771\u4EAC\u3067\u4F1A\u8B70\u304C\u958B\u304B\u308C\u3001\u30AB\u30BF\u30AB\u30CA\u3068\u6F22\u5B57\u3002';
    const paragraph = sentence.repeat(Math.ceil(12_000 / sentence.length));
    // What the segmenter is given: pieces ending at the next 、 or 。 after 500 characters.
    const segment = Intl.Segmenter.prototype.segment;
    const given: number[] = [];
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
      given.push(input.length);
      return segment.call(this, input);
    };
    let pieces: string[];
    try {
      pieces = segmenterWords(paragraph, 'ja', 500);
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
    expect(Math.max(...given)).toBeLessThanOrEqual(500 + sentence.length);
    expect(pieces).toEqual(words(paragraph, 'ja'));
    expect(asArray(shingleHashes(paragraph, 'ja')).join()).toBe(asArray(referenceShingleHashes(paragraph, 'ja')).join());
    // No break in 30,000 characters: cut inside (every 8,500 here), each character still in exactly one word or gap.
    const run = '\u6771\u4EAC\u4F1A\u8B70\u6F22\u5B57'.repeat(Math.ceil(30_000 / 6));
    expect(segmenterWords(run, 'ja', 500).join('')).toBe(words(run, 'ja').join(''));
  });

  it('refuses a shingle length that is not a positive integer', () => {
    expect(() => shinglesOfWords([1, 2, 3], 0)).toThrow(RangeError);
    expect(() => shingleHashes('one two three', 'en', 2.5)).toThrow(RangeError);
  });

  it('leaves foldForMatch as it was', () => {
    for (const text of generated(2000, 4242)) expect(foldForMatch(text)).toBe(referenceFoldForMatch(text));
  });
});
