import { afterEach, describe, expect, it } from 'vitest';
import { injectIntoOpenTabs, injectIntoTab } from './scripting';

type Tab = { id?: number; url: string; discarded?: boolean };

function fakeChrome(tabs: Tab[], failing = new Set<number>()) {
  const injected: { tabId: number; files: string[] }[] = [];
  const queries: unknown[] = [];
  (globalThis as { chrome?: unknown }).chrome = {
    runtime: { id: 'x', getManifest: () => ({ content_scripts: [{ js: ['assets/loader.js'] }] }) },
    tabs: {
      query: async (q: { url: string[] }) => {
        queries.push(q);
        return tabs.filter((t) => /^https?:/.test(t.url));
      },
    },
    scripting: {
      executeScript: async ({ target, files }: { target: { tabId: number; allFrames?: boolean }; files: string[] }) => {
        if (failing.has(target.tabId)) throw new Error('Cannot access contents of the page');
        expect(target.allFrames).toBeUndefined(); // top frame only
        injected.push({ tabId: target.tabId, files });
      },
    },
  };
  return { injected, queries };
}

afterEach(() => {
  delete (globalThis as { chrome?: unknown }).chrome;
});

describe('injectIntoOpenTabs', () => {
  it('gives every open http(s) tab the manifest content script, top frame only', async () => {
    const { injected, queries } = fakeChrome(
      [
        { id: 1, url: 'https://a.example/story' },
        { id: 2, url: 'http://b.example/' },
        { id: 3, url: 'https://c.example/', discarded: true },
        { id: 4, url: 'https://chromewebstore.google.com/x' },
      ],
      new Set([4]),
    );
    expect(await injectIntoOpenTabs()).toBe(2);
    expect(injected).toEqual([
      { tabId: 1, files: ['assets/loader.js'] },
      { tabId: 2, files: ['assets/loader.js'] },
    ]);
    expect(queries).toEqual([{ url: ['http://*/*', 'https://*/*'] }]);
  });
});

describe('injectIntoTab', () => {
  it('runs the manifest content script in one tab, and says false where the browser refuses (no host access)', async () => {
    const { injected } = fakeChrome([], new Set([8]));
    expect(await injectIntoTab(7)).toBe(true);
    expect(await injectIntoTab(8)).toBe(false);
    expect(injected).toEqual([{ tabId: 7, files: ['assets/loader.js'] }]);
  });
});
