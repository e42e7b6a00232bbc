// "Compare this link with the page" (context menu on a link): the same path as the popup's
// Compare with…, under the same rule — the link's site is fetched only once the reader has
// allowed it. The menu click is a user gesture, so the browser's prompt may be shown from
// here; in Chrome the prompt's answer arrives as permissions.onAdded, so the request is
// written down first (shared/pending-compare.ts) and resume-compare.ts runs it then.
import { forgetCompare, rememberCompare } from '../shared/pending-compare';
import type { TabState } from '../shared/messages';
import type { KeyValueArea } from '../shared/settings';
import { readerMessage } from '../platform/i18n';

export interface LinkCompareDeps {
  session: KeyValueArea & { remove(key: string): Promise<void> };
  hasAccess(url: string): Promise<boolean>;
  /** Shows the browser's prompt; false when refused or not shown. */
  requestAccess(url: string): Promise<boolean>;
  compareWith(request: { tabId: number; url: string }): Promise<TabState>;
  /** A failure the reader should see in the popup (the tab's report stays in the library). */
  showError(tabId: number, message: string): Promise<void>;
  openPopup(): Promise<boolean>;
  /** A reader-facing sentence (from _locales). */
  message(key: 'linkCompareNotWeb' | 'linkCompareDenied' | 'linkCompareFailed', sub: string): string;
}

export type LinkCompareOutcome = 'compared' | 'waiting-for-access' | 'denied' | 'failed' | 'not-web';

export async function compareLink(deps: LinkCompareDeps, tabId: number, linkUrl: string): Promise<LinkCompareOutcome> {
  let url: URL;
  try {
    url = new URL(linkUrl);
  } catch {
    url = new URL('about:blank');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    await deps.showError(tabId, deps.message('linkCompareNotWeb', linkUrl.slice(0, 200)));
    void deps.openPopup();
    return 'not-web';
  }
  if (!(await deps.hasAccess(url.href))) {
    await rememberCompare(deps.session, tabId, url.href);
    if (await deps.requestAccess(url.href)) return 'waiting-for-access'; // onAdded resumes it
    await forgetCompare(deps.session);
    await deps.showError(tabId, deps.message('linkCompareDenied', url.host));
    void deps.openPopup();
    return 'denied';
  }
  try {
    await deps.compareWith({ tabId, url: url.href });
    void deps.openPopup();
    return 'compared';
  } catch (e) {
    await deps.showError(tabId, deps.message('linkCompareFailed', readerMessage(e)));
    void deps.openPopup();
    return 'failed';
  }
}
