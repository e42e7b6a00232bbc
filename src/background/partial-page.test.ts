// Issue 14: an oversized page gets a partial report, not a refusal. The worker reads the
// first part within the article limits (shared/validate-article.ts fitArticleLimits), keeps
// count of the paragraphs left out (by the content script and by itself), and compare()
// reports them as not compared (Report.truncated), as for a comparison cut by its budget.
import { describe, expect, it } from 'vitest';
import { compare } from '../core/compare';
import { englishLabels } from '../core/english';
import { reportMarkdown } from '../core/reportMarkdown';
import { paddedPair } from '../core/testing/hostile';
import { defaults } from '../shared/settings';
import { ARTICLE_LIMITS, fitArticleLimits } from '../shared/validate-article';
import { createHandlers, type HandlerDeps } from './handlers';
import { createTabStates } from './tab-state';
import { article, fakeCompare, fakeLibrary, memoryStore } from './testing';

const fromTab = (tabId: number, url: string) => ({ id: 'x', url, frameId: 0, tab: { id: tabId, url }, tabId });

describe('fitArticleLimits', () => {
  it('keeps the paragraphs in order up to the first one past a limit, and counts the rest', () => {
    const blocks = Array.from({ length: 2_500 }, (_, i) => ({ text: `Paragraph ${i}.` }));
    const fitted = fitArticleLimits({ blocks }, 40);
    expect(fitted.blocks).toHaveLength(ARTICLE_LIMITS.blocks);
    expect(fitted.cut).toBe(500 + 40);
    const long = [{ text: 'First.' }, { text: 'x'.repeat(ARTICLE_LIMITS.blockChars + 1) }, { text: 'Third.' }];
    expect(fitArticleLimits({ blocks: long })).toEqual({ blocks: [{ text: 'First.' }], cut: 2 });
    const total = Array.from({ length: 30 }, () => ({ text: 'y'.repeat(40_000) }));
    expect(fitArticleLimits({ blocks: total }).cut).toBe(5);
    const small = { blocks: [{ text: 'Fine.' }] };
    expect(fitArticleLimits(small)).toBe(small);
  });
});

describe('an oversized page is read in part (issue 14)', () => {
  it('PageFound with an article over the limits: stored and reported in part, not refused', async () => {
    const url = 'https://long.example/story';
    const tabs = { 1: { url, loading: false } };
    const library = fakeLibrary();
    const deps: HandlerDeps = {
      library: async () => library,
      compare: fakeCompare({}),
      settings: async () => defaults,
      tabStates: createTabStates(memoryStore(), () => 1000),
      tabInfo: async (id) => tabs[id as 1],
      setBadge: async () => {},
      clearBadge: async () => {},
      extractPage: async () => ({ ...article(url), blocks: Array.from({ length: 2_300 }, (_, i) => ({ text: `Paragraph ${i}.` })) }),
    };
    const h = createHandlers(deps);
    expect(await h.PageFound({ url, html: '<p>…</p>', cut: 12 }, fromTab(1, url))).toEqual({ ok: true, found: true });
    expect(await h.GetTabState({ tabId: 1 })).toMatchObject({ state: 'no-known-version' });
    const stored = await library.getArticleByUrl(url);
    expect(stored?.article.blocks).toHaveLength(ARTICLE_LIMITS.blocks);
    expect(stored?.article.cut).toBe(300 + 12);
  });

  it('compare() counts the paragraphs a page was cut to as not compared, and the report says so', () => {
    const { known, copy } = paddedPair(20);
    const r = compare({ ...copy, cut: 300 }, known);
    expect(r.truncated).toEqual({ copyParagraphs: 300, sourceParagraphs: 0 });
    expect(reportMarkdown(r, englishLabels)).toContain('The last 300 paragraphs of copy.test’s version were not compared');
  });
});
