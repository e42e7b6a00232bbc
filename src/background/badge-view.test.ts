import { describe, expect, it } from 'vitest';
import { badgeFor, ORIGINAL_COLOUR, VERDICT_COLOURS } from './badge-view';
import { article, fakeCompare } from './testing';

const a = article('https://a.example/x');
const b = article('https://b.example/x');

describe('badgeFor', () => {
  it('shows the rounded share reused, coloured by verdict, on a copy', () => {
    const report = fakeCompare({ [b.url]: { [a.url]: 0.918 } })(b, a);
    expect(badgeFor({ state: 'report', report })).toEqual({ text: '92%', color: VERDICT_COLOURS['uncredited-copy'] });
  });
  it('is green on the original', () => {
    const report = fakeCompare({ [a.url]: { [b.url]: 0.9 } })(a, b);
    expect(badgeFor({ state: 'report', report })?.color).toBe(ORIGINAL_COLOUR);
  });
  it('shows nothing for other states or unrelated pages', () => {
    expect(badgeFor({ state: 'checking' })).toBeUndefined();
    expect(badgeFor({ state: 'no-known-version', article: { title: 't', url: a.url } })).toBeUndefined();
    expect(badgeFor({ state: 'report', report: fakeCompare({})(a, b) })).toBeUndefined();
  });
});
