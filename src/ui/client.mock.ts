// The mock twin of client.ts: fixed answers per tab, for plain Vite dev and component
// tests. `?state=report|checking|…` picks a canned state in dev.
import type { Comparison, FindOriginalView, TabState } from '../shared/messages';
import type { WiretraceClient } from './client';

/** `find`: the "Find the original" answers, before and after the button (default: no search source on). */
export function mockClient(
  states: Record<number, TabState>,
  comparisons: Record<string, Comparison> = {},
  grant = true,
  find: { before: FindOriginalView; after?: FindOriginalView } = { before: { state: 'off' } },
): WiretraceClient & { asked: string[] } {
  const asked: string[] = [];
  const ids = Object.keys(states).map(Number);
  const original = { ...states };
  return {
    asked,
    async requestAccess(urls) {
      asked.push(...urls);
      return grant;
    },
    async findOriginalState() {
      return find.before;
    },
    async findOriginal() {
      asked.push('find');
      return find.after ?? find.before;
    },
    async openOptions() {
      asked.push('options');
    },
    async currentTabId() {
      return ids[0];
    },
    async tabState(tabId) {
      return states[tabId] ?? { state: 'not-article' };
    },
    async comparison(copyId, knownId) {
      const found = comparisons[`${copyId}|${knownId}`];
      if (!found) throw new Error('no such comparison in the mock');
      return found;
    },
    // "Compare with…" answers with the tab's canned report when it has one.
    async compareWith(tabId, input) {
      if ('url' in input && !/^https?:\/\//i.test(input.url)) throw new Error('CompareWith.url must be an http(s) URL');
      const known = Object.values(original).find((s) => s.state === 'report');
      if (!known) throw new Error('no page to compare with in the mock');
      states[tabId] = known;
      return known;
    },
    // A rejected match leaves the tab with no known version; undo brings the report back.
    async setMatchRejected(tabId, _pageId, _otherId, rejected) {
      const before = original[tabId];
      states[tabId] =
        rejected && before?.state === 'report'
          ? { state: 'no-known-version', article: { title: before.report.copy.title, url: before.report.copy.url } }
          : before;
      return states[tabId] ?? { state: 'not-article' };
    },
    // Pausing shows the paused state for the page's host; resuming brings the tab's state back.
    async setSitePaused(tabId, paused) {
      const before = original[tabId];
      const url =
        before?.state === 'report'
          ? before.report.pageRole === 'copy'
            ? before.report.copy.url
            : before.report.source.url
          : before?.state === 'no-known-version'
            ? before.article.url
            : 'https://site.example/';
      states[tabId] = paused ? { state: 'paused', host: new URL(url).host } : (before ?? { state: 'not-article' });
      return states[tabId];
    },
    async recheck(tabId) {
      asked.push(`recheck:${tabId}`);
      return states[tabId] ?? { state: 'not-article' };
    },
  };
}
