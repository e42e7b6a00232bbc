// A navigation event the browser delivers after the new document's own report (a page
// restored from the back/forward cache reports at pageshow): CI failure of
// e2e/worker-lifecycle.spec.ts, "going back and forward restores the badge", where the
// badge stayed empty.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../shared/messages';
import { defaults } from '../shared/settings';
import { createHandlers, type HandlerDeps } from './handlers';
import { createNavigation } from './navigation';
import { createTabStates } from './tab-state';
import { article, fakeCompare, fakeLibrary, memoryStore } from './testing';

const orig = article('https://a-wire.example/story');
const copy = article('https://b-blog.example/story');
const fromTab = (tabId: number, url: string) => ({ id: 'x', url, frameId: 0, tab: { id: tabId, url }, tabId });

function setup(shown: Record<number, string>) {
  const badges = new Map<number, string>();
  const tabStates = createTabStates(memoryStore());
  const badgeDeps = {
    settings: async () => defaults,
    setBadge: async (id: number, text: string) => void badges.set(id, text),
    clearBadge: async (id: number) => void badges.delete(id),
  };
  const pageShows = async (tabId: number, url: string) => shown[tabId]?.split('#')[0] === url.split('#')[0];
  const navigation = createNavigation({ ...badgeDeps, tabStates, pageShows });
  return { badges, tabStates, navigation, badgeDeps, pageShows, shown };
}

describe('navigation events', () => {
  it('a late navigation event after the page’s report: the report and badge come back once the tab has loaded', async () => {
    const { badges, tabStates, navigation } = setup({ 3: copy.url });
    const report: TabState = { state: 'no-known-version', article: copy };
    await tabStates.write(3, copy.url, report);
    badges.set(3, '0%');

    await navigation.navigating(3);
    expect(await tabStates.read(3, undefined)).toBeUndefined();
    expect(badges.has(3)).toBe(false);

    await navigation.loaded(3);
    expect((await tabStates.read(3, copy.url))?.state).toEqual(report);
    expect(badges.get(3)).toBe('0%');
  });

  it('a real navigation to another page: nothing comes back', async () => {
    const { badges, tabStates, navigation, shown } = setup({ 3: copy.url });
    await tabStates.write(3, copy.url, { state: 'no-known-version', article: copy });
    await navigation.navigating(3);
    shown[3] = 'https://b-blog.example/';
    await navigation.loaded(3);
    expect(await tabStates.read(3, undefined)).toBeUndefined();
    expect(badges.has(3)).toBe(false);
    // Set aside once only: a later load of the same page does not bring the old entry back.
    shown[3] = copy.url;
    await navigation.loaded(3);
    expect(await tabStates.read(3, undefined)).toBeUndefined();
  });

  it('an entry written after the navigation wins over the one set aside; a check under way is not set aside', async () => {
    const { tabStates, navigation } = setup({ 3: copy.url, 4: orig.url });
    await tabStates.write(3, copy.url, { state: 'no-known-version', article: copy });
    await navigation.navigating(3);
    await tabStates.write(3, copy.url, { state: 'checking' });
    await navigation.loaded(3);
    expect((await tabStates.read(3, undefined))?.state).toEqual({ state: 'checking' });

    await tabStates.write(4, orig.url, { state: 'checking' });
    await navigation.navigating(4);
    await navigation.loaded(4);
    expect(await tabStates.read(4, undefined)).toBeUndefined();
  });

  it('a closed tab forgets what a navigation set aside', async () => {
    const { tabStates, navigation } = setup({ 3: copy.url });
    await tabStates.write(3, copy.url, { state: 'no-known-version', article: copy });
    await navigation.navigating(3);
    await tabStates.clear(3);
    await navigation.loaded(3);
    expect(await tabStates.read(3, undefined)).toBeUndefined();
  });

  it('the navigation event lands during the analysis of the page it announced: the result is kept while the tab still shows that page', async () => {
    for (const stillShown of [true, false]) {
      const { badges, tabStates, navigation, badgeDeps, pageShows, shown } = setup({ 2: copy.url });
      const library = fakeLibrary();
      const compare = fakeCompare({ [copy.url]: { [orig.url]: 0.92 }, [orig.url]: { [copy.url]: 0.95 } });
      let navigated = false;
      const deps: HandlerDeps = {
        ...badgeDeps,
        library: async () => library,
        compare: (a, b, o) => {
          // The browser's "loading" event for this very document arrives now.
          if (!navigated) {
            navigated = true;
            void navigation.navigating(2);
            if (!stillShown) shown[2] = 'https://b-blog.example/other';
          }
          return compare(a, b, o);
        },
        tabStates,
        tabInfo: async () => ({ loading: false }),
        pageShows,
      };
      const handlers = createHandlers(deps);
      await handlers.ArticleFound({ article: orig }, fromTab(1, orig.url));
      await handlers.ArticleFound({ article: copy }, fromTab(2, copy.url));
      expect(navigated).toBe(true);
      if (stillShown) {
        expect((await tabStates.read(2, copy.url))?.state.state).toBe('report');
        expect(badges.get(2)).toBe('92%');
      } else {
        expect(await tabStates.read(2, undefined)).toBeUndefined();
        expect(badges.has(2)).toBe(false);
      }
    }
  });
});
