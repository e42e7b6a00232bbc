// Content scripts reach tabs that were already open when Wiretrace was installed, updated,
// reloaded or re-enabled. Chrome only injects manifest content scripts into documents
// loaded after that, so without this every open article says "not an article" until the
// reader reloads it. Injecting into a page that already runs the script is a no-op: the
// loader imports the same ES module again, which the module cache does not re-run.
import { ext } from './browser';

export async function injectIntoOpenTabs(): Promise<number> {
  const api = ext();
  if (!api.scripting) return 0;
  const files = (api.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.js ?? []);
  if (!files.length) return 0;
  const tabs = await api.tabs.query({ url: ['http://*/*', 'https://*/*'] });
  const injected = await Promise.all(
    tabs.map(async (tab) => {
      // Discarded tabs have no document; they get the manifest script when reloaded.
      if (tab.id === undefined || tab.discarded) return false;
      try {
        await api.scripting.executeScript({ target: { tabId: tab.id }, files });
        return true;
      } catch {
        return false; // pages scripts may not run in (the web store, error pages)
      }
    }),
  );
  return injected.filter(Boolean).length;
}

