// What the badge shows for a tab state: on a copy, the share of the page's text found in the
// other version ("92%"), coloured by what the reader should make of it; on the original a
// green check mark; on an article with no known version a grey "0%".
import type { Verdict } from '../core/types';
import type { TabState } from '../shared/messages';

export const VERDICT_COLOURS: Record<Exclude<Verdict, 'unrelated' | 'same-page'>, string> = {
  'uncredited-copy': '#b3261e', // red: someone else's text, no credit
  'credited-copy': '#b26a00', // amber: a copy, but it says so
  'same-story-own-text': '#1f5fa8', // blue: same story, written independently
};
/**
 * The original of a copied story: it is not the reader's page that did something wrong, so
 * the badge is green whatever the copy's verdict (a red badge on CBC's own page would
 * read as an accusation against CBC).
 */
export const ORIGINAL_COLOUR = '#1e7d32';
/** Read, and no other version known: grey, "0%" of it found elsewhere (issue 11: no badge read as "not checked"). */
export const NO_VERSION_COLOUR = '#5d5d66';
/** The original shows a check mark, never a share: the share is the copy's doing, not this page's. */
export const ORIGINAL_TEXT = '✓';

export interface BadgeView {
  text: string;
  color: string;
}

export function badgeFor(state: TabState): BadgeView | undefined {
  if (state.state === 'no-known-version') return { text: '0%', color: NO_VERSION_COLOUR };
  if (state.state !== 'report') return undefined;
  const { report } = state;
  const verdict = report.verdict;
  if (verdict === 'unrelated' || verdict === 'same-page') return undefined;
  if (report.pageRole === 'source' && verdict !== 'same-story-own-text') return { text: ORIGINAL_TEXT, color: ORIGINAL_COLOUR };
  const share = Math.max(0, Math.min(1, report.reusedShare));
  return { text: `${Math.round(share * 100)}%`, color: report.pageRole === 'source' ? ORIGINAL_COLOUR : VERDICT_COLOURS[verdict] };
}

/** What puts a tab's badge on screen (platform/badge in the worker; fakes in tests). */
export interface BadgeDeps {
  settings: () => Promise<{ showBadge: boolean }>;
  setBadge: (tabId: number, text: string, color: string) => Promise<void>;
  clearBadge: (tabId: number) => Promise<void>;
}

/** The tab's badge for its state, or none where the reader turned badges off. */
export async function showBadge(deps: BadgeDeps, tabId: number, state: TabState): Promise<void> {
  const view = (await deps.settings()).showBadge ? badgeFor(state) : undefined;
  if (view) await deps.setBadge(tabId, view.text, view.color);
  else await deps.clearBadge(tabId);
}
