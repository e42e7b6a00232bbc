// The link context menu, keyboard commands, and the two ways the worker shows the reader
// something without a click on the toolbar (open the popup, open an extension page).
import { ext } from './browser';

/** Chrome calls it contextMenus, Firefox also menus; both accept the same create(). */
function menus(): Ext['contextMenus'] {
  return ext().contextMenus;
}
type Ext = ReturnType<typeof ext>;

/**
 * Creates (or recreates) a context-menu item on http(s) links. Items persist in Chrome
 * across worker restarts but not always in Firefox, so it is called on install and on
 * every browser start; removeAll first, since creating an existing id is an error.
 */
export async function createLinkMenu(id: string, title: string): Promise<void> {
  await menus().removeAll();
  menus().create({ id, title, contexts: ['link'], targetUrlPatterns: ['http://*/*', 'https://*/*'] });
}

export function onLinkMenuClicked(id: string, cb: (tabId: number, linkUrl: string) => void): void {
  menus().onClicked.addListener((info, tab) => {
    if (info.menuItemId === id && tab?.id !== undefined && typeof info.linkUrl === 'string') cb(tab.id, info.linkUrl);
  });
}

/** At the worker's top level, so the event that wakes it finds the listener. */
export function onInstalledOrStarted(cb: () => void): void {
  ext().runtime.onInstalled.addListener(() => cb());
  ext().runtime.onStartup.addListener(() => cb());
}

export function onCommand(name: string, cb: (tabId: number | undefined) => void): void {
  ext().commands.onCommand.addListener((command, tab) => {
    if (command === name) cb(tab?.id);
  });
}

/** Opens the toolbar popup; false where the browser will not (no focused window, older Chrome, Firefox outside a gesture). */
export async function openPopup(): Promise<boolean> {
  try {
    await ext().action.openPopup();
    return true;
  } catch {
    return false;
  }
}

/** Opens an extension page (a path inside the package) in a new tab next to the reader's. */
export async function openExtensionPage(path: string): Promise<void> {
  await ext().tabs.create({ url: ext().runtime.getURL(path) });
}
