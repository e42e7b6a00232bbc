// "This match is wrong" (issue 5): the pair is not matched again, the tab moves on to the
// next known version (or none), and undo brings the match back.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../shared/messages';
import { defaults } from '../shared/settings';
import { createHandlers } from './handlers';
import { createTabStates } from './tab-state';
import { article, fakeCompare, fakeLibrary, memoryStore } from './testing';

const wire = article('https://a-wire.example/story');
const paper = article('https://c-paper.example/story');
const blog = article('https://b-blog.example/story');

function setup() {
  const library = fakeLibrary();
  const badges = new Map<number, string>();
  const tabs: Record<number, { url: string; loading: boolean }> = {
    1: { url: wire.url, loading: false },
    2: { url: paper.url, loading: false },
    3: { url: blog.url, loading: false },
  };
  const handlers = createHandlers({
    library: async () => library,
    compare: fakeCompare({ [blog.url]: { [wire.url]: 0.92, [paper.url]: 0.6 } }),
    settings: async () => defaults,
    tabStates: createTabStates(memoryStore(), () => 1000),
    tabInfo: async (id) => tabs[id],
    setBadge: async (id, text) => void badges.set(id, text),
    clearBadge: async (id) => void badges.delete(id),
  });
  const from = (tabId: number) => ({ id: 'x', url: tabs[tabId].url, frameId: 0, tab: { id: tabId, url: tabs[tabId].url }, tabId });
  return { handlers, library, badges, from };
}

type Report = Extract<TabState, { state: 'report' }>['report'];
const idOf = (r: Report, url: string) => (r.source.url === url ? r.source.id : r.copy.id)!;
/** The version the open page was matched with. */
const matched = (s: TabState) => (s.state === 'report' ? (s.report.pageRole === 'copy' ? s.report.source.url : s.report.copy.url) : s.state);

describe('this match is wrong', () => {
  it('drops the pair, shows the next match, and undo restores it', async () => {
    const { handlers, library, badges, from } = setup();
    await handlers.ArticleFound({ article: wire }, from(1));
    await handlers.ArticleFound({ article: paper }, from(2));
    await handlers.ArticleFound({ article: blog }, from(3));
    const first = (await handlers.GetTabState({ tabId: 3 })) as Extract<TabState, { state: 'report' }>;
    expect(first.report.source.url).toBe(wire.url);
    const pageId = idOf(first.report, blog.url);
    const wireId = idOf(first.report, wire.url);

    const next = await handlers.SetMatchRejected({ tabId: 3, pageId, otherId: wireId, rejected: true });
    expect(matched(next)).toBe(paper.url);
    expect(await library.rejectedWith!(wireId)).toEqual(new Set([pageId]));
    // Against the paper, the blog is the earlier version: the original's check mark.
    expect(next).toMatchObject({ state: 'report', report: { pageRole: 'source' } });
    expect(badges.get(3)).toBe('✓');
    // Remembered: the page opened again is still not matched with the wire version.
    await handlers.ArticleFound({ article: blog }, from(3));
    expect(matched(await handlers.GetTabState({ tabId: 3 }))).toBe(paper.url);

    const undone = await handlers.SetMatchRejected({ tabId: 3, pageId, otherId: wireId, rejected: false });
    expect(matched(undone)).toBe(wire.url);
    expect(badges.get(3)).toBe('92%');
  });

  it('says no known version when the only match was wrong', async () => {
    const { handlers, from } = setup();
    await handlers.ArticleFound({ article: wire }, from(1));
    await handlers.ArticleFound({ article: blog }, from(3));
    const first = (await handlers.GetTabState({ tabId: 3 })) as Extract<TabState, { state: 'report' }>;
    const state = await handlers.SetMatchRejected({ tabId: 3, pageId: idOf(first.report, blog.url), otherId: idOf(first.report, wire.url), rejected: true });
    expect(state.state).toBe('no-known-version');
  });
});
