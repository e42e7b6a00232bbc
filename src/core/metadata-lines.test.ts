// Issue 10: bylines, timestamps, "Updated …" and datelines are metadata, compared as such,
// never "Passage added", "Passage removed" or "Claim changed". Snippets as scraped pages
// print them (realdata/pairs, asprout).
import { describe, expect, it } from 'vitest';
import { articleFromText } from './article';
import { compare } from './compare';
import { isMetadataLine, isTimestampLine } from './metadata-lines';

const story = [
  'President Donald Trump and Russian President Vladimir Putin opened their summit in Helsinki on Monday with a one-on-one meeting that ran well past its scheduled 90 minutes.',
  'The two leaders had not met for a formal summit before, and their aides said afterwards that the talks covered Syria, Ukraine and nuclear arms control.',
  'Trump said relations between the two countries had never been worse, but that he expected that to change after a meeting he called a very good start.',
].join('\n\n');

describe('metadata lines', () => {
  it('timestamps and their labels', () => {
    for (const t of [
      'Updated',
      'July 16, 2018 at 6:49 AM',
      '; Posted',
      'Sunday, 15 July 2018 05:38 AM',
      'Published 9:06 a.m. ET July 16, 2018',
      'Updated: July 15, 2018 @ 6:15 am',
    ])
      expect(isTimestampLine(t), t).toBe(true);
    expect(isTimestampLine('Trump arrived on July 16.')).toBe(false);
    expect(isTimestampLine('The summit ended at 6:49 p.m. after talks on Syria and Ukraine')).toBe(false);
  });
  it('bylines and a dateline standing alone', () => {
    for (const t of [
      'By JILL COLVIN',
      'The Associated Press',
      'By The Associated Press',
      'Jonathan Lemire and Jill Colvin, Associated Press',
      'Helsinki, Finland (CNN)',
    ])
      expect(isMetadataLine(t), t).toBe(true);
    expect(isMetadataLine('By the time Trump arrived, Putin had already left the palace.')).toBe(false);
    expect(isMetadataLine('Security guarantees')).toBe(false);
  });
  it('a changed byline and timestamps are one byline change, never passages or claims', () => {
    const a = articleFromText(`Trump and Putin open summit in Helsinki\n\nBy JILL COLVIN\n\nUpdated\n\nJuly 16, 2018 at 6:49 AM\n\n${story}`, {
      url: 'https://a.test/x',
      siteName: 'A Daily',
    });
    const b = articleFromText(
      `Trump and Putin open summit in Helsinki\n\nBy JONATHAN LEMIRE and JILL COLVIN\n\nPosted\n\nJuly 16, 2018 at 7:02 AM\n\n${story}`,
      { url: 'https://b.test/x', siteName: 'B Times' },
    );
    const r = compare(a, b, { now: '2026-01-01T00:00:00Z' });
    const kinds = r.differences.map((d) => d.kind);
    expect(kinds.filter((k) => k === 'byline-changed')).toHaveLength(1);
    expect(kinds).not.toContain('passage-added');
    expect(kinds).not.toContain('passage-removed');
    expect(kinds).not.toContain('claim-changed');
  });
});
