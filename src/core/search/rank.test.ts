// Results ranked before anything is fetched: headline and site, earliest first, own site out.
import { describe, expect, it } from 'vitest';
import type { Article } from '../types';
import { rankResults, type SearchResult } from './rank';

const page: Article = {
  url: 'https://copy.example/2026/harbour-bridge-vote',
  title: 'Harbour bridge vote put off again',
  blocks: [
    { text: 'WESTPORT - The council of Westport delayed its vote on the harbour bridge repairs until April, officials said.' },
    { text: 'Engineers from Halden Structural found corrosion in 14 steel cables under the eastern span.' },
  ],
  signals: [],
};

const r = (url: string, title: string, date?: string, domain = ''): SearchResult => ({ url, title, domain, ...(date ? { date } : {}) });

describe('rankResults', () => {
  it('puts the same story first, earliest first, and leaves out the page’s own site', () => {
    const ranked = rankResults(page, [
      r('https://copy.example/other', 'Harbour bridge vote delayed', '2026-03-01T08:00:00Z'),
      r('https://late.example/a', 'Westport harbour bridge vote delayed until April', '2026-03-03T08:00:00Z'),
      r('https://sports.example/b', 'Westport wins the cup', '2026-03-01T07:00:00Z'),
      r('https://wire.example/c', 'Council delays harbour bridge vote, cites corrosion', '2026-03-02T08:00:00Z'),
    ]);
    expect(ranked.map((x) => x.url)).toEqual(['https://wire.example/c', 'https://late.example/a', 'https://sports.example/b']);
    expect(ranked[2].headlineMatch).toBeLessThan(0.3);
  });

  it('keeps one result per site, its earliest', () => {
    const ranked = rankResults(page, [
      r('https://wire.example/late', 'Harbour bridge vote delayed', '2026-03-04T08:00:00Z', 'wire.example'),
      r('https://www.wire.example/early', 'Harbour bridge vote delayed', '2026-03-02T08:00:00Z', 'wire.example'),
    ]);
    expect(ranked.map((x) => x.url)).toEqual(['https://www.wire.example/early']);
  });

  it('ranks an outlet the page credits first', () => {
    const credited: Article = { ...page, blocks: [...page.blocks, { text: 'With files from Wire News' }] };
    const ranked = rankResults(credited, [
      r('https://other.example/a', 'Harbour bridge vote delayed', '2026-03-01T08:00:00Z'),
      r('https://www.wire.example/b', 'Bridge news', '2026-03-05T08:00:00Z', 'wire.example'),
    ]);
    expect(ranked[0].url).toBe('https://www.wire.example/b');
    expect(ranked[0].credited).toBe(true);
  });
});
