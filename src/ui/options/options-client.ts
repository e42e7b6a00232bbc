// What the options page needs from the extension, as an interface (Dark Reader's
// ui/connect pattern), so the page also runs in plain Vite dev and in tests with the mock.
import type { LibraryStatus } from '../../shared/messages';
import { loadSettings, saveSettings, type Settings, type SettingsPatch } from '../../shared/settings';
import { chunkLines } from '../../shared/chunk-lines';
import { inExtension } from '../../platform/browser';
import { send } from '../../platform/messaging';
import { ensureHostAccess, grantedHostPatterns, revokeHostAccess } from '../../platform/permissions';
import { settingsArea } from '../../platform/storage';

export interface OptionsClient {
  status(): Promise<LibraryStatus>;
  /** Poll one feed (just added) or, without a URL, every enabled feed. */
  pollNow(url?: string): Promise<LibraryStatus>;
  setCap(capBytes: number): Promise<LibraryStatus>;
  /** The export as pieces of JSON lines, to join in a Blob (one page per message). */
  exportLibrary(): Promise<string[]>;
  importLibrary(text: string): Promise<{ imported: number; skipped: number; errors: string[] }>;
  clearLibrary(): Promise<LibraryStatus>;
  settings(): Promise<Settings>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  /** Host access for these URLs; asks the reader (must run in a click handler). */
  requestAccess(urls: string[]): Promise<boolean>;
  /** Host patterns the reader granted (not the content script's own). */
  grantedSites(): Promise<string[]>;
  /** Takes back access to one granted pattern; false when the browser refuses. */
  revokeSite(pattern: string): Promise<boolean>;
}

export function extensionOptionsClient(): OptionsClient {
  return {
    status: () => send('GetLibraryStatus', {}),
    pollNow: (url) => send('PollFeedsNow', url ? { url } : {}),
    setCap: (capBytes) => send('SetLibraryCap', { capBytes }),
    exportLibrary: async () => {
      const parts: string[] = [];
      let after: string | undefined;
      do {
        const page = await send('ExportLibrary', after === undefined ? {} : { after });
        parts.push(page.text);
        after = page.next;
      } while (after !== undefined);
      return parts;
    },
    // Sent in chunks, in order (a later chunk may update an article an earlier one added).
    importLibrary: async (text) => {
      const total = { imported: 0, skipped: 0, errors: [] as string[] };
      for (const chunk of chunkLines(text)) {
        const r = await send('ImportLibrary', chunk);
        total.imported += r.imported;
        total.skipped += r.skipped;
        total.errors.push(...r.errors.slice(0, Math.max(0, 5 - total.errors.length)));
      }
      return total;
    },
    clearLibrary: () => send('ClearLibrary', {}),
    settings: () => loadSettings(settingsArea()),
    saveSettings: (patch) => saveSettings(settingsArea(), patch),
    requestAccess: ensureHostAccess,
    grantedSites: grantedHostPatterns,
    revokeSite: (pattern) => revokeHostAccess([pattern]),
  };
}

export function defaultOptionsClient(fallback: () => OptionsClient): OptionsClient {
  return inExtension() ? extensionOptionsClient() : fallback();
}
