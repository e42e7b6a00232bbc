import { describe, expect, it } from 'vitest';
import { averageShingleScores, prf, shingleMatch, spanOverlapCounts } from './metrics';

describe('shingleMatch (article-extraction-benchmark scoring)', () => {
  it('is perfect for identical text and ignores punctuation and spacing', () => {
    const m = shingleMatch('The mayor said the bridge would reopen in May.', 'The  mayor said, the bridge would reopen in May');
    expect(m).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts extra page chrome as false positives and missing text as false negatives', () => {
    const truth = 'one two three four five six seven eight';
    const m = shingleMatch(truth, 'one two three four five six seven eight Share this on Facebook now please');
    expect(m.fp).toBeGreaterThan(0);
    expect(m.fn).toBe(0);
    const cut = shingleMatch(truth, 'one two three four five');
    expect(cut.fp).toBe(0);
    expect(cut.fn).toBeGreaterThan(0);
  });

  it('averages per document so a long page weighs no more than a short one', () => {
    const s = averageShingleScores([
      { tp: 1, fp: 0, fn: 0 },
      { tp: 0, fp: 1, fn: 0 },
    ]);
    expect(s.precision).toBe(0.5);
    expect(s.recall).toBe(1);
  });
});

describe('prf and span overlap', () => {
  it('computes precision and recall from counts', () => {
    expect(prf({ tp: 3, fp: 1, fn: 0 })).toMatchObject({ precision: 0.75, recall: 1 });
  });

  it('matches spans by overlap', () => {
    const c = spanOverlapCounts(
      [
        [0, 10],
        [20, 30],
      ],
      [
        [5, 8],
        [40, 50],
      ],
    );
    expect(c).toEqual({ tp: 1, fp: 1, fn: 1 });
  });
});
