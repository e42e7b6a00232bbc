// "Compare with…" (CompareWith message): the tab's stored page against a version the
// discovery service fetched or built from pasted text.
import { describe, expect, it } from 'vitest';
import type { TabState } from '../shared/messages';
import { defaults } from '../shared/settings';
import type { DiscoveryService } from './discovery/service';
import { createHandlers, type HandlerDeps } from './handlers';
import { createTabStates } from './tab-state';
import { article, fakeCompare, fakeLibrary, memoryStore } from './testing';

const orig = article('https://a-wire.example/story');
const copy = article('https://b-blog.example/story');

function setup(pageStored: boolean) {
  const library = fakeLibrary();
  const badges = new Map<number, string>();
  const asked: unknown[] = [];
  const discovery = {
    async versionFor(input: { url?: string; text?: string }) {
      asked.push(input);
      if (input.url === 'https://down.example/x') throw new Error('HTTP 404');
      return library.putArticle(orig, 'visited');
    },
  } as unknown as DiscoveryService;
  const deps: HandlerDeps = {
    library: async () => library,
    compare: fakeCompare({ [copy.url]: { [orig.url]: 0.9 } }),
    settings: async () => defaults,
    tabStates: createTabStates(memoryStore(), () => 1000),
    tabInfo: async () => ({ url: copy.url, loading: false }),
    setBadge: async (id, text) => void badges.set(id, text),
    clearBadge: async (id) => void badges.delete(id),
    discovery,
  };
  const ready = pageStored ? library.putArticle(copy, 'visited') : Promise.resolve();
  return { handlers: createHandlers(deps), ready, asked, badges };
}

describe('CompareWith', () => {
  it('compares the tab’s page with the fetched version, stores the report as the tab’s state, sets the badge', async () => {
    const { handlers, ready, asked, badges } = setup(true);
    await ready;
    const state = (await handlers.CompareWith({ tabId: 3, url: orig.url })) as Extract<TabState, { state: 'report' }>;
    expect(asked).toEqual([{ url: orig.url, text: undefined }]);
    expect(state.report.source).toMatchObject({ url: orig.url });
    expect(state.report.source.id).toBeDefined();
    expect(state.report.copy.id).toBeDefined();
    expect(await handlers.GetTabState({ tabId: 3 })).toEqual(state);
    expect(badges.get(3)).toBe('90%');
  });

  it('says why when the page was never read or the other version cannot be fetched', async () => {
    const none = setup(false);
    await expect(none.handlers.CompareWith({ tabId: 3, url: orig.url })).rejects.toThrow(/not been read/);
    const down = setup(true);
    await down.ready;
    await expect(down.handlers.CompareWith({ tabId: 3, url: 'https://down.example/x' })).rejects.toThrow(/404/);
  });
});
