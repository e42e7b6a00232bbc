// Issue 14, item 7: an edit hidden past the alignment's budget. The copy pads a story to
// 1,500 paragraphs and turns "will not raise taxes" into "will raise taxes" in the last one;
// with 4,000 aligned sentences the change was silently not reported. Now the budget covers
// that page, and anything past a budget is said (Report.truncated), never silently dropped.
import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { englishLabels } from './english';
import { reportMarkdown } from './reportMarkdown';
import { paddedPair } from './testing/hostile';

describe('work budget of compare() (issue 14, item 7)', () => {
  // A long compare on a shared machine: the harness limit is generous, nothing is timed.
  it('finds the negation dropped in the last of 1,500 paragraphs', { timeout: 60_000 }, () => {
    const { known, copy } = paddedPair(1500);
    const r = compare(copy, known);
    expect(r.truncated).toBeUndefined();
    const claim = r.differences.find((d) => d.kind === 'claim-changed');
    expect(claim?.known).toContain('will not raise taxes');
    expect(claim?.copy).toContain('will raise taxes');
  });

  it('past its budget says how many trailing paragraphs of each version were not compared', () => {
    const { known, copy } = paddedPair(300);
    // 3 sentences a paragraph: 600 units reach into paragraph 200 of 301.
    const r = compare(copy, known, { maxUnits: 600 });
    expect(r.truncated).toEqual({ copyParagraphs: 101, sourceParagraphs: 101 });
    expect(r.differences.some((d) => d.kind === 'claim-changed')).toBe(false);
    // Nor are the paragraphs past the budget reported as removed or added.
    expect(r.differences.some((d) => d.kind === 'passage-removed' || d.kind === 'passage-added')).toBe(false);
    const md = reportMarkdown(r, englishLabels);
    expect(md).toContain('The last 101 paragraphs of copy.test’s version were not compared');
  });

  it('a report within budget says nothing about truncation', () => {
    const { known, copy } = paddedPair(20);
    const r = compare(copy, known);
    expect(r.truncated).toBeUndefined();
    expect(reportMarkdown(r, englishLabels)).not.toContain('were not compared');
  });
});
