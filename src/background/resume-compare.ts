// The worker's half of shared/pending-compare.ts: when host access is added, a "Compare
// with…" the popup could not finish (the prompt closed it) runs for its tab.
import type { KeyValueArea } from '../shared/settings';
import { PENDING_FIND_KEY, takeCompare } from '../shared/pending-compare';
import type { FindOriginalView, TabState } from '../shared/messages';

export interface ResumeDeps {
  session: KeyValueArea & { remove(key: string): Promise<void> };
  hasAccess: (url: string) => Promise<boolean>;
  compareWith: (request: { tabId: number; url: string }) => Promise<TabState>;
  now?: () => number;
}

/** Runs the pending comparison if the access it waited for is now held; true when it ran. */
export async function resumePendingCompare(deps: ResumeDeps): Promise<boolean> {
  const pending = await takeCompare(deps.session, deps.now?.());
  if (!pending || !(await deps.hasAccess(pending.url))) return false;
  await deps.compareWith({ tabId: pending.tabId, url: pending.url });
  return true;
}

/** "Find the original" whose prompt (for the search engine's host) closed the popup: run the search for its tab. */
export async function resumePendingFind(
  deps: Omit<ResumeDeps, 'compareWith'> & { find: (request: { tabId: number }) => Promise<FindOriginalView> },
): Promise<boolean> {
  const pending = await takeCompare(deps.session, deps.now?.(), PENDING_FIND_KEY);
  if (!pending || !(await deps.hasAccess(pending.url))) return false;
  await deps.find({ tabId: pending.tabId });
  return true;
}
