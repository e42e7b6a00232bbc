// Issue 14 item 1: one paragraph of `"wordN here," said Smith` stalled the worker (49,000
// characters: extractQuotes 43 s, compare() 53 s), because every quote re-read the paragraph
// and a pattern anchored at the end ran over the text before every speech verb. Attribution
// now reads a bounded window around each quote: work grows linearly with the paragraph.
// Work is counted in regex steps, not timed; a blow-up stops at the step limit at once.
import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { extractQuotes, MAX_QUOTES, quoteSpans } from './quotes';
import { attributeQuotes } from './speakers';
import { quoteStallPair, quoteStallParagraph as quoteStall } from './testing/hostile-quotes';
import { regexSteps } from './testing/regex-steps';

// 16× the input may cost at most 20× the work (the bench's own bound for "linear").
const GROWTH = 20;
// Not a timing assert: a guard so a regression fails instead of hanging the suite (counting
// steps through a wrapped RegExp.prototype.exec is slow on a loaded machine).
const HANG_GUARD_MS = 120_000;

describe('quote attribution work is linear in the paragraph (issue 14 item 1)', () => {
  it(
    'attributeQuotes at 1× and 16× the size',
    () => {
      const small = quoteStall(1_600);
      const big = quoteStall(1_600 * 16);
      const run = (t: string) => () => attributeQuotes(t, quoteSpans(t));
      const s1 = regexSteps(run(small));
      expect(regexSteps(run(big), s1 * GROWTH)).toBeLessThanOrEqual(s1 * GROWTH);
    },
    HANG_GUARD_MS,
  );

  it(
    'extractQuotes on a 1 MB paragraph reads at most MAX_QUOTES quotes, in bounded work',
    () => {
      const big = quoteStall(1_000_000);
      // About 9 steps a character today (finding the quote marks, then 1,000 bounded windows);
      // before, each quote re-read the paragraph and the limit was passed within a few hundred.
      const limit = big.length * 20;
      let quotes = 0;
      expect(
        regexSteps(() => {
          quotes = extractQuotes(big).length;
        }, limit),
      ).toBeLessThanOrEqual(limit);
      expect(quotes).toBe(MAX_QUOTES);
    },
    HANG_GUARD_MS,
  );

  it(
    'compare() of a story with the hostile paragraph, at 1× and 16×',
    () => {
      const pair = (chars: number) => {
        const { copy, known } = quoteStallPair(chars);
        return () => compare(copy, known, { now: '2026-01-01T00:00:00Z' });
      };
      const s1 = regexSteps(pair(3_200));
      expect(regexSteps(pair(3_200 * 16), s1 * GROWTH)).toBeLessThanOrEqual(s1 * GROWTH);
    },
    HANG_GUARD_MS,
  );
});
