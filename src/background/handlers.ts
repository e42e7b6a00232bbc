// One handler per message, as one object that `satisfies Handlers` (refined-github's
// handleMessages): the compiler fails if a message of the protocol has no handler here.
// Browser effects come in through `deps`, so these are tested in Node.
import type { Article } from '../core/types';
import { ProtocolError, senderPage, type Comparison, type Handlers, type TabState } from '../shared/messages';
import { fitArticleLimits, validateArticle } from '../shared/validate-article';
import type { PageStatus } from '../shared/page-status';
import { hostOfUrl, isPausedUrl, type Settings } from '../shared/settings';
import { analyseArticle, withIds } from './analyse';
import { showBadge as showBadgeWith } from './badge-view';
import { buildComparison } from './comparison';
import { createDiscoveryHandlers } from './discovery/handlers';
import type { DiscoveryService } from './discovery/service';
import { storedPair, type CompareFn, type LibraryPort } from './ports';
import type { TabStates } from './tab-state';
import { getMessage, readerMessage } from '../platform/i18n';

export interface HandlerDeps {
  library: () => Promise<LibraryPort>;
  compare: CompareFn;
  settings: () => Promise<Settings>;
  /** Writes a settings change ("Pause on this site"); absent in tests that never pause. */
  saveSettings?: (patch: Partial<Settings>) => Promise<Settings>;
  tabStates: TabStates;
  /** url is undefined unless the reader gave Wiretrace access to the tab's host (or activeTab). */
  tabInfo: (tabId: number) => Promise<{ url?: string; loading: boolean } | undefined>;
  /**
   * Run the content script in a tab no script has reported on (open before this extension
   * session). Works where the reader allowed it: a click on the toolbar button (activeTab)
   * or a host they granted. False where the browser refuses.
   */
  injectContentScript?: (tabId: number) => Promise<boolean | 'browser-page'>;
  /** The tab's content script on its page (platform/tabs askPageStatus); undefined: no script answered. */
  askPage?: (tabId: number) => Promise<PageStatus | undefined>;
  /** Whether the tab's document is at `url` (its content script says yes or no; platform/tabs askPageShows). */
  pageShows?: (tabId: number, url: string) => Promise<boolean>;
  setBadge: (tabId: number, text: string, color: string) => Promise<void>;
  clearBadge: (tabId: number) => Promise<void>;
  /** Feeds, search and compare-with (background/discovery); absent in some tests. */
  discovery?: DiscoveryService;
  /** Page markup → article, off the page's main thread (discovery/extract-page.ts). */
  extractPage?: (html: string, url: string) => Promise<Article | null>;
}

/** IndexedDB failures (DOMException names) that mean "the library could not be written". */
const STORAGE_ERRORS = new Set(['QuotaExceededError', 'UnknownError', 'AbortError', 'InvalidStateError', 'TransactionInactiveError', 'VersionError']);

function errorState(err: unknown): TabState {
  const name = err instanceof Error || err instanceof DOMException ? err.name : '';
  const message = readerMessage(err);
  // A failed write is rolled back whole (one transaction per change), so the popup can say
  // the saved articles are unchanged; the DOMException's name stays in the folded details.
  if (STORAGE_ERRORS.has(name)) return { state: 'error', cause: name === 'QuotaExceededError' ? 'storage-full' : 'storage', message: `${name}: ${message}` };
  return { state: 'error', cause: 'unknown', message };
}

export function createHandlers(deps: HandlerDeps) {
  const showBadge = (tabId: number, state: TabState) => showBadgeWith(deps, tabId, state);

  async function analyse(article: Article): Promise<TabState> {
    try {
      const [library, settings] = await Promise.all([deps.library(), deps.settings()]);
      const discover = deps.discovery ? (a: Article) => deps.discovery!.discoverFor(a) : undefined;
      const askIndex = deps.discovery ? (a: Article) => deps.discovery!.indexFor(a) : undefined;
      return await analyseArticle(article, { library, compare: deps.compare, remember: settings.indexVisitedArticles, discover, askIndex });
    } catch (err) {
      return errorState(err);
    }
  }

  /** The stored article a tab state is about, when it is this page's (for watch()). */
  function pageIdOf(state: TabState): string | undefined {
    if (state.state === 'no-known-version') return state.article.id;
    if (state.state === 'report') return state.report.pageRole === 'copy' ? state.report.copy.id : state.report.source.id;
    return undefined;
  }

  /**
   * A copy of a stored article was just found: every other tab showing that article is
   * analysed again, so the original's tab says "copied by …" without a reload (issue 11).
   * One level only: those runs do not cascade further.
   */
  async function refreshOriginalTabs(originalId: string, fromTab: number): Promise<void> {
    for (const other of await deps.tabStates.watchers(originalId)) {
      if (other === fromTab) continue;
      const entry = await deps.tabStates.read(other, undefined);
      if (!entry || pageIdOf(entry.state) !== originalId) continue;
      const stored = await (await deps.library()).getArticle(originalId);
      if (stored) await run(other, entry.url, stored.article, false);
    }
  }

  /** Analyse and publish for the tab, unless the tab has moved on to another page meanwhile. */
  // Pages this worker is reading or analysing now. A 'checking' entry older than
  // CHECKING_STALE_MS means "the worker was stopped mid-way" only when no such work is under
  // way here: a long analysis must not be started a second time beside itself (issue 14,
  // item 8). Memory only, on purpose: a restarted worker has an empty set, and redoes.
  const inFlight = new Map<string, number>();
  /** Copies found by this worker; memory only (a restarted worker re-checks tabs anyway). */
  let copiesFound = 0;
  const flightKey = (tabId: number, url: string) => `${tabId} ${url}`;
  async function inFlightFor<T>(tabId: number, url: string, work: () => Promise<T>): Promise<T> {
    const key = flightKey(tabId, url);
    inFlight.set(key, (inFlight.get(key) ?? 0) + 1);
    try {
      return await work();
    } finally {
      const n = (inFlight.get(key) ?? 1) - 1;
      if (n > 0) inFlight.set(key, n);
      else inFlight.delete(key);
    }
  }

  /**
   * The tab's entry vanished during the analysis. A navigation event clears it, and the
   * browser may deliver that event after the report of the very document it announced (a
   * page restored from the back/forward cache reports at pageshow, at once): the result
   * is kept if the tab's document is still this page, as its content script says.
   */
  async function writeIfStillShown(tabId: number, url: string, state: TabState): Promise<boolean> {
    if (!deps.pageShows || (await deps.tabStates.read(tabId, undefined))) return false;
    if (!(await deps.pageShows(tabId, url).catch(() => false))) return false;
    if (await deps.tabStates.read(tabId, undefined)) return false;
    await deps.tabStates.write(tabId, url, state);
    return true;
  }

  async function run(tabId: number, url: string, article: Article, cascade = true): Promise<TabState> {
    return inFlightFor(tabId, url, async () => {
      await deps.tabStates.write(tabId, url, { state: 'checking' });
      await deps.clearBadge(tabId);
      const copiesBefore = copiesFound;
      let state = await analyse(article);
      // A copy found in another tab while this one was still checking skipped this tab
      // (refreshOriginalTabs only updates finished tabs): this page may be its original.
      if (state.state === 'no-known-version' && copiesFound !== copiesBefore) state = await analyse(article);
      if ((await deps.tabStates.replace(tabId, url, state)) || (await writeIfStillShown(tabId, url, state))) {
        await showBadge(tabId, state);
        const pageId = pageIdOf(state);
        if (pageId) await deps.tabStates.watch(pageId, tabId);
        const originalId = state.state === 'report' && state.report.pageRole === 'copy' ? state.report.source.id : undefined;
        if (originalId) copiesFound++;
        if (cascade && originalId) await refreshOriginalTabs(originalId, tabId).catch(() => undefined);
      }
      return state;
    });
  }

  /** The stored article of the page the tab shows (as its content script reported it). */
  async function pageOfTab(tabId: number) {
    const tab = await deps.tabInfo(tabId);
    const pageUrl = tab ? ((await deps.tabStates.read(tabId, tab.url))?.url ?? tab.url) : undefined;
    if (!pageUrl) throw new Error(getMessage('error_pageNotRead'));
    const page = await (await deps.library()).getArticleByUrl(pageUrl);
    if (!page) throw new Error(getMessage('error_pageNotArticle'));
    return { pageUrl, page };
  }

  /** The paused state for `url` when the reader paused its site; nothing is read or kept then. */
  async function pausedState(url: string): Promise<TabState | undefined> {
    if (!isPausedUrl(await deps.settings(), url)) return undefined;
    return { state: 'paused', host: hostOfUrl(url)! };
  }

  /** The URL of the page a tab shows, as far as the worker knows it (its entry, or the tab's URL with host access). */
  async function pageUrlOf(tabId: number): Promise<string | undefined> {
    const tab = await deps.tabInfo(tabId);
    if (!tab) return undefined;
    return (await deps.tabStates.read(tabId, tab.url))?.url ?? (tab.url && /^https?:/i.test(tab.url) ? tab.url : undefined);
  }

  /** The tab's page read afresh: from the library when it holds it, else by its content script. */
  async function recheck(tabId: number): Promise<TabState> {
    const url = await pageUrlOf(tabId);
    if (url) {
      const paused = await pausedState(url);
      if (paused) return paused;
      const stored = await (await deps.library()).getArticleByUrl(url);
      if (stored) return run(tabId, url, stored.article);
    }
    await deps.tabStates.clear(tabId);
    // The content script reports again when asked and it holds an article (page-status.ts).
    const page = await deps.askPage?.(tabId);
    if (page) return { state: page };
    const injected = deps.injectContentScript ? await deps.injectContentScript(tabId) : false;
    if (injected === 'browser-page') return { state: 'browser-page' };
    return injected ? { state: 'checking' } : { state: 'unread' };
  }

  const handlers = {
    async ArticleFound({ article }, sender) {
      const tabId = sender.tabId!;
      // A content script reports the page it runs in (or moved to by pushState), never another one.
      const pageUrl = senderPage(article.url, sender);
      if (!pageUrl) throw new ProtocolError('ArticleFound: article.url is not the sender page');
      const paused = await pausedState(pageUrl);
      if (paused) {
        await deps.tabStates.write(tabId, pageUrl, paused);
        await deps.clearBadge(tabId);
        return { ok: true };
      }
      await run(tabId, pageUrl, article);
      return { ok: true };
    },

    async PageFound({ url, html, cut }, sender) {
      const tabId = sender.tabId!;
      const pageUrl = senderPage(url, sender);
      if (!pageUrl) throw new ProtocolError('PageFound: url is not the sender page');
      // Paused on this site: the markup is not even read.
      const paused = await pausedState(pageUrl);
      if (paused) {
        await deps.tabStates.write(tabId, pageUrl, paused);
        await deps.clearBadge(tabId);
        return { ok: true, found: false };
      }
      if (!deps.extractPage) throw new Error('page reading is not available in this build');
      await deps.tabStates.write(tabId, pageUrl, { state: 'checking' });
      // A failure to read (offscreen document not up yet, worker stopping) throws back to
      // the content script, which sends again; only "no article in it" is an answer, and
      // so is a page that ran past the reading time limit (sending it again would only
      // hold the page reader as long again).
      let read: Article | null;
      try {
        read = await inFlightFor(tabId, pageUrl, () => deps.extractPage!(html, pageUrl));
      } catch (e) {
        if ((e as Error)?.name !== 'ReadTimeoutError') throw e;
        const state: TabState = { state: 'error', message: readerMessage(e) };
        if (await deps.tabStates.replace(tabId, pageUrl, state)) await deps.clearBadge(tabId);
        return { ok: true, found: false };
      }
      let article: Article | null = null;
      try {
        // The markup is the page's: the article read from it is checked like one a content
        // script sends (size budget, http(s) URLs, known fields only).
        // An oversized page is read in part: its first paragraphs within the limits.
        article = read ? validateArticle(fitArticleLimits(read, cut)) : null;
      } catch {
        article = null;
      }
      if (!article) {
        if (await deps.tabStates.replace(tabId, pageUrl, { state: 'not-article' })) await deps.clearBadge(tabId);
        return { ok: true, found: false };
      }
      await run(tabId, pageUrl, article);
      return { ok: true, found: true };
    },

    async NotArticle({ url }, sender) {
      const tabId = sender.tabId!;
      const pageUrl = senderPage(url, sender);
      if (!pageUrl) throw new ProtocolError('NotArticle: url is not the sender page');
      // Kept, not cleared: the worker cannot read tab URLs without host access, so this
      // entry is how the popup tells "read, not an article" from "never read".
      await deps.tabStates.write(tabId, pageUrl, { state: 'not-article' });
      await deps.clearBadge(tabId);
      return { ok: true };
    },

    async GetTabState({ tabId }) {
      const tab = await deps.tabInfo(tabId);
      if (!tab) return { state: 'not-article' };
      // A tab URL is only visible with access to its host; without it the stored entry (its
      // URL came from the content script, and navigation clears it) is the page's.
      if (tab.url !== undefined && !/^https?:/i.test(tab.url)) return { state: 'browser-page' };
      const entry = await deps.tabStates.read(tabId, tab.url);
      if (entry && (!deps.tabStates.isStale(entry) || inFlight.has(flightKey(tabId, entry.url)))) return entry.state;
      if (entry) {
        // The worker was stopped mid-analysis: redo it from the stored article.
        const stored = await (await deps.library()).getArticleByUrl(entry.url);
        if (stored) return run(tabId, entry.url, stored.article);
        const state: TabState = { state: 'error', cause: 'interrupted', message: 'the worker stopped during the check and the page was not stored' };
        await deps.tabStates.write(tabId, entry.url, state);
        return state;
      }
      if (tab.loading) return { state: 'checking' };
      // The script stays silent on pages that are not articles: ask it.
      const page = await deps.askPage?.(tabId);
      if (page) return { state: page };
      // No script answers: the tab was open before Wiretrace started. The popup's own click
      // (activeTab) lets the script run now; the popup polls 'checking'.
      const injected = deps.injectContentScript ? await deps.injectContentScript(tabId) : false;
      if (injected === 'browser-page') return { state: 'browser-page' };
      if (injected) return { state: 'checking' };
      return { state: 'unread' };
    },

    async SetMatchRejected({ tabId, pageId, otherId, rejected }) {
      const library = await deps.library();
      if (!library.setMatchRejected) throw new Error('this library cannot remember wrong matches');
      const page = await library.getArticle(pageId);
      if (!page || !(await library.getArticle(otherId))) throw new Error(getMessage('error_versionGone'));
      await library.setMatchRejected(pageId, otherId, rejected);
      // The tab's page is analysed again, if the tab still shows the page the popup reported on.
      const tab = await deps.tabInfo(tabId);
      const entry = tab ? await deps.tabStates.read(tabId, tab.url) : undefined;
      if (!entry) return { state: 'not-article' };
      return run(tabId, entry.url, page.article);
    },

    async GetComparison({ copyId, knownId }): Promise<Comparison> {
      return buildComparison(await deps.library(), deps.compare, copyId, knownId);
    },

    /** "Pause on this site" (and Resume): stored in settings, honoured by ArticleFound/PageFound. */
    async SetSitePaused({ tabId, paused }) {
      const url = await pageUrlOf(tabId);
      const host = url && hostOfUrl(url);
      if (!host) throw new Error(getMessage('error_unknownSite'));
      if (!deps.saveSettings) throw new Error('settings cannot be changed in this build');
      const current = (await deps.settings()).pausedSites;
      await deps.saveSettings({ pausedSites: paused ? [...current.filter((h) => h !== host), host] : current.filter((h) => h !== host) });
      if (!paused) return recheck(tabId);
      // What was read of the page stays in the library (Options → Library deletes it); the
      // tab says paused and its badge goes.
      const state: TabState = { state: 'paused', host };
      await deps.tabStates.write(tabId, url, state);
      await deps.clearBadge(tabId);
      return state;
    },

    async Recheck({ tabId }) {
      return recheck(tabId);
    },

    /** "Compare with…": the tab's page against a pasted URL (fetched, bounded) or text. */
    async CompareWith({ tabId, url, text }) {
      if (!deps.discovery) throw new Error('compare-with is not available in this build');
      const { pageUrl, page } = await pageOfTab(tabId);
      const other = await deps.discovery.versionFor({ url, text });
      if (other.id === page.id) throw new Error(getMessage('error_samePage'));
      const state: TabState = { state: 'report', report: withIds(deps.compare(page.article, other.article, storedPair(page, other)), page.id, other.id) };
      await deps.tabStates.write(tabId, pageUrl, state);
      await showBadge(tabId, state);
      return state;
    },

    async GetFindOriginal({ tabId }) {
      if (!deps.discovery) return { state: 'off' };
      return deps.discovery.findView((await pageOfTab(tabId).catch(() => undefined))?.page.article);
    },

    async FindOriginal({ tabId, retry }) {
      if (!deps.discovery) return { state: 'off' };
      return deps.discovery.find((await pageOfTab(tabId).catch(() => undefined))?.page.article, retry);
    },

    async ListArticles({ query }) {
      const library = await deps.library();
      return library.listArticles ? library.listArticles(query, 50) : [];
    },

    async DeleteArticle({ id }) {
      const library = await deps.library();
      if (!library.deleteArticle) throw new Error('this library cannot delete articles');
      return { deleted: await library.deleteArticle(id) };
    },

    ...createDiscoveryHandlers(() => deps.discovery),
  } satisfies Handlers;

  return handlers;
}
