// The interface extension pages use to talk to the worker (Dark Reader's ui/connect
// pattern): pages depend on `WiretraceClient`, never on messaging, so they also run in
// plain Vite dev and in component tests against the mock twin (client.mock.ts).
import type { Comparison, FindOriginalView, TabState } from '../shared/messages';
import { inExtension } from '../platform/browser';
import { send } from '../platform/messaging';
import { hasHostAccess, requestHostAccess } from '../platform/permissions';
import { sessionArea } from '../platform/storage';
import { activeTabId, openOptionsPage } from '../platform/tabs';
import { forgetCompare, PENDING_COMPARE_KEY, PENDING_FIND_KEY, rememberCompare } from '../shared/pending-compare';

export interface WiretraceClient {
  /** The tab a page reports on: `?tabId=N` when given (tests, pop-out), else the active tab. */
  currentTabId(): Promise<number | undefined>;
  tabState(tabId: number): Promise<TabState>;
  comparison(copyId: string, knownId: string): Promise<Comparison>;
  /** "This match is wrong" (or its undo) for the tab's page; returns the tab's new state. */
  setMatchRejected(tabId: number, pageId: string, otherId: string, rejected: boolean): Promise<TabState>;
  /** "Compare with…": the tab's page against a pasted URL or text; returns the tab's new state. */
  compareWith(tabId: number, input: { url: string } | { text: string }): Promise<TabState>;
  /** Pause (or resume) Wiretrace on the tab's site; returns the tab's new state. */
  setSitePaused(tabId: number, paused: boolean): Promise<TabState>;
  /** "Try again": read the tab's page again; returns the tab's new state. */
  recheck(tabId: number): Promise<TabState>;
  /**
   * Host access for these URLs: true if held, else the browser asks (must run in a click).
   * `forTab`: the request is for "Compare with…" urls[0] on that tab, written down first so
   * the worker runs it if the prompt closes the popup (see shared/pending-compare.ts).
   */
  requestAccess(urls: string[], forTab?: number, pending?: 'compare' | 'find'): Promise<boolean>;
  /** "Find the original": what a search would send, or this page's kept results. Sends nothing. */
  findOriginalState(tabId: number): Promise<FindOriginalView>;
  /** "Find the original": search now (results kept per article; `retry` after a failure). */
  findOriginal(tabId: number, retry?: boolean): Promise<FindOriginalView>;
  /** Opens the options page (where a news search is turned on). */
  openOptions(): Promise<void>;
}

export function tabIdFromQuery(search: string): number | undefined {
  const raw = new URLSearchParams(search).get('tabId');
  const n = raw === null ? NaN : Number(raw);
  return Number.isSafeInteger(n) && n >= 0 ? n : undefined;
}

export function extensionClient(search = location.search): WiretraceClient {
  return {
    async currentTabId() {
      return tabIdFromQuery(search) ?? (await activeTabId());
    },
    tabState: (tabId) => send('GetTabState', { tabId }),
    comparison: (copyId, knownId) => send('GetComparison', { copyId, knownId }),
    compareWith: (tabId, input) => send('CompareWith', { tabId, ...input }),
    setMatchRejected: (tabId, pageId, otherId, rejected) => send('SetMatchRejected', { tabId, pageId, otherId, rejected }),
    setSitePaused: (tabId, paused) => send('SetSitePaused', { tabId, paused }),
    recheck: (tabId) => send('Recheck', { tabId }),
    async requestAccess(urls, forTab, pending = 'compare') {
      if (await hasHostAccess(urls)) return true;
      const session = sessionArea();
      const key = pending === 'find' ? PENDING_FIND_KEY : PENDING_COMPARE_KEY;
      if (forTab !== undefined) await rememberCompare(session, forTab, urls[0], Date.now(), key);
      const granted = await requestHostAccess(urls);
      // Still open: the popup goes on itself (the worker may have started too; same result).
      if (forTab !== undefined) await forgetCompare(session, key);
      return granted;
    },
    findOriginalState: (tabId) => send('GetFindOriginal', { tabId }),
    findOriginal: (tabId, retry) => send('FindOriginal', { tabId, ...(retry ? { retry: true } : {}) }),
    openOptions: openOptionsPage,
  };
}

/** The real client inside the extension; outside it, `fallback()` (the mock, in dev). */
export function defaultClient(fallback: () => WiretraceClient): WiretraceClient {
  return inExtension() ? extensionClient() : fallback();
}
