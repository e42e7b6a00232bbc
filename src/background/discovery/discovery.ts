// Where known versions come from, besides pages the reader opens: publisher feeds polled
// on a schedule, a search endpoint asked for Bulletin-style pages with no local match,
// and "compare with…" a URL. Every page goes through fetchBounded, is deduplicated by
// canonical URL against the library, and every failure is recorded with a back-off so
// nothing is retried in a tight loop. Browser effects (fetch, extraction in an offscreen
// document) come in through `deps`, so all of this runs in Node tests.
import { judgeNewsPage } from '../../core/news-page';
import { parseFeed } from '../../core/feeds/parse';
import type { Article } from '../../core/types';
import { canonicalUrl, discoveryStore as store, hostOf, type Library, type StoredArticle } from '../library';
import type { FailureRecord, FeedRecord } from '../library';
import { fetchBounded, type FetchFn } from '../../shared/fetch-bounded';
import { HostAccessError, refusedPart } from './host-access';
import { resolveHttp } from '../../shared/urls';
import { searchQuery, searchUrl } from './query';
import { msg } from '../../core/messages';
import { getMessage, readerMessage, say } from '../../platform/i18n';

export type ExtractFn = (html: string, url: string) => Promise<Article | null>;

export interface DiscoveryDeps {
  library: Library;
  extract: ExtractFn;
  fetch?: FetchFn;
  now?: () => number;
}

/** New items fetched per feed per poll: a feed listing 100 new links costs 10 fetches. */
export const ITEMS_PER_POLL = 10;
/** Search results fetched and indexed per search. */
export const SEARCH_RESULTS = 3;

// The failure as the reader will read it in the options page, in the browser's language.
const message = readerMessage;

/**
 * A failure with its back-off, unless it was a host the reader has not allowed: that was
 * never contacted, so the URL is fetched as soon as they allow it.
 */
async function noteFailure(deps: DiscoveryDeps, url: string, kind: FailureRecord['kind'], e: unknown, now: number): Promise<void> {
  if (!(e instanceof HostAccessError)) await store.recordFailure(deps.library, url, kind, message(e), now);
}

/**
 * Fetch, extract and store the article at `url`, unless the library already has it or an
 * earlier failure's back-off has not run out. Throws with a reader-facing message.
 */
export async function fetchArticle(
  deps: DiscoveryDeps,
  url: string,
  origin: 'feed' | 'search' | 'manual',
  kind: 'page' | 'compare' = 'page',
): Promise<StoredArticle> {
  const now = deps.now?.() ?? Date.now();
  const known = await deps.library.getArticleByUrl(url);
  if (known) return known;
  const blocked = kind === 'page' ? await store.blockingFailure(deps.library, canonicalUrl(url), now) : undefined;
  if (blocked) throw new Error(say(msg('error_notRetriedBefore', blocked.error, new Date(blocked.retryAt).toISOString())));
  try {
    const page = await fetchBounded(url, 'html', undefined, deps.fetch);
    // A redirect may land on a page the library already has.
    if (page.url !== url) {
      const landed = await deps.library.getArticleByUrl(page.url);
      if (landed) return landed;
    }
    const read = await deps.extract(page.body, page.url);
    if (!read) throw new Error(getMessage('error_noArticleOnPage'));
    // News articles only (issue 10, core/news-page.ts): a feed item or search result that
    // shows another kind of page (a shop, a forum, a wiki, docs) is not stored; a page the
    // reader named (compare with…) is. The page's markup evidence is never stored.
    if (origin !== 'manual' && judgeNewsPage(read).answer === 'not-news') throw new Error(getMessage('error_noArticleOnPage'));
    const { evidence: _markup, ...article } = read;
    const stored = await deps.library.putArticle(article, origin, { alsoUrls: [url, page.url] });
    await store.clearFailure(deps.library, canonicalUrl(url));
    return stored;
  } catch (e) {
    await noteFailure(deps, canonicalUrl(url), kind, e, now);
    throw e;
  }
}

/** Poll one feed: fetch it, then fetch and index its new items. Never throws. */
export async function pollFeed(deps: DiscoveryDeps, feedUrl: string, options: { force?: boolean } = {}): Promise<FeedRecord> {
  const now = deps.now?.() ?? Date.now();
  const prev: FeedRecord = (await store.getFeed(deps.library, feedUrl)) ?? { url: feedUrl, itemCount: 0, seen: [] };
  const blocked = options.force ? undefined : await store.blockingFailure(deps.library, feedUrl, now);
  if (blocked) return prev;
  let record: FeedRecord;
  try {
    const got = await fetchBounded(feedUrl, 'feed', undefined, deps.fetch);
    const feed = parseFeed(got.body, got.contentType);
    const links = feed.items.map((i) => resolveHttp(i.link, got.url)).filter((u): u is string => Boolean(u));
    const seen = new Set(prev.seen);
    const fresh = links.filter((u) => !seen.has(canonicalUrl(u))).slice(0, ITEMS_PER_POLL);
    let added = 0;
    const itemErrors: string[] = [];
    const thrown: unknown[] = [];
    for (const link of fresh) {
      try {
        await fetchArticle(deps, link, 'feed');
        added++;
        seen.add(canonicalUrl(link));
      } catch (e) {
        // The item is retried at a later poll once its own back-off allows.
        itemErrors.push(`${link}: ${message(e)}`);
        thrown.push(e);
      }
    }
    record = {
      url: feedUrl,
      title: feed.title ?? prev.title,
      lastPollAt: now,
      lastResult: {
        ok: true,
        items: links.length,
        added,
        failed: itemErrors.length,
        ...(itemErrors.length ? { firstError: itemErrors[0] } : {}),
        ...refusedPart(thrown),
      },
      itemCount: links.length,
      seen: [...seen],
    };
    await store.clearFailure(deps.library, feedUrl);
  } catch (e) {
    await noteFailure(deps, feedUrl, 'feed', e, now);
    record = { ...prev, lastPollAt: now, lastResult: { ok: false, error: message(e), ...refusedPart([e]) } };
  }
  await store.putFeed(deps.library, record);
  return record;
}

/** Poll the feeds whose last poll is older than `everyMs` (or every feed when forced). */
export async function pollFeeds(deps: DiscoveryDeps, urls: string[], everyMs: number, options: { force?: boolean } = {}): Promise<FeedRecord[]> {
  const now = deps.now?.() ?? Date.now();
  const out: FeedRecord[] = [];
  for (const url of urls) {
    const prev = await store.getFeed(deps.library, url);
    if (!options.force && prev?.lastPollAt !== undefined && now - prev.lastPollAt < everyMs) continue;
    out.push(await pollFeed(deps, url, options));
  }
  return out;
}

export interface SearchOutcome {
  query: string;
  url: string;
  results: number;
  added: number;
  error?: string;
  /** Origins the reader has not allowed: the endpoint's own, or results' that were skipped. */
  needsAccess?: string[];
}

/**
 * Ask the search endpoint about `article` and index the top results from other hosts.
 * The query and its outcome are kept for the options page. Never throws.
 */
export async function searchFor(deps: DiscoveryDeps, article: Article, template: string): Promise<SearchOutcome> {
  const now = deps.now?.() ?? Date.now();
  const query = searchQuery(article);
  const url = searchUrl(template, query);
  const outcome: SearchOutcome = { query, url, results: 0, added: 0 };
  const blocked = await store.blockingFailure(deps.library, url, now);
  if (blocked) {
    outcome.error = `${blocked.error} (not retried yet)`;
  } else {
    try {
      const got = await fetchBounded(url, 'feed', undefined, deps.fetch);
      const ownHost = hostOf(article.canonicalUrl || article.url);
      const links = parseFeed(got.body, got.contentType)
        .items.map((i) => resolveHttp(i.link, got.url))
        .filter((u): u is string => Boolean(u) && hostOf(u!) !== ownHost);
      outcome.results = links.length;
      const thrown: unknown[] = [];
      for (const link of links.slice(0, SEARCH_RESULTS)) {
        try {
          await fetchArticle(deps, link, 'search');
          outcome.added++;
        } catch (e) {
          // Recorded as a failure of that page; the other results still count.
          thrown.push(e);
        }
      }
      Object.assign(outcome, refusedPart(thrown));
    } catch (e) {
      Object.assign(outcome, { error: message(e) }, refusedPart([e]));
      await noteFailure(deps, url, 'search', e, now);
    }
  }
  await store.putStatus(deps.library, 'lastSearch', { ...outcome }, now);
  return outcome;
}

/** Bulletin-style: the page carries signals of a republisher (see core/types.ts Signal). */
export function looksRepublished(article: Article): boolean {
  return article.signals.length > 0;
}
