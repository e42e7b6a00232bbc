import { describe, expect, it } from 'vitest';
import type { TabState } from '../shared/messages';
import { SIDE_BY_SIDE_PAGE } from '../shared/side-by-side';
import { openSideBySideFor } from './shortcut';

function run(state: TabState | Error, tabId: number | undefined = 7) {
  const opened: string[] = [];
  let popups = 0;
  const done = openSideBySideFor(
    {
      tabState: async () => {
        if (state instanceof Error) throw state;
        return state;
      },
      openPage: async (p) => void opened.push(p),
      openPopup: async () => (popups++, true),
    },
    tabId,
  );
  return done.then((how) => ({ how, opened, popups }));
}

describe('openSideBySideFor (keyboard shortcut)', () => {
  it('opens the side-by-side page naming both library versions of the tab’s report', async () => {
    const report = { copy: { id: 'c 1' }, source: { id: 'k&2' } } as unknown as Extract<TabState, { state: 'report' }>['report'];
    const r = await run({ state: 'report', report });
    expect(r.how).toBe('side-by-side');
    const url = new URL(r.opened[0], 'chrome-extension://x/');
    expect(url.pathname).toBe(`/${SIDE_BY_SIDE_PAGE}`);
    expect([url.searchParams.get('copy'), url.searchParams.get('known')]).toEqual(['c 1', 'k&2']);
  });

  it('opens the popup instead when there is nothing to put side by side', async () => {
    for (const state of [
      { state: 'checking' } as TabState,
      { state: 'no-known-version', article: { title: 't', url: 'https://a.test/' } } as TabState,
      new Error('worker'),
    ]) {
      const r = await run(state);
      expect([r.how, r.opened, r.popups]).toEqual(['popup', [], 1]);
    }
    expect((await run({ state: 'checking' }, undefined)).how).toBe('popup');
  });
});
