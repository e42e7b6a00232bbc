import { describe, expect, it } from 'vitest';
import { fiveGramContainment, nearestName, regexQuoteSpans } from './baselines';

describe('plain peers', () => {
  it('5-gram containment is the shorter text’s share found in the longer', () => {
    const long = 'the mayor said the bridge would reopen in may after repairs to its deck were finished last week';
    expect(fiveGramContainment('the bridge would reopen in may after repairs', long)).toBe(1);
    expect(fiveGramContainment('completely different words about a football match on sunday night', long)).toBe(0);
  });

  it('regex quote spans take the text between double quotation marks', () => {
    const text = 'He said “durable peace” and "excellent" talks.';
    expect(regexQuoteSpans(text).map(([s, e]) => text.slice(s, e))).toEqual(['durable peace', 'excellent']);
  });

  it('nearest name guesses the closest capitalised name, skipping the quote itself', () => {
    const text = '“We discussed the need,” Hegseth said, after meeting Lecornu.';
    expect(nearestName(text, [1, 21])).toBe('Hegseth');
  });
});
