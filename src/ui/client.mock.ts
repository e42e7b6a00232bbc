// The mock twin of client.ts: fixed answers per tab, for plain Vite dev and component
// tests. `?state=report|checking|…` picks a canned state in dev.
import type { Comparison, TabState } from '../shared/messages';
import type { WiretraceClient } from './client';

export function mockClient(states: Record<number, TabState>, comparisons: Record<string, Comparison> = {}): WiretraceClient {
  const ids = Object.keys(states).map(Number);
  return {
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
  };
}
