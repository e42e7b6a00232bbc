// Per-tab state, kept in storage (the worker may be stopped between any two events).
// Keyed by tab id and stamped with the page URL: a state is only ever answered for the
// document it was computed for, so a late result for a page the reader has left is dropped.
import type { TabState } from '../shared/messages';
import { samePage } from '../shared/messages';

export interface TabEntry {
  url: string;
  state: TabState;
  /** ms since epoch; a 'checking' entry that is old was interrupted (worker stopped). */
  at: number;
}

export interface TabStore {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A 'checking' state older than this was cut off by a worker stop and is redone. */
export const CHECKING_STALE_MS = 30_000;

const keyOf = (tabId: number) => `tab:${tabId}`;

function isEntry(v: unknown): v is TabEntry {
  return typeof v === 'object' && v !== null && typeof (v as TabEntry).url === 'string' && typeof (v as TabEntry).state === 'object';
}

export function createTabStates(store: TabStore, now: () => number = Date.now) {
  return {
    async read(tabId: number, url: string | undefined): Promise<TabEntry | undefined> {
      const entry = await store.get(keyOf(tabId));
      if (!isEntry(entry)) return undefined;
      return url === undefined || samePage(entry.url, url) ? entry : undefined;
    },
    async write(tabId: number, url: string, state: TabState): Promise<void> {
      await store.set(keyOf(tabId), { url, state, at: now() } satisfies TabEntry);
    },
    /** Writes only if the tab still shows `url` per the stored entry (no stale overwrite). */
    async replace(tabId: number, url: string, state: TabState): Promise<boolean> {
      const current = await store.get(keyOf(tabId));
      if (isEntry(current) && !samePage(current.url, url)) return false;
      if (!isEntry(current)) return false;
      await store.set(keyOf(tabId), { url, state, at: now() } satisfies TabEntry);
      return true;
    },
    async clear(tabId: number): Promise<void> {
      await store.remove(keyOf(tabId));
    },
    isStale(entry: TabEntry): boolean {
      return entry.state.state === 'checking' && now() - entry.at > CHECKING_STALE_MS;
    },
  };
}

export type TabStates = ReturnType<typeof createTabStates>;
