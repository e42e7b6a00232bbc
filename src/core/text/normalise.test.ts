import { describe, expect, it } from 'vitest';
import { diffTokens } from '../worddiff';
import { foldForMatch, normaliseTypography, sentenceSegments, sentences, wordSegments, words } from './normalise';

describe('normaliseTypography', () => {
  it("treats the seed copy's curly quotes as the known version's straight ones", () => {
    // From the seed pair: the copy prints “excellent” and Europe’s, CBC "excellent" and Europe's.
    expect(normaliseTypography('were “excellent” and Europe’s')).toBe('were "excellent" and Europe\'s');
  });
  it('folds dashes, NFKC forms and runs of white space', () => {
    expect(normaliseTypography('PARIS \u2014\u00A0Talks\n\n ﬁne')).toBe('PARIS - Talks fine');
  });
  it('folds case only in the matching form', () => {
    expect(foldForMatch('SECURITY Guarantees')).toBe('security guarantees');
    expect(normaliseTypography('SECURITY')).toBe('SECURITY');
  });
});

describe('segmentation', () => {
  it('splits words in scripts without spaces', () => {
    expect(words('東京で会議が開かれた', 'ja').length).toBeGreaterThan(2);
  });
  it('keeps abbreviations such as U.S. inside a sentence', () => {
    expect(sentences('U.S. officials met in Paris. They talked.')).toEqual(['U.S. officials met in Paris.', 'They talked.']);
  });
});

// Node 20's Intl.Segmenter is quadratic in the length it is given: compare() of a 95,000-
// character Japanese paragraph spent 2.1 s in sentences() and 1.1 s in diffTokens(). They
// now give it pieces; what they return must be what the whole text gives.
describe('segmentation in pieces', () => {
  const ja = Array.from({ length: 60 }, (_, i) => `東京都は今日${i}、新しい交通計画を発表した。知事は「市民の安全が最優先だ」と述べた！本当か？`).join('');
  const th = Array.from({ length: 40 }, (_, i) => `รัฐบาลประกาศแผนใหม่ ${i} วันนี้ นายกรัฐมนตรีกล่าวว่าความปลอดภัยสำคัญที่สุด`).join(' ');
  const ko = Array.from({ length: 40 }, (_, i) => `정부는 오늘 새로운 교통 계획을 발표했다 ${i}. 시장은 "안전이 최우선"이라고 말했다.`).join(' ');
  const whole = (text: string, lang: string, granularity: 'word' | 'sentence') => [...new Intl.Segmenter(lang, { granularity }).segment(text)];

  it('sentenceSegments gives the whole text’s sentences for any piece size', () => {
    for (const [text, lang] of [
      [ja, 'ja'],
      [th, 'th'],
      [ko, 'ko'],
    ] as const) {
      const expected = whole(text, lang, 'sentence').map((s) => s.segment);
      for (const piece of [7, 100, 333, 2000]) expect(sentenceSegments(text, lang, piece)).toEqual(expected);
      expect(sentences(text, lang)).toEqual(expected.map((s) => s.trim()).filter(Boolean));
    }
  });

  it('wordSegments gives the whole text’s segments, and words() the same words', () => {
    for (const [text, lang] of [
      [ja, 'ja'],
      [th, 'th'],
    ] as const) {
      const expected = whole(text, lang, 'word');
      expect([...wordSegments(text, lang, 50)].map((s) => s.segment).join('')).toBe(text);
      expect([...wordSegments(text, lang, 50)].filter((s) => s.isWordLike).map((s) => s.segment)).toEqual(
        expected.filter((s) => s.isWordLike).map((s) => s.segment),
      );
      expect(words(text, lang)).toEqual(expected.filter((s) => s.isWordLike).map((s) => s.segment));
    }
  });

  it('the segmenter is never given the whole of a long paragraph', () => {
    const long = ja.repeat(20); // ~50,000 characters, one paragraph
    const segment = Intl.Segmenter.prototype.segment;
    let longest = 0;
    Intl.Segmenter.prototype.segment = function (this: Intl.Segmenter, input: string) {
      longest = Math.max(longest, input.length);
      return segment.call(this, input);
    };
    try {
      sentences(long, 'ja');
      words(long, 'ja');
      diffTokens(long, 'ja');
    } finally {
      Intl.Segmenter.prototype.segment = segment;
    }
    expect(longest).toBeGreaterThan(0);
    expect(longest).toBeLessThan(5_000);
  });

  it('a run with no break at all is cut, and loses no text', () => {
    const run = '漢'.repeat(30_000);
    expect(sentenceSegments(run, 'ja').join('')).toBe(run);
    expect(
      diffTokens(run, 'ja')
        .map((t) => t.pre + t.text)
        .join(''),
    ).toBe(run);
  });
});
