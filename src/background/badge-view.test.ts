import { describe, expect, it } from 'vitest';
import { badgeFor, NO_VERSION_COLOUR, ORIGINAL_COLOUR, ORIGINAL_TEXT, VERDICT_COLOURS } from './badge-view';
import { article, fakeCompare } from './testing';

const a = article('https://a.example/x');
const b = article('https://b.example/x');

describe('badgeFor', () => {
  it('shows the rounded share reused, coloured by verdict, on a copy', () => {
    const report = fakeCompare({ [b.url]: { [a.url]: 0.918 } })(b, a);
    expect(badgeFor({ state: 'report', report })).toEqual({ text: '92%', color: VERDICT_COLOURS['uncredited-copy'] });
  });
  it("is a green check mark on the original, never the copy's share (issue 11)", () => {
    const report = fakeCompare({ [a.url]: { [b.url]: 0.9 } })(a, b);
    expect(report.pageRole).toBe('source');
    expect(badgeFor({ state: 'report', report })).toEqual({ text: ORIGINAL_TEXT, color: ORIGINAL_COLOUR });
  });
  it('is a grey 0% on an article with no known version (issue 11)', () => {
    expect(badgeFor({ state: 'no-known-version', article: { title: 't', url: a.url } })).toEqual({ text: '0%', color: NO_VERSION_COLOUR });
  });
  it('shows nothing for other states or unrelated pages', () => {
    expect(badgeFor({ state: 'checking' })).toBeUndefined();
    expect(badgeFor({ state: 'paused', host: 'a.example' })).toBeUndefined();
    expect(badgeFor({ state: 'report', report: fakeCompare({})(a, b) })).toBeUndefined();
  });
});
