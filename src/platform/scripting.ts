// Content scripts reach tabs that were already open when Wiretrace was installed, updated,
// reloaded or re-enabled. Chrome only injects manifest content scripts into documents
// loaded after that, so without this an open article says nothing until the reader
// reloads it. Injecting needs access to the tab's host, which Wiretrace holds only where
// the reader granted it (optional host permissions) or for the tab whose toolbar button
// they just clicked (activeTab); everywhere else the popup asks for a reload instead.
// Injecting into a page that already runs the script is a no-op: the script finds its
// first run alive in the isolated world and stops (content/detect.ts).
import { ext } from './browser';

function contentScriptFiles(): string[] {
  return (ext().runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.js ?? []);
}

// What Chrome and Firefox answer for pages no extension may script: the browser's own pages
// (chrome://newtab, about:, settings), other extensions' pages and the web stores.
const BROWSER_PAGE_ERROR = /chrome:\/\/|chrome-search:|chrome-extension:|moz-extension:|about:|edge:\/\/|extensions gallery|webstore|cannot be scripted/i;

/**
 * True when the script now runs in the tab; 'browser-page' where no extension may run
 * (the popup says "Wiretrace does not read browser pages", not "reload"); false where the
 * reader has not granted the host.
 */
export async function injectIntoTabFor(tabId: number): Promise<boolean | 'browser-page'> {
  const api = ext();
  const files = contentScriptFiles();
  if (!api.scripting || !files.length) return false;
  try {
    await api.scripting.executeScript({ target: { tabId }, files });
    return true;
  } catch (err) {
    return BROWSER_PAGE_ERROR.test(err instanceof Error ? err.message : String(err)) ? 'browser-page' : false;
  }
}

/** True when the script now runs in the tab; false where the browser refuses. */
export async function injectIntoTab(tabId: number): Promise<boolean> {
  return (await injectIntoTabFor(tabId)) === true;
}

/** Tabs on hosts the reader has granted: the URL filter only matches tabs Wiretrace may read. */
export async function injectIntoOpenTabs(): Promise<number> {
  const api = ext();
  if (!api.scripting) return 0;
  const tabs = await api.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  // Discarded tabs have no document; they get the manifest script when reloaded.
  const injected = await Promise.all(tabs.map((tab) => (tab.id === undefined || tab.discarded ? false : injectIntoTab(tab.id))));
  return injected.filter(Boolean).length;
}
