// The one message protocol between contexts. Each entry names its request and its reply;
// the worker's handler object `satisfies Handlers`, callers get a typed `send()`, and
// every request is validated where it is received (a page's content script is a
// semi-trusted sender: it can be driven by a hostile page).
//
// Pure module: no browser API. platform/messaging.ts moves envelopes over the wire;
// this file says what an envelope may contain and who may send it.
// Pattern: @webext-core/messaging's protocol map + refined-github's handler object;
// sender checks as in Vimium (drop content messages without sender.tab).
import type { PageKind } from '../core/news-page';
import type { Article, Report } from '../core/types';
import { IMPORT_CHUNK_CHARS } from './chunk-lines';
import { ProtocolError } from './protocol-error';
import { validateArticle } from './validate-article';
import type { ImportResult } from './import-lines';

export { ProtocolError };

/** Why the shared index gave nothing: refused the token, unreachable, an answer that is not
 * the API's, no host access granted for it, or rate-limited. */
export type IndexFailure = 'token' | 'down' | 'garbage' | 'access' | 'busy';

export type TabState =
  | { state: 'not-article' }
  /**
   * Read, and not a news article (core/news-page.ts): not kept. `kind` when the page shows
   * what it is instead (product, forum, encyclopedia, docs: not compared either);
   * `compared` when it showed nothing either way and was compared with the library, which
   * held no version of it.
   */
  | { state: 'not-news'; kind?: PageKind; compared?: boolean }
  /**
   * No content script has reported on this tab's document: it was open before this
   * extension session began and Wiretrace has no access to inject into it (host access is
   * only the reader's to grant). Reloading the page checks it.
   */
  | { state: 'unread' }
  | { state: 'checking' }
  /** A browser or extension page (new tab, settings, the web store): never read. */
  | { state: 'browser-page' }
  /** The reader paused Wiretrace on this site (settings.pausedSites): nothing read or kept. */
  | { state: 'paused'; host: string }
  /**
   * Read, and no other version is known. `kept`: stored in the library (settings allow it),
   * under `id`; `outlet` as the page names itself. indexError: the shared index was asked
   * and could not answer (the popup says why).
   */
  | {
      state: 'no-known-version';
      /** `notKept`: why it was read but not kept; `cut`: trailing paragraphs not read (an oversized page, read in part). */
      article: { title: string; url: string; id?: string; outlet?: string; kept?: boolean; notKept?: NotKept; cut?: number };
      indexError?: IndexFailure;
    }
  /** `notKept`: the page was compared but not kept in the library, and why (the popup says so). */
  | { state: 'report'; report: Report; notKept?: NotKept }
  /** `cause` picks the reader's sentence; `message` is the technical detail, shown folded. */
  | { state: 'error'; message: string; cause?: ErrorCause };

/**
 * Why a page that was read and compared was not kept in the library: remembering is off in
 * the settings, its site used its share of the library for now (background/library/
 * site-quota.ts), or the article alone is larger than the library's whole size cap.
 */
export type NotKept = 'setting' | 'site-share' | 'over-cap';

/** What went wrong, in the words the popup has for it (popup_error* messages). */
export type ErrorCause = 'storage-full' | 'storage' | 'interrupted' | 'unknown';

/**
 * Two versions of a story with the report that compares them, for the side-by-side page.
 * `known` is the article of `report.source`, `copy` the article of `report.copy`, whichever
 * id the request named first: the row block indexes point into these two.
 */
export interface Comparison {
  report: Report;
  copy: Article;
  known: Article;
}

/** A remembered article as the options page lists it (background/library listArticles). */
export interface ArticleSummary {
  id: string;
  url: string;
  title: string;
  outlet: string;
  published?: string;
  addedAt: number;
  /** Where it came from (library Origin: 'visited', 'feed', 'search', 'index', …). */
  origin: string;
}

/** The options page's view of the library and of discovery (feeds, search, failures). */
export interface LibraryStatus {
  count: number;
  /** Approximate bytes stored, and the reader's cap. */
  bytes: number;
  capBytes: number;
  feeds: {
    url: string;
    title?: string;
    enabled: boolean;
    lastPollAt?: number;
    lastResult?:
      | { ok: true; items: number; added: number; failed: number; firstError?: string; needsAccess?: string[] }
      | { ok: false; error: string; needsAccess?: string[] };
    itemCount: number;
  }[];
  /** Recent failed fetches, newest first: what failed, why, and when it is tried again. */
  failures: { url: string; kind: 'feed' | 'page' | 'search' | 'compare'; error: string; at: number; count: number; retryAt: number }[];
  /** The last query sent to the search endpoint and what came back. */
  lastSearch?: { at: number; query: string; url: string; results: number; added: number; error?: string; needsAccess?: string[] };
}

/** One search result as the popup lists it (ranked before anything is fetched). */
export interface FoundVersion {
  url: string;
  title: string;
  /** The site as the search engine names it ("cbc.ca"). */
  outlet: string;
  /** ISO 8601: when the engine first saw the page. */
  date?: string;
  /** Share of the headline's words found in the open page's story (0–1). */
  headlineMatch: number;
}

/**
 * "Find the original" for a page with no known version. `ready`: what a search would send
 * (nothing sent yet); `results`/`failed`: the last search for this page (kept per article).
 */
export type FindOriginalView =
  | { state: 'off' }
  | { state: 'ready'; source: string; endpoint: string; phrases: string[] }
  | { state: 'results'; source: string; endpoint: string; phrases: string[]; at: number; results: FoundVersion[] }
  | {
      state: 'failed';
      source: string;
      endpoint: string;
      phrases: string[];
      at: number;
      reason: 'timeout' | 'rate-limited' | 'error' | 'needs-access' | 'no-phrases' | 'not-read';
      message: string;
    };

export interface Protocol {
  /** Content script → worker: the page is an article. */
  ArticleFound: { request: { article: Article }; response: { ok: true } };
  /**
   * Content script → worker: the page looks like an article; here is its markup. The
   * worker extracts it off the page's main thread (Chrome's offscreen document, Firefox's
   * background page) with the same code, so the page only pays for serialising it
   * (issue 6: content-script slices ≤ 50 ms). `found`: an article was extracted. `cut`: the
   * page was over the size limits and only its first part was sent; this many trailing
   * paragraphs were left out (the report says so).
   */
  PageFound: { request: { url: string; html: string; cut?: number }; response: { ok: true; found: boolean } };
  /** Content script → worker: the page is not an article (clears the badge). */
  NotArticle: { request: { url: string }; response: { ok: true } };
  /** Popup → worker: what do we know about this tab? */
  GetTabState: { request: { tabId: number }; response: TabState };
  /** Side-by-side page → worker: compare two library versions by id (bookmarkable). */
  GetComparison: { request: { copyId: string; knownId: string }; response: Comparison };
  /**
   * Popup → worker: "this match is wrong" (rejected: true) or its undo, for the tab's page
   * and the version it was matched with (library ids). The library remembers the pair; the
   * tab is analysed again and its new state returned.
   */
  SetMatchRejected: { request: { tabId: number; pageId: string; otherId: string; rejected: boolean }; response: TabState };
  /** Popup → worker: pause (or resume) Wiretrace on the tab's site; returns the tab's new state. */
  SetSitePaused: { request: { tabId: number; paused: boolean }; response: TabState };
  /** Popup → worker: "Try again" after an error: read the tab's page again. */
  Recheck: { request: { tabId: number }; response: TabState };
  /** Popup → worker: compare the tab's page with a pasted URL (fetched, bounded) or text. */
  CompareWith: { request: { tabId: number; url?: string; text?: string }; response: TabState };
  /** Popup → worker: the tab's "Find the original" state, from the cache; never sends anything. */
  GetFindOriginal: { request: { tabId: number }; response: FindOriginalView };
  /** Popup → worker: search for the tab's page now (unless this page's results are kept); `retry` ignores a kept failure. */
  FindOriginal: { request: { tabId: number; retry?: boolean }; response: FindOriginalView };
  /** Options page → worker: library size, feeds with their last poll, failures, last search. */
  GetLibraryStatus: { request: Record<string, never>; response: LibraryStatus };
  /** Options page → worker: poll one feed (just added) or every enabled feed ("Poll now"). */
  PollFeedsNow: { request: { url?: string }; response: LibraryStatus };
  /** Options page → worker: the library's size cap in bytes (evicts oldest unused at once). */
  SetLibraryCap: { request: { capBytes: number }; response: LibraryStatus };
  /** One page of the export (JSON lines); `next` names the page after it (a library can outgrow one message). */
  ExportLibrary: { request: { after?: string }; response: { text: string; next?: string } };
  /** One chunk of an export file (chunk-lines.ts); `firstLine` numbers its lines in the whole file. */
  ImportLibrary: { request: { text: string; firstLine?: number }; response: ImportResult };
  ClearLibrary: { request: Record<string, never>; response: LibraryStatus };
  /** Options page → worker: remembered articles whose headline, outlet or address contains `query`. */
  ListArticles: { request: { query: string }; response: ArticleSummary[] };
  /** Options page → worker: forget one remembered article. */
  DeleteArticle: { request: { id: string }; response: { deleted: boolean } };
}

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Response<N extends MessageName> = Protocol[N]['response'];
export interface Envelope<N extends MessageName = MessageName> {
  wiretrace: 1;
  name: N;
  payload: Request<N>;
}
/** What travels back: a value, or an error message (never a thrown object across contexts). */
export type Reply<N extends MessageName = MessageName> = { wiretrace: 1; ok: true; value: Response<N> } | { wiretrace: 1; ok: false; error: string };

/** The parts of a runtime.MessageSender the checks need (kept browser-free for tests). */
export interface SenderInfo {
  /** Extension id of the sender; must be ours. */
  id?: string;
  url?: string;
  frameId?: number;
  tab?: { id?: number; url?: string };
}

/** Who may send a message: a content script in a tab's top frame, or one of our own pages. */
export type SenderKind = 'content' | 'extension-page';

export const senderKinds: { readonly [N in MessageName]: SenderKind } = {
  ArticleFound: 'content',
  PageFound: 'content',
  NotArticle: 'content',
  GetTabState: 'extension-page',
  GetComparison: 'extension-page',
  SetMatchRejected: 'extension-page',
  CompareWith: 'extension-page',
  GetFindOriginal: 'extension-page',
  FindOriginal: 'extension-page',
  SetSitePaused: 'extension-page',
  Recheck: 'extension-page',
  GetLibraryStatus: 'extension-page',
  PollFeedsNow: 'extension-page',
  SetLibraryCap: 'extension-page',
  ExportLibrary: 'extension-page',
  ImportLibrary: 'extension-page',
  ClearLibrary: 'extension-page',
  ListArticles: 'extension-page',
  DeleteArticle: 'extension-page',
};

type Validator<N extends MessageName> = (payload: unknown) => Request<N>;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function httpUrl(v: unknown, what: string): string {
  if (typeof v !== 'string' || v.length > 4096 || !/^https?:\/\//i.test(v)) {
    throw new ProtocolError(`${what} must be an http(s) URL`);
  }
  return v;
}

function tabIdOf(p: unknown, name: string): number {
  if (!isRecord(p) || !Number.isSafeInteger(p.tabId) || (p.tabId as number) < 0) throw new ProtocolError(`${name}: tabId must be a non-negative integer`);
  return p.tabId as number;
}

/** Largest page markup a content script may send (the content script stops far below). */
export const PAGE_HTML_LIMIT = 16_000_000;

/** One validator per message; each returns a fresh, well-typed copy or throws. */
export const validators: { readonly [N in MessageName]: Validator<N> } = {
  ArticleFound: (p) => {
    if (!isRecord(p)) throw new ProtocolError('ArticleFound: payload must be an object');
    return { article: validateArticle(p.article) };
  },
  PageFound: (p) => {
    if (!isRecord(p)) throw new ProtocolError('PageFound: payload must be an object');
    if (typeof p.html !== 'string' || p.html.length > PAGE_HTML_LIMIT)
      throw new ProtocolError('PageFound: html must be a string of at most 16,000,000 characters');
    if (p.cut !== undefined && (!Number.isSafeInteger(p.cut) || (p.cut as number) < 0 || (p.cut as number) > 10_000_000))
      throw new ProtocolError('PageFound: cut must be a non-negative integer');
    return { url: httpUrl(p.url, 'PageFound.url'), html: p.html, ...(p.cut ? { cut: p.cut as number } : {}) };
  },
  NotArticle: (p) => {
    if (!isRecord(p)) throw new ProtocolError('NotArticle: payload must be an object');
    return { url: httpUrl(p.url, 'NotArticle.url') };
  },
  GetTabState: (p) => {
    if (!isRecord(p) || !Number.isSafeInteger(p.tabId) || (p.tabId as number) < 0) {
      throw new ProtocolError('GetTabState: tabId must be a non-negative integer');
    }
    return { tabId: p.tabId as number };
  },
  GetComparison: (p) => {
    const id = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
    if (!isRecord(p) || !id(p.copyId) || !id(p.knownId)) throw new ProtocolError('GetComparison: copyId and knownId must be short strings');
    return { copyId: p.copyId as string, knownId: p.knownId as string };
  },
  SetMatchRejected: (p) => {
    const id = (v: unknown) => typeof v === 'string' && v.length > 0 && v.length <= 200;
    if (!isRecord(p) || !Number.isSafeInteger(p.tabId) || (p.tabId as number) < 0 || !id(p.pageId) || !id(p.otherId) || typeof p.rejected !== 'boolean') {
      throw new ProtocolError('SetMatchRejected: tabId, pageId, otherId and rejected are required');
    }
    if (p.pageId === p.otherId) throw new ProtocolError('SetMatchRejected: a version cannot be matched with itself');
    return { tabId: p.tabId as number, pageId: p.pageId as string, otherId: p.otherId as string, rejected: p.rejected };
  },
  CompareWith: (p) => {
    if (!isRecord(p) || !Number.isSafeInteger(p.tabId) || (p.tabId as number) < 0) throw new ProtocolError('CompareWith: tabId must be a non-negative integer');
    if (typeof p.text === 'string' && p.url === undefined) {
      if (!p.text.trim() || p.text.length > 1_000_000) throw new ProtocolError('CompareWith: text must be 1 to 1,000,000 characters');
      return { tabId: p.tabId as number, text: p.text };
    }
    return { tabId: p.tabId as number, url: httpUrl(p.url, 'CompareWith.url') };
  },
  GetFindOriginal: (p) => ({ tabId: tabIdOf(p, 'GetFindOriginal') }),
  FindOriginal: (p) => ({ tabId: tabIdOf(p, 'FindOriginal'), ...(isRecord(p) && p.retry === true ? { retry: true } : {}) }),
  SetSitePaused: (p) => {
    if (!isRecord(p) || !Number.isSafeInteger(p.tabId) || (p.tabId as number) < 0 || typeof p.paused !== 'boolean') {
      throw new ProtocolError('SetSitePaused: tabId and paused are required');
    }
    return { tabId: p.tabId as number, paused: p.paused };
  },
  Recheck: (p) => {
    if (!isRecord(p) || !Number.isSafeInteger(p.tabId) || (p.tabId as number) < 0) throw new ProtocolError('Recheck: tabId must be a non-negative integer');
    return { tabId: p.tabId as number };
  },
  GetLibraryStatus: () => ({}),
  PollFeedsNow: (p) => (isRecord(p) && p.url !== undefined ? { url: httpUrl(p.url, 'PollFeedsNow.url') } : {}),
  SetLibraryCap: (p) => {
    if (!isRecord(p) || typeof p.capBytes !== 'number' || !Number.isFinite(p.capBytes) || p.capBytes < 1024 * 1024 || p.capBytes > 64 * 1024 ** 3) {
      throw new ProtocolError('SetLibraryCap: capBytes must be between 1 MB and 64 GB');
    }
    return { capBytes: Math.round(p.capBytes) };
  },
  ExportLibrary: (p) => {
    if (isRecord(p) && p.after !== undefined) {
      if (typeof p.after !== 'string' || p.after.length > 200) throw new ProtocolError('ExportLibrary: after must be a library id');
      return { after: p.after };
    }
    return {};
  },
  ImportLibrary: (p) => {
    if (!isRecord(p) || typeof p.text !== 'string' || p.text.length > 4 * IMPORT_CHUNK_CHARS)
      throw new ProtocolError('ImportLibrary: text must be a string of one chunk');
    if (p.firstLine !== undefined && !(Number.isSafeInteger(p.firstLine) && (p.firstLine as number) >= 1))
      throw new ProtocolError('ImportLibrary: firstLine must be a positive integer');
    return { text: p.text, ...(p.firstLine !== undefined ? { firstLine: p.firstLine as number } : {}) };
  },
  ClearLibrary: () => ({}),
  ListArticles: (p) => {
    if (!isRecord(p) || typeof p.query !== 'string' || p.query.length > 200)
      throw new ProtocolError('ListArticles: query must be a string of at most 200 characters');
    return { query: p.query };
  },
  DeleteArticle: (p) => {
    if (!isRecord(p) || typeof p.id !== 'string' || !p.id || p.id.length > 200) throw new ProtocolError('DeleteArticle: id must be a library id');
    return { id: p.id };
  },
};

/** Same document, ignoring the fragment: `#comments` does not make another page. */
export function samePage(a: string, b: string): boolean {
  return a.split('#')[0] === b.split('#')[0];
}

/**
 * The page a content script may speak for: `claimed` if it is the sender's document, or a
 * URL the document moved to with history.pushState — which the browser only allows within
 * the document's origin. Chrome keeps the first URL as sender.url after pushState and hides
 * the tab's URL from an extension without access to its host, so the origin is what can be
 * checked. Undefined for any other URL.
 */
export function senderPage(claimed: string, sender: { url?: string; tab?: { url?: string } }): string | undefined {
  const exact = [sender.url, sender.tab?.url].find((u) => u !== undefined && samePage(claimed, u));
  if (exact) return exact;
  try {
    return sender.url !== undefined && new URL(claimed).origin === new URL(sender.url).origin ? claimed : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Throws unless `sender` may send `name`. `extensionOrigin` is e.g.
 * "chrome-extension://abc…/". Web pages have no path to the worker at all (the manifest
 * has no externally_connectable); these checks stop a content script being used to do
 * what only our pages may (read other tabs' reports), and messages from sub-frames.
 */
export function checkSender(name: MessageName, sender: SenderInfo, ownId: string, extensionOrigin: string): void {
  if (sender.id !== ownId) throw new ProtocolError(`${name}: sender is not this extension`);
  const fromExtensionPage = typeof sender.url === 'string' && sender.url.startsWith(extensionOrigin);
  if (senderKinds[name] === 'content') {
    if (!sender.tab || typeof sender.tab.id !== 'number') throw new ProtocolError(`${name}: must come from a tab`);
    if (fromExtensionPage) throw new ProtocolError(`${name}: must come from a content script`);
    if (sender.frameId !== undefined && sender.frameId !== 0) throw new ProtocolError(`${name}: top frame only`);
  } else if (!fromExtensionPage) {
    throw new ProtocolError(`${name}: must come from an extension page`);
  }
}

export type Handlers = {
  [N in MessageName]: (payload: Request<N>, sender: SenderInfo & { tabId?: number }) => Promise<Response<N>>;
};

export function isEnvelope(m: unknown): m is Envelope {
  return isRecord(m) && m.wiretrace === 1 && typeof m.name === 'string' && Object.hasOwn(validators, m.name);
}

/**
 * Turns a handler object into one receive function: envelope check, sender check,
 * payload validation, then the handler. Returns undefined for messages that are not ours
 * (so other listeners may answer them).
 */
export function createReceiver(
  handlers: Handlers,
  ownId: string,
  extensionOrigin: string,
  // The error as the page shows it (platform/i18n.ts readerMessage: in the browser's language).
  errorText: (err: unknown) => string = (err) => (err instanceof Error ? err.message : String(err)),
) {
  return async (message: unknown, sender: SenderInfo): Promise<Reply | undefined> => {
    if (!isEnvelope(message)) return undefined;
    const name = message.name;
    try {
      checkSender(name, sender, ownId, extensionOrigin);
      const payload = validators[name](message.payload);
      const handler = handlers[name] as (p: unknown, s: SenderInfo & { tabId?: number }) => Promise<unknown>;
      const value = await handler(payload, { ...sender, tabId: sender.tab?.id });
      return { wiretrace: 1, ok: true, value } as Reply;
    } catch (err) {
      return { wiretrace: 1, ok: false, error: errorText(err) };
    }
  };
}

/** A typed `send()` over any transport (platform/messaging.ts gives the real one). */
export function createSend(transport: (envelope: Envelope) => Promise<unknown>) {
  return async function send<N extends MessageName>(name: N, payload: Request<N>): Promise<Response<N>> {
    const reply = (await transport({ wiretrace: 1, name, payload })) as Reply<N> | undefined;
    if (reply?.wiretrace !== 1) throw new Error(`${name}: no reply from the worker`);
    if (!reply.ok) throw new Error(reply.error);
    return reply.value;
  };
}
