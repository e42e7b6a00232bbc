// Per-tab state, kept in storage (the worker may be stopped between any two events).
// Keyed by tab id and stamped with the page URL: a state is only ever answered for the
// document it was computed for, so a late result for a page the reader has left is dropped.
import type { Report } from '../core/types';
import type { NotKept, TabState } from '../shared/messages';
import { samePage } from '../shared/messages';
import { badgeFor, type BadgeView } from './badge-view';

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
/** The entry a navigation set aside, until the tab's new document has loaded. */
const leftKey = (tabId: number) => `left:${tabId}`;
const watchKey = (libraryId: string) => `watch:${libraryId}`;
/** Tabs remembered per stored article; more tabs on one article than this is not a reader's case. */
const MAX_WATCHERS = 20;

/** Where full reports live (the library's report cache in IndexedDB). */
export interface ReportStore {
  putReport(key: string, report: Report): Promise<void>;
  getReport(key: string): Promise<Report | undefined>;
}

/**
 * What storage.session holds for a report: a pointer to it and the badge view, never the
 * report itself. One report for a long pair took 5.15 MB of the 10 MB session quota, and
 * the next long page then failed with "Session storage quota bytes exceeded" (issue 14,
 * item 6).
 */
interface ReportPointer {
  state: 'report-ref';
  key: string;
  badge?: BadgeView;
  notKept?: NotKept;
}

interface StoredEntry {
  url: string;
  state: TabState | ReportPointer;
  at: number;
}

function isEntry(v: unknown): v is StoredEntry {
  return typeof v === 'object' && v !== null && typeof (v as StoredEntry).url === 'string' && typeof (v as StoredEntry).state === 'object';
}

/** `reports`: where full reports go; without it (tests, tools) they stay in `store`. */
export function createTabStates(store: TabStore, now: () => number = Date.now, reports?: () => Promise<ReportStore>) {
  const watchQueue = new Map<string, Promise<void>>();
  async function stored(tabId: number, url: string, state: TabState): Promise<StoredEntry> {
    if (state.state !== 'report' || !reports) return { url, state, at: now() };
    const key = `${keyOf(tabId)}:${url}`;
    try {
      await (await reports()).putReport(key, state.report);
    } catch {
      // The library cannot be written (quota, a broken IndexedDB): the session holds it, as before.
      return { url, state, at: now() };
    }
    return { url, state: { state: 'report-ref', key, badge: badgeFor(state), ...(state.notKept ? { notKept: state.notKept } : {}) }, at: now() };
  }

  async function resolve(entry: StoredEntry): Promise<TabEntry> {
    if (entry.state.state !== 'report-ref') return entry as TabEntry;
    const pointer = entry.state as ReportPointer;
    const report = reports ? await (await reports()).getReport(pointer.key) : undefined;
    // Dropped from the report cache meanwhile: an interrupted check, redone from the stored article.
    if (!report) return { url: entry.url, state: { state: 'checking' }, at: 0 };
    return { url: entry.url, state: { state: 'report', report, ...(pointer.notKept ? { notKept: pointer.notKept } : {}) }, at: entry.at };
  }

  return {
    async read(tabId: number, url: string | undefined): Promise<TabEntry | undefined> {
      const entry = await store.get(keyOf(tabId));
      if (!isEntry(entry)) return undefined;
      return url === undefined || samePage(entry.url, url) ? resolve(entry) : undefined;
    },
    async write(tabId: number, url: string, state: TabState): Promise<void> {
      await store.set(keyOf(tabId), await stored(tabId, url, state));
    },
    /** Writes only if the tab still shows `url` per the stored entry (no stale overwrite). */
    async replace(tabId: number, url: string, state: TabState): Promise<boolean> {
      const current = await store.get(keyOf(tabId));
      if (isEntry(current) && !samePage(current.url, url)) return false;
      if (!isEntry(current)) return false;
      const next = await stored(tabId, url, state);
      // The report was written meanwhile: check the tab again before pointing at it.
      const again = await store.get(keyOf(tabId));
      if (!isEntry(again) || !samePage(again.url, url)) return false;
      await store.set(keyOf(tabId), next);
      return true;
    },
    async clear(tabId: number): Promise<void> {
      await store.remove(keyOf(tabId));
      await store.remove(leftKey(tabId));
    },
    /**
     * The tab started loading a document: its entry no longer describes it, and is set
     * aside rather than dropped. The browser may deliver that event after the new
     * document's own report (a page restored from the back/forward cache reports at
     * pageshow, at once), and then the entry set aside is the new page's (CI failure of
     * worker-lifecycle.spec: the badge never came back). `restoreLeft` puts it back.
     */
    async leave(tabId: number): Promise<void> {
      const entry = await store.get(keyOf(tabId));
      await store.remove(keyOf(tabId));
      // A check under way is redone by its own run (see handlers' run()), not restored.
      if (isEntry(entry) && entry.state.state !== 'checking') await store.set(leftKey(tabId), entry);
      else await store.remove(leftKey(tabId));
    },
    /**
     * The tab finished loading: the entry set aside comes back if nothing was written
     * since and the tab still shows its page (`shows` asks the page itself: the worker
     * may not see tab URLs). Returns the entry restored.
     */
    async restoreLeft(tabId: number, shows: (url: string) => Promise<boolean>): Promise<TabEntry | undefined> {
      const left = await store.get(leftKey(tabId));
      await store.remove(leftKey(tabId));
      if (!isEntry(left) || isEntry(await store.get(keyOf(tabId)))) return undefined;
      if (!(await shows(left.url))) return undefined;
      if (isEntry(await store.get(keyOf(tabId)))) return undefined;
      await store.set(keyOf(tabId), left);
      return resolve(left);
    },
    /**
     * Remembers that `tabId` shows the stored article `libraryId`, so a copy of it found in
     * another tab can update this tab too (issue 11: the original's tab stayed "no known
     * version" until reloaded). Session storage: the list dies with the browser session.
     */
    async watch(libraryId: string, tabId: number): Promise<void> {
      // Read-modify-write of one list: two tabs finishing the same article at once each
      // read the list before the other wrote, and one tab was lost (it then never heard of
      // the copy; a11y.spec failed on CI). One chain per list in this worker serialises them.
      const key = watchKey(libraryId);
      const turn = (watchQueue.get(key) ?? Promise.resolve()).then(async () => {
        const v = await store.get(key);
        const now = Array.isArray(v) ? v.filter((n): n is number => Number.isSafeInteger(n)) : [];
        if (!now.includes(tabId)) await store.set(key, [...now, tabId].slice(-MAX_WATCHERS));
      });
      const settled = turn.catch(() => undefined);
      watchQueue.set(key, settled);
      void settled.then(() => {
        if (watchQueue.get(key) === settled) watchQueue.delete(key);
      });
      return turn;
    },
    async watchers(libraryId: string): Promise<number[]> {
      const v = await store.get(watchKey(libraryId));
      return Array.isArray(v) ? v.filter((n): n is number => Number.isSafeInteger(n)) : [];
    },
    isStale(entry: TabEntry): boolean {
      return entry.state.state === 'checking' && now() - entry.at > CHECKING_STALE_MS;
    },
  };
}

export type TabStates = ReturnType<typeof createTabStates>;
