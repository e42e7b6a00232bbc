import { describe, expect, it } from 'vitest';
import { canonicalSpelling, isSpellingVariant } from './spelling';
import { UK_US_PAIRS } from './spelling-data';

describe('US/UK spelling variants', () => {
  it('comes from the generated word list, not a handful of hand-made pairs', () => {
    expect(UK_US_PAIRS.split(' ').length).toBeGreaterThan(1000);
  });
  it("treats the seed pair's defence/defense and programme/program as one word", () => {
    expect(isSpellingVariant('defence', 'defense')).toBe(true);
    expect(isSpellingVariant('Defense', 'Defence')).toBe(true);
    expect(canonicalSpelling('travelled')).toBe(canonicalSpelling('traveled'));
  });
  it('adds the house-style pairs news style guides split on (towards/toward, advisor/adviser)', () => {
    expect(isSpellingVariant('towards', 'toward')).toBe(true);
    expect(isSpellingVariant('advisor', 'adviser')).toBe(true);
  });
  it('does not call different words variants', () => {
    expect(isSpellingVariant('defence', 'offence')).toBe(false);
    expect(isSpellingVariant('among', 'between')).toBe(false);
    expect(isSpellingVariant('defence', 'defence')).toBe(false);
  });
});
