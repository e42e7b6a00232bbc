// "Find the original": a news search for a page with no known version. The phrases come
// from core/search/phrases.ts (never the page's address); the requests are spaced as the
// engine asks, across tabs and worker restarts (the next free slot is kept in the library's
// status store, not in memory: the worker may stop between two searches); the ranked
// results, or the failure, are kept per article so reopening the popup sends nothing again.
// A failure (time-out, rate limit, error page, a host not allowed) is reported and changes
// nothing else: no back-off is recorded against the page, no result is stored.
import { parseFeed } from '../../core/feeds/parse';
import { GDELT_SPACING_MS, gdeltUrl, parseGdelt, SearchAnswerError } from '../../core/search/gdelt';
import { phraseQuery, searchRequests } from '../../core/search/phrases';
import { rankResults, type SearchResult } from '../../core/search/rank';
import { msg } from '../../core/messages';
import type { Article } from '../../core/types';
import { readerMessage, say } from '../../platform/i18n';
import type { FindOriginalView, FoundVersion } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { canonicalUrl, discoveryStore as store, type Library } from '../library';
import { fetchBounded, FetchError, type FetchFn, type FetchLimits } from '../../shared/fetch-bounded';
import { HostAccessError } from './host-access';
import { searchUrl } from './query';

export interface SearchSource {
  /** Shown to the reader: "GDELT" or the endpoint's host. */
  name: string;
  /** An address on the engine's host: what host access is asked for. */
  endpoint: string;
  spacingMs: number;
  url(phrases: string[]): string;
  parse(body: string, contentType: string, url: string): SearchResult[];
}

/** A search is one or two small JSON or feed answers: less time than a page fetch. */
export const SEARCH_LIMITS: FetchLimits = { maxBytes: 2 * 1024 * 1024, timeoutMs: 10_000, maxRedirects: 3 };
/** Other engines are asked no more often than this (GDELT asks for five seconds). */
export const DEFAULT_SPACING_MS = 1_000;
/** After a rate-limited answer the engine is left alone this long. */
export const RATE_LIMIT_PAUSE_MS = 30_000;
/** A search waits at most this long for its slot; longer means "busy, try again". */
export const MAX_SLOT_WAIT_MS = 20_000;
/** Results are kept this long per article; a failure until the reader tries again. */
export const RESULTS_KEEP_MS = 24 * 60 * 60 * 1000;
/** Articles whose searches are kept (the oldest are dropped first). */
export const KEPT_SEARCHES = 200;
/** Results listed at most. */
export const LISTED_RESULTS = 10;

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

export function gdeltSource(endpoint: string): SearchSource {
  return {
    name: 'GDELT',
    endpoint,
    spacingMs: GDELT_SPACING_MS,
    url: (phrases) => gdeltUrl(endpoint, phraseQuery(phrases)),
    parse: (body) => parseGdelt(body),
  };
}

/** An engine with a `{query}` URL template that answers RSS, Atom or JSON. */
export function templateSource(template: string): SearchSource {
  const endpoint = searchUrl(template, 'x');
  return {
    name: hostOf(endpoint),
    endpoint,
    spacingMs: DEFAULT_SPACING_MS,
    url: (phrases) => searchUrl(template, phraseQuery(phrases)),
    parse: (body, contentType, url) =>
      parseFeed(body, contentType).items.flatMap((i) => {
        let link: string;
        try {
          link = new URL(i.link, url).toString();
        } catch {
          return [];
        }
        if (!/^https?:/i.test(link)) return [];
        const t = i.published ? Date.parse(i.published) : NaN;
        return [{ url: link, title: i.title ?? '', domain: hostOf(link), ...(Number.isFinite(t) ? { date: new Date(t).toISOString() } : {}) }];
      }),
  };
}

/** The search the popup's button runs: GDELT when the reader turned it on, else their own endpoint. */
export function searchSource(settings: Settings): SearchSource | undefined {
  if (settings.search.gdelt) return gdeltSource(settings.search.gdeltEndpoint);
  if (settings.search.enabled && settings.search.urlTemplate) return templateSource(settings.search.urlTemplate);
  return undefined;
}

export interface FindDeps {
  library: Library;
  fetch?: FetchFn;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
}

const keyOf = (article: Article) => `find:${canonicalUrl(article.canonicalUrl || article.url)}`;

/** The kept search for this article, if any (results still fresh, or a failure). */
export async function keptSearch(lib: Library, article: Article, now = Date.now()): Promise<FindOriginalView | undefined> {
  const rec = await store.getStatus(lib, keyOf(article));
  const view = rec?.value as FindOriginalView | undefined;
  if (!view || (view.state !== 'results' && view.state !== 'failed')) return undefined;
  if (view.state === 'results' && now - view.at > RESULTS_KEEP_MS) return undefined;
  return view;
}

async function keep(lib: Library, article: Article, view: FindOriginalView, now: number): Promise<void> {
  await store.putStatus(lib, keyOf(article), view as unknown as Record<string, unknown>, now);
  const keys = await lib.db.getAllKeys('status', IDBKeyRange.bound('find:', 'find:\uffff'));
  if (keys.length <= KEPT_SEARCHES) return;
  const recs = await Promise.all(keys.map((k) => lib.db.get('status', k)));
  const oldest = recs
    .filter((r) => r !== undefined)
    .sort((a, b) => a!.at - b!.at)
    .slice(0, keys.length - KEPT_SEARCHES);
  for (const r of oldest) await lib.db.delete('status', r!.key);
}

// Serialises slot reservations inside one worker; the slot itself is in the library, so a
// restarted worker (or another tab's search) sees it too.
let slotChain: Promise<unknown> = Promise.resolve();

/** Reserves the engine's next free request slot; resolves with how long to wait for it. */
async function reserveSlot(lib: Library, host: string, spacingMs: number, now: () => number): Promise<number> {
  const run = slotChain.then(async () => {
    const key = `search-slot:${host}`;
    const next = Number((await store.getStatus(lib, key))?.value.next ?? 0);
    const at = Math.max(now(), Number.isFinite(next) ? next : 0);
    if (at - now() > MAX_SLOT_WAIT_MS) return at - now();
    await store.putStatus(lib, key, { next: at + spacingMs }, now());
    return at - now();
  });
  slotChain = run.catch(() => {});
  return run;
}

async function pauseEngine(lib: Library, host: string, until: number, now: number): Promise<void> {
  await store.putStatus(lib, `search-slot:${host}`, { next: until }, now);
}

type Failure = Extract<FindOriginalView, { state: 'failed' }>;

function failureOf(e: unknown, source: SearchSource): Pick<Failure, 'reason' | 'message'> {
  if (e instanceof HostAccessError) return { reason: 'needs-access', message: readerMessage(e) };
  if (e instanceof SearchAnswerError) return { reason: e.kind, message: readerMessage(e) };
  const detail = readerMessage(e);
  if (e instanceof FetchError && e.msg.key === 'fetch_timedOut') return { reason: 'timeout', message: say(msg('find_timeout', source.name, detail)) };
  if (e instanceof FetchError && e.msg.key === 'fetch_http' && /^429\b/.test(e.msg.params[0] ?? ''))
    return { reason: 'rate-limited', message: say(msg('find_rateLimited', source.name, detail)) };
  return { reason: 'error', message: say(msg('find_sourceError', source.name, detail)) };
}

function found(r: ReturnType<typeof rankResults>[number]): FoundVersion {
  return { url: r.url, title: r.title, outlet: r.domain, ...(r.date ? { date: r.date } : {}), headlineMatch: r.headlineMatch };
}

/** What a search for this article would send, or why none can be made. Sends nothing. */
export function plannedSearch(article: Article, source: SearchSource | undefined): FindOriginalView {
  if (!source) return { state: 'off' };
  return { state: 'ready', source: source.name, endpoint: source.endpoint, phrases: searchRequests(article)[0] ?? [] };
}

/**
 * Runs the search for `article` (the kept one when there is one, unless `retry` and it
 * failed): a request with the best phrases, a second with the next ones only when the
 * first found nothing. Never throws.
 */
export async function findOriginal(deps: FindDeps, article: Article, source: SearchSource, options: { retry?: boolean } = {}): Promise<FindOriginalView> {
  const now = () => deps.now?.() ?? Date.now();
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const kept = await keptSearch(deps.library, article, now());
  if (kept && !(options.retry && kept.state === 'failed')) return kept;
  const requests = searchRequests(article);
  const base = { source: source.name, endpoint: source.endpoint };
  let view: FindOriginalView;
  if (requests.length === 0) {
    view = { state: 'failed', ...base, phrases: [], at: now(), reason: 'no-phrases', message: say(msg('find_tooLittleText')) };
  } else {
    view = { state: 'results', ...base, phrases: requests[0], at: now(), results: [] };
    const host = hostOf(source.endpoint);
    for (const phrases of requests) {
      const url = source.url(phrases);
      try {
        const wait = await reserveSlot(deps.library, host, source.spacingMs, now);
        if (wait > MAX_SLOT_WAIT_MS) throw new SearchAnswerError('rate-limited', msg('find_busy', source.name, String(Math.ceil(wait / 1000))));
        if (wait > 0) await sleep(wait);
        const got = await fetchBounded(url, 'feed', SEARCH_LIMITS, deps.fetch);
        const results = rankResults(article, source.parse(got.body, got.contentType, got.url), LISTED_RESULTS).map(found);
        view = { state: 'results', ...base, phrases, at: now(), results };
        await store.putStatus(deps.library, 'lastSearch', { query: phraseQuery(phrases), url, results: results.length, added: 0 }, now());
        if (results.length) break;
      } catch (e) {
        const f = failureOf(e, source);
        if (f.reason === 'rate-limited') await pauseEngine(deps.library, host, now() + RATE_LIMIT_PAUSE_MS, now());
        // A host the reader has not allowed was never contacted: nothing to keep, ask again next time.
        if (f.reason === 'needs-access') return { state: 'failed', ...base, phrases, at: now(), ...f };
        await store.putStatus(deps.library, 'lastSearch', { query: phraseQuery(phrases), url, results: 0, added: 0, error: f.message }, now());
        view = { state: 'failed', ...base, phrases, at: now(), ...f };
        break;
      }
    }
  }
  await keep(deps.library, article, view, now());
  return view;
}
