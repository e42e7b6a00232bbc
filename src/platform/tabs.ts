// Tabs: which one is active, and when one navigates or closes (so per-tab state is cleared).
import { asPageStatus, PAGE_STATUS_REQUEST, type PageStatus, pageShowsRequest } from '../shared/page-status';
import { ext } from './browser';

export async function activeTabId(): Promise<number | undefined> {
  const [tab] = await ext().tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

export async function tabInfo(tabId: number): Promise<{ url?: string; loading: boolean } | undefined> {
  try {
    const tab = await ext().tabs.get(tabId);
    return { url: tab.url, loading: tab.status === 'loading' };
  } catch {
    return undefined;
  }
}

/** What the content script in the tab's top frame says of its page; undefined when none answers. */
export async function askPageStatus(tabId: number): Promise<PageStatus | undefined> {
  try {
    return asPageStatus(await ext().tabs.sendMessage(tabId, PAGE_STATUS_REQUEST, { frameId: 0 }));
  } catch {
    return undefined; // no content script in the tab (open before this extension session)
  }
}

/** Whether the document in the tab's top frame is at `url`; false when no content script answers. */
export async function askPageShows(tabId: number, url: string): Promise<boolean> {
  try {
    return (await ext().tabs.sendMessage(tabId, pageShowsRequest(url), { frameId: 0 })) === true;
  } catch {
    return false;
  }
}

/** Called when a tab starts loading a new document (navigation or reload). */
export function onTabNavigating(cb: (tabId: number) => void): void {
  ext().tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') cb(tabId);
  });
}

/** Called when a tab has finished loading its document. */
export function onTabLoaded(cb: (tabId: number) => void): void {
  ext().tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'complete') cb(tabId);
  });
}

export function onTabClosed(cb: (tabId: number) => void): void {
  ext().tabs.onRemoved.addListener((tabId) => cb(tabId));
}

/** The options page, in a tab (the popup links to it for "turn on a news search"). */
export async function openOptionsPage(): Promise<void> {
  await ext().runtime.openOptionsPage();
}
