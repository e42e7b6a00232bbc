import { describe, expect, it } from 'vitest';
import { editDistance, keys } from './tokens';

describe('matching keys', () => {
  it('give "five per cent" and "5%" one key (number style is not a change)', () => {
    // The seed pair's Hegseth quote: CBC "a five per cent defence", the copy "a 5% defense".
    expect(keys('a five per cent defence spending')).toEqual(keys('a 5% defense spending'));
    expect(keys('5 percent')).toEqual(keys('five per cent'));
  });
  it('fold case, typography and thousands separators', () => {
    expect(keys('Europe’s “SECURITY” 1,550')).toEqual(keys('europe\'s "security" 1550'));
  });
  it('keep "per" where it is not "per cent"', () => {
    expect(keys('40 per day')).toContain('per');
  });
  it('keep different numbers apart', () => {
    expect(keys('at least 35 people')).not.toEqual(keys('at least 53 people'));
  });
});

describe('editDistance', () => {
  it('measures transliterations such as Zelenskiy/Zelenskyy as small', () => {
    expect(editDistance('zelenskiy', 'zelenskyy')).toBe(1);
    expect(editDistance('zelenskiy', 'zelensky')).toBe(1);
  });
  it('stops early past its bound', () => {
    expect(editDistance('macron', 'hegseth', 2)).toBe(3);
  });
});
