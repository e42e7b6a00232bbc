import { describe, expect, it } from 'vitest';
import { foldForMatch, normaliseTypography, sentences, words } from './normalise';

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
