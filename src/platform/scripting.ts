// Content scripts reach tabs that were already open when Wiretrace was installed, updated,
// reloaded or re-enabled. Chrome only injects manifest content scripts into documents
// loaded after that, so without this an open article says nothing until the reader
// reloads it. Injecting needs access to the tab's host, which Wiretrace holds only where
// the reader granted it (optional host permissions) or for the tab whose toolbar button
// they just clicked (activeTab); everywhere else the popup asks for a reload instead.
// Injecting into a page that already runs the script is a no-op: the loader imports the
// same ES module again, which the module cache does not re-run.
import { ext } from './browser';

function contentScriptFiles(): string[] {
  return (ext().runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.js ?? []);
}

/** True when the script now runs in the tab; false where the browser refuses. */
export async function injectIntoTab(tabId: number): Promise<boolean> {
  const api = ext();
  const files = contentScriptFiles();
  if (!api.scripting || !files.length) return false;
  try {
    await api.scripting.executeScript({ target: { tabId }, files });
    return true;
  } catch {
    return false; // no access to the host, or a page scripts may not run in (the web store, error pages)
  }
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
