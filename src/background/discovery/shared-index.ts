// Asking a shared index (`wiretrace index serve`, src/server) about an article with no local
// match. Only the article's band keys, MinHash signature and shingle count leave the device
// (shared/index-protocol.ts), never its URL or text. The answer is a server's on the
// network: bounded in size and time, parsed strictly, and all of it is fetched before
// anything is stored, so a refused token, an index that is down or one that answers
// garbage leaves the local library exactly as it was.
import type { Article } from '../../core/types';
import { articleFromIndex, candidatesRequest, parseCandidates, parseIndexArticle } from '../../shared/index-protocol';
import { ProtocolError } from '../../shared/protocol-error';
import { readCapped } from '../../shared/read-capped';
import { overArticleLimits } from '../../shared/validate-article';
import { hostOf } from '../../shared/urls';
import type { IndexFailure } from '../../shared/messages';
import type { Library } from '../library';
import type { FetchFn } from '../../shared/fetch-bounded';
import { HostAccessError } from './host-access';

/** Candidates asked for, and read, per lookup. */
export const INDEX_CANDIDATES = 3;
const TIMEOUT_MS = 10_000;
const MAX_LIST_BYTES = 64 * 1024;
const MAX_ARTICLE_BYTES = 2 * 1024 * 1024;

export interface IndexConfig {
  url: string;
  token: string;
}

export interface IndexOutcome {
  /** Versions stored in the local library (marked origin 'index'). */
  added: number;
  error?: IndexFailure;
}

class IndexCallError extends Error {
  constructor(readonly kind: IndexFailure) {
    super(kind);
  }
}

async function call(fetchFn: FetchFn, config: IndexConfig, path: string, init: RequestInit, maxBytes: number): Promise<unknown> {
  const headers: Record<string, string> = { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}) };
  if (config.token) headers.authorization = `Bearer ${config.token}`;
  let res: Response;
  // redirect 'manual': the index's answers never redirect, and a hop would skip the host
  // check (host-access.ts); a redirect arrives as an opaque response and counts as garbage.
  try {
    res = await fetchFn(`${config.url}${path}`, { ...init, headers, credentials: 'omit', redirect: 'manual', signal: AbortSignal.timeout(TIMEOUT_MS) });
  } catch (e) {
    throw new IndexCallError(e instanceof HostAccessError ? 'access' : 'down');
  }
  if (res.status === 401 || res.status === 403) throw new IndexCallError('token');
  if (res.status === 429) throw new IndexCallError('busy');
  if (!res.ok || !res.body) {
    await res.body?.cancel().catch(() => {});
    throw new IndexCallError(res.status >= 500 ? 'down' : 'garbage');
  }
  let bytes: Uint8Array | 'too-large';
  try {
    bytes = await readCapped(res.body, maxBytes);
  } catch {
    throw new IndexCallError('down');
  }
  if (bytes === 'too-large') throw new IndexCallError('garbage');
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch {
    throw new IndexCallError('garbage');
  }
}

/**
 * Ask the index for versions of `article` and store the ones it serves text for and the
 * library lacks. A candidate from the page's own site is skipped (never a version of itself).
 */
export async function askSharedIndex(
  library: Library,
  article: Article,
  config: IndexConfig,
  fetchFn: FetchFn = (i, init) => globalThis.fetch(i, init),
): Promise<IndexOutcome> {
  try {
    const list = parseCandidates(
      await call(fetchFn, config, '/v1/candidates', { method: 'POST', body: JSON.stringify(candidatesRequest(article, INDEX_CANDIDATES)) }, MAX_LIST_BYTES),
    );
    const ownHost = hostOf(article.canonicalUrl || article.url);
    const wanted: typeof list = [];
    for (const c of list.slice(0, INDEX_CANDIDATES)) {
      if (hostOf(c.url) === ownHost) continue;
      if (await library.getArticleByUrl(c.url)) continue;
      wanted.push(c);
    }
    // Every article is read and checked before the first is stored.
    const served: Article[] = [];
    for (const c of wanted) {
      const a = parseIndexArticle(await call(fetchFn, config, `/v1/articles/${c.id}`, { method: 'GET' }, MAX_ARTICLE_BYTES));
      if (a.id !== c.id) throw new ProtocolError('the index sent another article than asked');
      // An index that serves no text gives addresses only; the reader's own fetch of them
      // (feeds, compare-with) stays theirs to decide.
      if (!a.text) continue;
      const version = articleFromIndex({ ...a, text: a.text });
      // The same limits as a page the reader opens (shared/validate-article.ts).
      if (overArticleLimits(version.blocks)) throw new ProtocolError('the index sent an article over the limits');
      if (version.blocks.length) served.push(version);
    }
    let added = 0;
    for (const version of served) {
      await library.putArticle(version, 'index');
      added++;
    }
    return { added };
  } catch (e) {
    if (e instanceof IndexCallError) return { added: 0, error: e.kind };
    if (e instanceof ProtocolError) return { added: 0, error: 'garbage' };
    throw e;
  }
}
