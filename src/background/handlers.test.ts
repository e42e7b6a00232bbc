import { describe, expect, it } from 'vitest';
import type { TabState } from '../shared/messages';
import { defaults } from '../shared/settings';
import { createHandlers, type HandlerDeps } from './handlers';
import { createTabStates } from './tab-state';
import { ReadTimeoutError } from '../platform/offscreen';
import { article, fakeCompare, fakeLibrary, memoryStore } from './testing';

const orig = article('https://a-wire.example/story');
const copy = article('https://b-blog.example/story');

function setup(tabs: Record<number, { url?: string; loading: boolean }> = {}, now = () => 1000) {
  const library = fakeLibrary();
  const badges = new Map<number, string>();
  const store = memoryStore();
  const deps: HandlerDeps = {
    library: async () => library,
    compare: fakeCompare({ [copy.url]: { [orig.url]: 0.92 }, [orig.url]: { [copy.url]: 0.95 } }),
    settings: async () => defaults,
    tabStates: createTabStates(store, now),
    tabInfo: async (id) => tabs[id],
    setBadge: async (id, text) => void badges.set(id, text),
    clearBadge: async (id) => void badges.delete(id),
  };
  return { handlers: createHandlers(deps), library, badges, store, tabs, deps };
}

const fromTab = (tabId: number, url: string) => ({ id: 'x', url, frameId: 0, tab: { id: tabId, url }, tabId });

describe('worker handlers', () => {
  it('a copy opened after its original gets a report and a badge', async () => {
    const { handlers, badges } = setup({ 1: { url: orig.url, loading: false }, 2: { url: copy.url, loading: false } });
    await handlers.ArticleFound({ article: orig }, fromTab(1, orig.url));
    expect(await handlers.GetTabState({ tabId: 1 })).toMatchObject({ state: 'no-known-version' });
    expect(badges.get(1)).toBe('0%');
    await handlers.ArticleFound({ article: copy }, fromTab(2, copy.url));
    const state = (await handlers.GetTabState({ tabId: 2 })) as Extract<TabState, { state: 'report' }>;
    expect(state.state).toBe('report');
    expect(state.report.source.url).toBe(orig.url);
    expect(badges.get(2)).toBe('92%');
  });

  it("the original's open tab says it was copied once the copy is found in another tab (issue 11)", async () => {
    const { handlers, badges } = setup({ 1: { url: orig.url, loading: false }, 2: { url: copy.url, loading: false } });
    await handlers.ArticleFound({ article: orig }, fromTab(1, orig.url));
    expect(await handlers.GetTabState({ tabId: 1 })).toMatchObject({ state: 'no-known-version' });
    await handlers.ArticleFound({ article: copy }, fromTab(2, copy.url));
    const first = await handlers.GetTabState({ tabId: 1 });
    expect(first).toMatchObject({ state: 'report', report: { pageRole: 'source' } });
    if (first.state === 'report') expect(first.report.copy.url).toBe(copy.url);
    expect(badges.get(1)).toBe('✓');
  });

  it("an original's tab still checking when its copy is found says so once it finishes (a11y.spec on CI)", async () => {
    const { handlers, library } = setup({ 1: { url: orig.url, loading: false }, 2: { url: copy.url, loading: false }, 3: { url: orig.url, loading: false } });
    await handlers.ArticleFound({ article: orig }, fromTab(3, orig.url));
    // Tab 1's look-up of the same article finds nothing yet, and answers only after the copy was found.
    const find = library.findCandidates.bind(library);
    let release!: () => void;
    let looked!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const lookedUp = new Promise<void>((r) => (looked = r));
    library.findCandidates = async (...args) => {
      library.findCandidates = find;
      const found = await find(...args);
      looked();
      await gate;
      return found;
    };
    const slow = handlers.ArticleFound({ article: orig }, fromTab(1, orig.url));
    await lookedUp;
    await handlers.ArticleFound({ article: copy }, fromTab(2, copy.url));
    release();
    await slow;
    expect(await handlers.GetTabState({ tabId: 1 })).toMatchObject({ state: 'report', report: { pageRole: 'source' } });
  });

  it('a paused site is neither read nor kept, and resuming reads it again (issue 11)', async () => {
    const { handlers, deps, library, badges } = setup({ 1: { url: copy.url, loading: false } });
    let settings = await deps.settings();
    deps.settings = async () => settings;
    deps.saveSettings = async (patch) => (settings = { ...settings, ...patch });
    deps.askPage = async () => 'checking';
    const h = createHandlers(deps);
    await h.ArticleFound({ article: copy }, fromTab(1, copy.url));
    expect(await h.SetSitePaused({ tabId: 1, paused: true })).toEqual({ state: 'paused', host: new URL(copy.url).host });
    expect(badges.has(1)).toBe(false);
    const before = library.items.size;
    await h.ArticleFound({ article: { ...copy, url: `${copy.url}#again` } }, fromTab(1, `${copy.url}#again`));
    expect(library.items.size).toBe(before);
    expect(await h.GetTabState({ tabId: 1 })).toMatchObject({ state: 'paused' });
    expect(await h.SetSitePaused({ tabId: 1, paused: false })).toMatchObject({ state: expect.stringMatching(/checking|no-known-version|report/) });
    expect(settings.pausedSites).toEqual([]);
    void handlers;
  });

  it('Try again reads the page again from the library after an error', async () => {
    const { deps, library } = setup({ 1: { url: copy.url, loading: false } });
    const put = library.putArticle.bind(library);
    library.putArticle = () => Promise.reject(Object.assign(new Error('full'), { name: 'QuotaExceededError' }));
    const h = createHandlers(deps);
    await h.ArticleFound({ article: copy }, fromTab(1, copy.url));
    expect(await h.GetTabState({ tabId: 1 })).toMatchObject({ state: 'error', cause: 'storage-full' });
    library.putArticle = put;
    await put(copy, 'visited');
    expect(await h.Recheck({ tabId: 1 })).toMatchObject({ state: 'no-known-version', article: { url: copy.url } });
  });

  it('a browser page the script may not run in says so, not "reload" (issue 11)', async () => {
    const { deps } = setup({ 5: { url: undefined, loading: false } });
    deps.injectContentScript = async () => 'browser-page';
    expect(await createHandlers(deps).GetTabState({ tabId: 5 })).toEqual({ state: 'browser-page' });
  });

  it('a storage failure while analysing gives a clear message that saved articles are unchanged', async () => {
    const { handlers, deps, library } = setup({ 1: { url: copy.url, loading: false } });
    const quota = Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
    library.putArticle = () => Promise.reject(quota);
    deps.library = async () => library;
    await handlers.ArticleFound({ article: copy }, fromTab(1, copy.url));
    const state = await handlers.GetTabState({ tabId: 1 });
    expect(state.state).toBe('error');
    if (state.state === 'error') {
      // The popup words the cause (popup_errorStorageFull); the DOMException stays in the details.
      expect(state.cause).toBe('storage-full');
      expect(state.message).toMatch(/QuotaExceededError/);
    }
  });

  it('PageFound: the worker reads the page markup itself (off the page) and reports on it', async () => {
    const { deps } = setup({ 1: { url: orig.url, loading: false }, 2: { url: copy.url, loading: false } });
    const seen: string[] = [];
    deps.extractPage = async (html, url) => (seen.push(`${url} ${html}`), html === 'junk' ? null : { ...(html === 'orig' ? orig : copy), url });
    const h = createHandlers(deps);
    expect(await h.PageFound({ url: orig.url, html: 'orig' }, fromTab(1, orig.url))).toEqual({ ok: true, found: true });
    expect(await h.PageFound({ url: copy.url, html: 'copy' }, fromTab(2, copy.url))).toEqual({ ok: true, found: true });
    expect(seen).toEqual([`${orig.url} orig`, `${copy.url} copy`]);
    expect(await h.GetTabState({ tabId: 2 })).toMatchObject({ state: 'report' });
    // Markup with no article: a clear "not an article", not a stuck "checking".
    expect(await h.PageFound({ url: copy.url, html: 'junk' }, fromTab(2, copy.url))).toEqual({ ok: true, found: false });
    expect(await h.GetTabState({ tabId: 2 })).toEqual({ state: 'not-article' });
    // Another page's URL is refused, as for ArticleFound.
    await expect(h.PageFound({ url: 'https://elsewhere.example/', html: 'orig' }, fromTab(1, orig.url))).rejects.toThrow(/not the sender page/);
  });

  it('refuses an article that is not the sending page', async () => {
    const { handlers } = setup();
    await expect(handlers.ArticleFound({ article: orig }, fromTab(1, 'https://elsewhere.example/'))).rejects.toThrow(/not the sender page/);
  });

  it('accepts the article a single-page app moved to with pushState (sender.url is the first URL, the tab the new one)', async () => {
    const { handlers, tabs } = setup({ 1: { url: copy.url, loading: false } });
    const sender = { id: 'x', url: 'https://b-blog.example/first', frameId: 0, tab: { id: 1, url: copy.url }, tabId: 1 };
    await handlers.ArticleFound({ article: copy }, sender);
    expect(await handlers.GetTabState({ tabId: 1 })).toMatchObject({ state: 'no-known-version', article: { url: copy.url } });
    // Without host access Chrome hides the tab URL; a pushState URL is still accepted on the
    // document's own origin (the only place pushState can go), and refused on any other.
    const hidden = { id: 'x', url: 'https://b-blog.example/first', frameId: 0, tab: { id: 1 }, tabId: 1 };
    tabs[1] = { loading: false };
    await handlers.ArticleFound({ article: { ...copy, url: 'https://b-blog.example/second' } }, hidden);
    expect(await handlers.GetTabState({ tabId: 1 })).toMatchObject({ article: { url: 'https://b-blog.example/second' } });
    await expect(handlers.ArticleFound({ article: orig }, hidden)).rejects.toThrow(/not the sender page/);
    // Neither URL of the sender: still refused.
    const elsewhere = { ...sender, tab: { id: 1, url: 'https://b-blog.example/third' } };
    await expect(handlers.ArticleFound({ article: orig }, elsewhere)).rejects.toThrow(/not the sender page/);
  });

  it('does not answer an old page’s state for the tab’s new page', async () => {
    const { handlers, tabs } = setup({ 1: { url: orig.url, loading: false } });
    await handlers.ArticleFound({ article: orig }, fromTab(1, orig.url));
    tabs[1] = { url: 'https://other.example/page', loading: false };
    // Nothing has reported on the new page yet (and nothing could inject a script): unread.
    expect(await handlers.GetTabState({ tabId: 1 })).toEqual({ state: 'unread' });
    tabs[1] = { url: 'https://other.example/page', loading: true };
    expect(await handlers.GetTabState({ tabId: 1 })).toEqual({ state: 'checking' });
  });

  it('a late result is dropped when the tab navigated meanwhile', async () => {
    const { handlers, deps, badges } = setup({ 2: { url: copy.url, loading: false } });
    const lib = await deps.library();
    await lib.putArticle(orig, 'visited');
    // The navigation clears the tab while the comparison runs.
    const slowCompare = deps.compare;
    deps.compare = (p, o) => {
      void deps.tabStates.clear(2);
      return slowCompare(p, o);
    };
    await createHandlers(deps).ArticleFound({ article: copy }, fromTab(2, copy.url));
    expect(badges.has(2)).toBe(false);
    expect(await handlers.GetTabState({ tabId: 2 })).toEqual({ state: 'unread' });
  });

  it('without access to the tab’s host (no tab URL), the state the page’s own script reported is answered', async () => {
    const { handlers, tabs } = setup({ 1: { loading: false }, 2: { loading: false } });
    await handlers.ArticleFound({ article: orig }, fromTab(1, orig.url));
    expect(await handlers.GetTabState({ tabId: 1 })).toMatchObject({ state: 'no-known-version', article: { url: orig.url } });
    // "Read, not an article" is remembered, so it is not mistaken for "never read".
    await handlers.NotArticle({ url: copy.url }, fromTab(2, copy.url));
    expect(await handlers.GetTabState({ tabId: 2 })).toEqual({ state: 'not-article' });
    tabs[3] = { loading: false };
    expect(await handlers.GetTabState({ tabId: 3 })).toEqual({ state: 'unread' });
    await expect(handlers.NotArticle({ url: 'https://elsewhere.example/' }, fromTab(2, copy.url))).rejects.toThrow(/not the sender page/);
  });

  it('with nothing stored for a tab, the page’s own script is asked (it stays silent on pages that are not articles)', async () => {
    const { deps } = setup({ 6: { loading: false }, 7: { loading: false }, 8: { loading: false } });
    const answers: Record<number, 'checking' | 'not-article' | undefined> = { 6: 'not-article', 7: 'checking', 8: undefined };
    deps.askPage = async (tabId) => answers[tabId];
    deps.injectContentScript = async () => false;
    const h = createHandlers(deps);
    expect(await h.GetTabState({ tabId: 6 })).toEqual({ state: 'not-article' });
    expect(await h.GetTabState({ tabId: 7 })).toEqual({ state: 'checking' });
    expect(await h.GetTabState({ tabId: 8 })).toEqual({ state: 'unread' });
  });

  it('a tab no script has reported on gets the script when the browser allows it (the toolbar click), and reads as checking', async () => {
    const { deps } = setup({ 4: { loading: false }, 5: { loading: false } });
    const injected: number[] = [];
    deps.injectContentScript = async (tabId) => (injected.push(tabId), tabId === 4);
    const h = createHandlers(deps);
    expect(await h.GetTabState({ tabId: 4 })).toEqual({ state: 'checking' });
    expect(await h.GetTabState({ tabId: 5 })).toEqual({ state: 'unread' });
    expect(injected).toEqual([4, 5]);
  });

  it('redoes a check the worker was stopped in the middle of', async () => {
    let now = 1000;
    const { handlers, deps, library } = setup({ 2: { url: copy.url, loading: false } }, () => now);
    await library.putArticle(orig, 'visited');
    await library.putArticle(copy, 'visited');
    await deps.tabStates.write(2, copy.url, { state: 'checking' });
    expect(await handlers.GetTabState({ tabId: 2 })).toEqual({ state: 'checking' });
    now += 60_000;
    expect(await handlers.GetTabState({ tabId: 2 })).toMatchObject({ state: 'report' });
  });

  it('non-http tabs are browser pages, never articles', async () => {
    const { handlers } = setup({ 3: { url: 'chrome://settings', loading: false } });
    expect(await handlers.GetTabState({ tabId: 3 })).toEqual({ state: 'browser-page' });
  });

  it('a match the reader rejects is dropped, and comes back when undone', async () => {
    const { handlers, library, badges } = setup({ 1: { url: orig.url, loading: false }, 2: { url: copy.url, loading: false } });
    await handlers.ArticleFound({ article: orig }, fromTab(1, orig.url));
    await handlers.ArticleFound({ article: copy }, fromTab(2, copy.url));
    const pageId = (await library.getArticleByUrl(copy.url))!.id;
    const otherId = (await library.getArticleByUrl(orig.url))!.id;
    expect(await handlers.SetMatchRejected({ tabId: 2, pageId, otherId, rejected: true })).toMatchObject({ state: 'no-known-version' });
    expect(badges.get(2)).toBe('0%');
    expect(await handlers.GetTabState({ tabId: 2 })).toMatchObject({ state: 'no-known-version' });
    expect(await handlers.SetMatchRejected({ tabId: 2, pageId, otherId, rejected: false })).toMatchObject({ state: 'report' });
    expect(badges.get(2)).toBe('92%');
  });

  it('GetComparison orients the two versions as the report does', async () => {
    const { handlers, library } = setup();
    const o = await library.putArticle(orig, 'visited');
    const c = await library.putArticle(copy, 'visited');
    const got = await handlers.GetComparison({ copyId: o.id, knownId: c.id });
    expect(got.copy.url).toBe(copy.url);
    expect(got.known.url).toBe(orig.url);
    expect(got.report.source.id).toBe(o.id);
    await expect(handlers.GetComparison({ copyId: 'nope', knownId: c.id })).rejects.toThrow(/library/);
  });
});

describe('one analysis per page at a time (issue 14, item 8)', () => {
  it('a check running past CHECKING_STALE_MS is not started a second time when the popup asks', async () => {
    let t = 1000;
    const { deps, library } = setup({ 1: { url: copy.url, loading: false } }, () => t);
    await library.putArticle(orig, 'visited');
    let compares = 0;
    const compare = deps.compare;
    deps.compare = (a, b) => (compares++, compare(a, b));
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    deps.library = async () => (await gate, library); // the analysis is still running…
    const h = createHandlers(deps);
    const first = h.ArticleFound({ article: copy }, fromTab(1, copy.url));
    await new Promise((r) => setTimeout(r, 0));
    t += 31_000; // …past CHECKING_STALE_MS, and the popup asks
    const asked = h.GetTabState({ tabId: 1 });
    release();
    await first;
    expect(await asked).toEqual({ state: 'checking' });
    expect(compares).toBe(1);
    expect(await h.GetTabState({ tabId: 1 })).toMatchObject({ state: 'report' });
  });

  it('a check left stale by a stopped worker is still redone', async () => {
    let t = 1000;
    const { deps, library, store } = setup({ 1: { url: copy.url, loading: false } }, () => t);
    await library.putArticle(orig, 'visited');
    await library.putArticle(copy, 'visited');
    await createTabStates(store, () => t).write(1, copy.url, { state: 'checking' }); // written by a worker since stopped
    t += 31_000;
    expect(await createHandlers(deps).GetTabState({ tabId: 1 })).toMatchObject({ state: 'report' });
  });

  it('a page that runs past the reading time limit gets a plain error, not a re-send', async () => {
    const { deps } = setup({ 1: { url: copy.url, loading: false } });
    deps.extractPage = async () => {
      throw new ReadTimeoutError(10);
    };
    const h = createHandlers(deps);
    expect(await h.PageFound({ url: copy.url, html: '<p>x</p>' }, fromTab(1, copy.url))).toEqual({ ok: true, found: false });
    expect(await h.GetTabState({ tabId: 1 })).toEqual({
      state: 'error',
      message: 'Wiretrace stopped reading this page: reading it took longer than 10 s.',
    });
  });
});
