// Issue 14: pages built to stall extraction. 100k nested <div>s ran for over 300 s in the
// CLI; a <noscript> holding ~140k elements of markup (25 live elements, so the content
// script's size guard let it through) took 25 s in the offscreen document. Both are now
// refused by the reading budget before Readability runs; run in a worker under a generous
// wall limit so the old behaviour fails instead of hanging the suite.
import { describe, expect, it } from 'vitest';
import { HOSTILE_LIMIT_MS, runInWorker } from '../core/testing/in-worker';
import { nestedDivs, noscriptPage } from '../core/testing/hostile';
import { checkPageBudget, PageTooLargeError } from './budget';
import { extractArticle, extractWithinBudget } from './extract';
import { MARKUP_DEPTH, markupDepth, parseHtml } from './node-dom';

const CASES = new URL('./hostile-cases.ts', import.meta.url);
const LIMIT = { timeout: HOSTILE_LIMIT_MS + 10_000 };

describe('reading budget (issue 14)', () => {
  it('refuses 100,000 nested <div>s, saying why', LIMIT, async () => {
    expect(await runInWorker<string>(CASES, 'readNestedDivs', [100_000])).toBe(
      `PageTooLargeError: the page's markup nests elements more than ${MARKUP_DEPTH} deep`,
    );
  });

  it('refuses a <noscript> that parses into 140,000 elements', LIMIT, async () => {
    expect(await runInWorker<string>(CASES, 'readNoscriptPage', [140_000])).toBe('PageTooLargeError: the page has more than 30,000 elements');
  });

  it("reads the same story at real pages' depth and size", () => {
    expect(extractArticle(parseHtml(nestedDivs(30)), 'https://x.test/a')?.blocks.length).toBeGreaterThan(0);
    expect(extractArticle(parseHtml(noscriptPage(2_000)), 'https://x.test/a')?.blocks.length).toBeGreaterThan(0);
  });

  it('counts exactly up to the limits', () => {
    expect(() => checkPageBudget(parseHtml(nestedDivs(10)), { elements: 1000, depth: 12 })).not.toThrow();
    expect(() => checkPageBudget(parseHtml(nestedDivs(10)), { elements: 1000, depth: 11 })).toThrow(PageTooLargeError);
    expect(() => checkPageBudget(parseHtml(noscriptPage(100)), { elements: 100, depth: 100 })).toThrow(PageTooLargeError);
  });

  it('estimates markup depth in one pass: void and optional-end tags and raw text do not nest', () => {
    expect(markupDepth(nestedDivs(40))).toBe(41); // html/head/body/p are flat: 40 divs and the h1
    expect(markupDepth('<ul>' + '<li>item'.repeat(5000) + '</ul><br><img src=x><p>a<p>b')).toBe(1);
    expect(markupDepth(`<script>${'<div>'.repeat(5000)}</script><div></div>`)).toBe(1);
    expect(markupDepth('<a'.repeat(100_000))).toBe(0);
  });

  it("the worker's paths read a page over the budget as no article", () => {
    expect(extractWithinBudget(parseHtml(nestedDivs(300)), 'https://x.test/a')).toBeNull();
  });
});
