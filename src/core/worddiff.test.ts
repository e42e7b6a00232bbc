import { describe, expect, it } from 'vitest';
import { show, wordDiff } from './worddiff';

describe('wordDiff', () => {
  it('texts equal but for typography, case or US/UK spelling are one equal hunk', () => {
    for (const [copy, known] of [
      ['He said "no" - twice.', 'He said “no” – twice.'],
      ['The Defense ministry', 'the defence Ministry'],
      ['Same words here.', 'Same words here.'],
    ]) {
      const { hunks, gaveUp } = wordDiff(copy, known);
      expect(gaveUp).toBe(false);
      expect(hunks.map((h) => h.op)).toEqual(['equal']);
      expect(show(hunks[0].copy)).toBe(copy);
      expect(hunks[0].known.length).toBe(hunks[0].copy.length);
    }
  });

  it('a changed word is a change hunk between equal ones', () => {
    const { hunks } = wordDiff('Talks were productive on Friday.', 'Talks were excellent on Friday.');
    expect(hunks.map((h) => h.op)).toEqual(['equal', 'change', 'equal']);
    expect(show(hunks[1].copy)).toBe('productive');
    expect(show(hunks[1].known)).toBe('excellent');
  });

  it('an empty text against another is one change', () => {
    expect(wordDiff('', 'Something said.').hunks.map((h) => h.op)).toEqual(['change']);
  });
});
