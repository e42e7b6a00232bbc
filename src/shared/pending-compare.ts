// "Compare with…" a URL whose site the reader has not allowed yet: the popup asks the
// browser, and in Chrome the prompt closes the popup, so the click's own code never gets
// to send the comparison. The request is written down first; when the permission arrives
// the worker finds it here and runs the comparison for the tab, and the reader sees the
// report the next time they open the popup. Session storage: a tab id means nothing after
// the browser restarts.
import type { KeyValueArea } from './settings';

export const PENDING_COMPARE_KEY = 'pending-compare';
/** The same for "Find the original": `url` is the search engine's address the prompt asked for. */
export const PENDING_FIND_KEY = 'pending-find';
/** A pending request older than this is dropped (the reader has moved on). */
export const PENDING_COMPARE_MS = 5 * 60_000;

export interface PendingCompare {
  tabId: number;
  url: string;
  at: number;
}

type Area = KeyValueArea & { remove(key: string): Promise<void> };

export async function rememberCompare(area: Area, tabId: number, url: string, now = Date.now(), key = PENDING_COMPARE_KEY): Promise<void> {
  await area.set(key, { tabId, url, at: now } satisfies PendingCompare);
}

export async function forgetCompare(area: Area, key = PENDING_COMPARE_KEY): Promise<void> {
  await area.remove(key);
}

/** The pending request, removed from storage, if it is recent and well formed. */
export async function takeCompare(area: Area, now = Date.now(), key = PENDING_COMPARE_KEY): Promise<PendingCompare | undefined> {
  const v = (await area.get(key)) as Partial<PendingCompare> | undefined;
  if (v === undefined) return undefined;
  await area.remove(key);
  const ok =
    typeof v === 'object' &&
    v !== null &&
    Number.isSafeInteger(v.tabId) &&
    typeof v.url === 'string' &&
    /^https?:\/\//i.test(v.url) &&
    typeof v.at === 'number' &&
    now - v.at >= 0 &&
    now - v.at < PENDING_COMPARE_MS;
  return ok ? (v as PendingCompare) : undefined;
}
