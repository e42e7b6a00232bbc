// What the options page needs from the extension, as an interface (Dark Reader's
// ui/connect pattern), so the page also runs in plain Vite dev and in tests with the mock.
import type { ArticleSummary, LibraryStatus } from '../../shared/messages';
import { loadSettings, saveSettings, type Settings, type SettingsPatch } from '../../shared/settings';
import { chunkLines } from '../../shared/chunk-lines';
import { checkImportLines, type ImportResult } from '../../shared/import-lines';
import { inExtension } from '../../platform/browser';
import { send } from '../../platform/messaging';
import { ensureAccessToEverySite, ensureHostAccess, grantedHostPatterns, revokeHostAccess } from '../../platform/permissions';
import { settingsArea } from '../../platform/storage';

export interface OptionsClient {
  status(): Promise<LibraryStatus>;
  /** Poll one feed (just added) or, without a URL, every enabled feed. */
  pollNow(url?: string): Promise<LibraryStatus>;
  setCap(capBytes: number): Promise<LibraryStatus>;
  /** The export as pieces of JSON lines, to join in a Blob (one page per message). */
  exportLibrary(): Promise<string[]>;
  importLibrary(text: string): Promise<ImportResult>;
  clearLibrary(): Promise<LibraryStatus>;
  /** Remembered articles whose headline, outlet or address contains `query` (most recent first). */
  listArticles(query: string): Promise<ArticleSummary[]>;
  deleteArticle(id: string): Promise<boolean>;
  settings(): Promise<Settings>;
  saveSettings(patch: SettingsPatch): Promise<Settings>;
  /** Host access for these URLs; asks the reader (must run in a click handler). */
  requestAccess(urls: string[]): Promise<boolean>;
  /** Access to every site (automatic search); asks the reader once (must run in a click handler). */
  requestEverySite(): Promise<boolean>;
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
    // The whole file is checked here first: a file with any bad line sends nothing. Then
    // it goes in chunks, in order; the worker checks each again and writes it whole or not.
    importLibrary: async (text) => {
      const checked = checkImportLines(text);
      if (checked.failed) return { imported: 0, kept: 0, failed: checked.failed, problems: checked.problems };
      const total: ImportResult = { imported: 0, kept: 0, failed: 0, problems: [] };
      for (const chunk of chunkLines(text)) {
        const r = await send('ImportLibrary', chunk);
        total.imported += r.imported;
        total.kept += r.kept;
        total.failed += r.failed;
        total.problems.push(...r.problems);
        // A chunk that could not be stored stops the import there (earlier chunks are stored).
        if (r.failed) break;
      }
      return total;
    },
    clearLibrary: () => send('ClearLibrary', {}),
    listArticles: (query) => send('ListArticles', { query }),
    deleteArticle: async (id) => (await send('DeleteArticle', { id })).deleted,
    settings: () => loadSettings(settingsArea()),
    saveSettings: (patch) => saveSettings(settingsArea(), patch),
    requestAccess: ensureHostAccess,
    requestEverySite: ensureAccessToEverySite,
    grantedSites: grantedHostPatterns,
    revokeSite: (pattern) => revokeHostAccess([pattern]),
  };
}

export function defaultOptionsClient(fallback: () => OptionsClient): OptionsClient {
  return inExtension() ? extensionOptionsClient() : fallback();
}
