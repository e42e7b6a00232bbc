// Discovery as the worker uses it: one object over the library and the settings that
// polls feeds, searches for pages with no local match, fetches pages to compare with, and
// reports its state to the options page. Browser effects come in as deps (tested in Node).
import type { Article } from '../../core/types';
import type { FindOriginalView, LibraryStatus } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import {
  discoveryStore as store,
  exportJsonLinesPage,
  importJsonLines,
  type ExportPage,
  type ImportResult,
  type Library,
  type StoredArticle,
} from '../library';
import { fetchArticle, looksRepublished, pollFeeds, searchFor, type ExtractFn } from './discovery';
import type { FetchFn } from '../../shared/fetch-bounded';
import { guardFetch, type HasAccess } from './host-access';
import { searchQuery } from './query';
import { findOriginal, keptSearch, plannedSearch, searchSource } from './find-original';
import { overArticleLimits } from '../../shared/validate-article';
import { askSharedIndex, type IndexOutcome } from './shared-index';

export interface ServiceDeps {
  library: () => Promise<Library>;
  settings: () => Promise<Settings>;
  extract: ExtractFn;
  fetch?: FetchFn;
  /** Whether the reader allowed the URL's host; absent (Node tools, tests) = every host. */
  hasAccess?: HasAccess;
  /** Whether every host is allowed (redirects the browser hides may then be followed). */
  anyHost?: () => Promise<boolean>;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

/** Results an automatic search fetches and compares (the top of the ranked list). */
export const AUTO_COMPARED = 3;

export type DiscoveryService = ReturnType<typeof createDiscoveryService>;

/** A pasted text as an article (first line as headline, paragraphs as blocks). */
export function articleFromText(text: string): Article {
  const paras = text
    .split(/\n\s*\n|\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);
  const [title = 'Pasted text', ...rest] = paras;
  return { url: '', title: title.slice(0, 300), blocks: (rest.length ? rest : [title]).map((t) => ({ text: t })), signals: [] };
}

/** The page is not in the library (not read yet, or remembering articles is off): nothing to search with. */
function notRead(source: { name: string; endpoint: string }): FindOriginalView {
  return {
    state: 'failed',
    source: source.name,
    endpoint: source.endpoint,
    phrases: [],
    at: Date.now(),
    reason: 'not-read',
    message: 'this page has not been kept as an article',
  };
}

export function createDiscoveryService(deps: ServiceDeps) {
  const fetch: FetchFn | undefined = deps.hasAccess
    ? guardFetch(deps.fetch ?? ((input, init) => globalThis.fetch(input, init)), deps.hasAccess, deps.anyHost)
    : deps.fetch;
  const ctx = async () => ({ library: await deps.library(), extract: deps.extract, fetch, now: deps.now });

  return {
    /**
     * Poll the enabled feeds that are due; forced (the reader asked), every enabled feed
     * or only `only` (a feed just added), past any back-off.
     */
    async pollDue(force = false, only?: string): Promise<void> {
      const settings = await deps.settings();
      if (!settings.feeds.enabled || settings.feeds.urls.length === 0) return;
      const urls = only ? settings.feeds.urls.filter((u) => u === only) : settings.feeds.urls;
      await pollFeeds(await ctx(), urls, settings.feeds.pollMinutes * 60_000, { force });
    },

    /**
     * No local version matched `article`: poll feeds never polled yet, then (for a
     * Bulletin-style page, when enabled) ask the search endpoint. True when anything new
     * was stored, so the caller looks for candidates again.
     */
    async discoverFor(article: Article): Promise<boolean> {
      const settings = await deps.settings();
      const c = await ctx();
      let added = false;
      if (settings.feeds.enabled && settings.feeds.urls.length) {
        // Only feeds never polled: the alarm keeps the others current, and a page's check
        // should not wait on a round of every feed.
        const polled = await pollFeeds(c, settings.feeds.urls, Number.POSITIVE_INFINITY);
        added = polled.some((f) => f.lastResult?.ok && f.lastResult.added > 0);
      }
      if (settings.search.automatic && looksRepublished(article)) {
        added = (await this.searchAndFetch(article)) || added;
      } else if (settings.search.enabled && settings.search.urlTemplate && looksRepublished(article)) {
        const outcome = await searchFor(c, article, settings.search.urlTemplate);
        added ||= outcome.added > 0;
      }
      return added;
    },

    /**
     * Automatic search: the reader's search, then the top results fetched, read and stored
     * (each site only if the reader allowed it; automatic search asks for every site).
     */
    async searchAndFetch(article: Article): Promise<boolean> {
      const source = searchSource(await deps.settings());
      if (!source) return false;
      const c = await ctx();
      const view = await findOriginal({ library: c.library, fetch, now: deps.now, sleep: deps.sleep }, article, source);
      if (view.state !== 'results') return false;
      let added = false;
      for (const r of view.results.slice(0, AUTO_COMPARED)) {
        try {
          await fetchArticle(c, r.url, 'search');
          added = true;
        } catch {
          // Recorded as a failure of that page (or a site not allowed); the others still count.
        }
      }
      return added;
    },

    /** The popup's "Find the original" state for an article: kept results, or what would be sent. */
    async findView(article: Article | undefined): Promise<FindOriginalView> {
      const source = searchSource(await deps.settings());
      if (!source) return { state: 'off' };
      if (!article) return notRead(source);
      return (await keptSearch(await deps.library(), article, deps.now?.())) ?? plannedSearch(article, source);
    },

    /** Search now (the reader pressed "Find the original"). */
    async find(article: Article | undefined, retry = false): Promise<FindOriginalView> {
      const source = searchSource(await deps.settings());
      if (!source) return { state: 'off' };
      if (!article) return notRead(source);
      return findOriginal({ library: await deps.library(), fetch, now: deps.now, sleep: deps.sleep }, article, source, { retry });
    },

    /** The shared index's versions of `article` (undefined when no index is set). */
    async indexFor(article: Article): Promise<IndexOutcome | undefined> {
      const settings = await deps.settings();
      if (!settings.sharedIndex.enabled || !settings.sharedIndex.url) return undefined;
      return askSharedIndex(await deps.library(), article, settings.sharedIndex, fetch);
    },

    /** The other version for "compare with…": a URL (fetched, bounded) or pasted text. */
    async versionFor(input: { url?: string; text?: string }): Promise<StoredArticle> {
      const c = await ctx();
      if (input.url) return fetchArticle(c, input.url, 'manual', 'compare');
      const pasted = articleFromText(input.text ?? '');
      const over = overArticleLimits(pasted.blocks);
      if (over) throw new Error(`The pasted text is too long to compare: ${over}.`);
      return c.library.putArticle(pasted, 'manual');
    },

    async status(): Promise<LibraryStatus> {
      const lib = await deps.library();
      const settings = await deps.settings();
      const [usage, feeds, failures, lastSearch] = await Promise.all([
        lib.usage(),
        store.listFeeds(lib),
        store.recentFailures(lib, 20),
        store.getStatus(lib, 'lastSearch'),
      ]);
      const enabled = new Set(settings.feeds.urls);
      return {
        count: usage.count,
        bytes: usage.bytes,
        capBytes: usage.capBytes,
        feeds: settings.feeds.urls.map((url) => {
          const f = feeds.find((x) => x.url === url);
          return { url, title: f?.title, lastPollAt: f?.lastPollAt, lastResult: f?.lastResult, itemCount: f?.itemCount ?? 0, enabled: enabled.has(url) };
        }),
        failures: failures.map((f) => ({ url: f.url, kind: f.kind, error: f.error, at: f.at, count: f.count, retryAt: f.retryAt })),
        lastSearch: lastSearch ? { at: lastSearch.at, ...(lastSearch.value as Omit<NonNullable<LibraryStatus['lastSearch']>, 'at'>) } : undefined,
      };
    },

    /** What would be sent to the search endpoint for an article (shown before enabling). */
    previewQuery(article: Article): string {
      return searchQuery(article);
    },

    async setCap(capBytes: number): Promise<void> {
      await (await deps.library()).setCapBytes(capBytes);
    },

    async exportPage(after?: string): Promise<ExportPage> {
      return exportJsonLinesPage(await deps.library(), after);
    },

    async importText(text: string, firstLine?: number): Promise<ImportResult> {
      return importJsonLines(await deps.library(), text, firstLine);
    },

    async clear(): Promise<void> {
      await (await deps.library()).clear();
    },
  };
}
