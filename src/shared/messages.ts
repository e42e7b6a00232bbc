// The one message protocol between contexts. Each entry names its request and its reply;
// the worker's handler object `satisfies Handlers`, callers get a typed `send()`, and
// every request is validated where it is received (a page's content script is a
// semi-trusted sender: it can be driven by a hostile page).
import type { Article, Report } from '../core/types';

export type TabState =
  | { state: 'not-article' }
  | { state: 'checking' }
  | { state: 'no-known-version'; article: { title: string; url: string } }
  | { state: 'report'; report: Report }
  | { state: 'error'; message: string };

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

export interface Protocol {
  /** Content script → worker: the page is an article. */
  ArticleFound: { request: { article: Article }; response: { ok: true } };
  /** Content script → worker: the page is not an article (clears the badge). */
  NotArticle: { request: { url: string }; response: { ok: true } };
  /** Popup → worker: what do we know about this tab? */
  GetTabState: { request: { tabId: number }; response: TabState };
  /** Side-by-side page → worker: compare two library versions by id (bookmarkable). */
  GetComparison: { request: { copyId: string; knownId: string }; response: Comparison };
}

export type MessageName = keyof Protocol;
export type Request<N extends MessageName> = Protocol[N]['request'];
export type Response<N extends MessageName> = Protocol[N]['response'];
export interface Envelope<N extends MessageName = MessageName> {
  wiretrace: 1;
  name: N;
  payload: Request<N>;
}
