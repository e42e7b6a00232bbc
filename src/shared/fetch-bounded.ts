// Every page the worker fetches on the reader's behalf goes through here, bounded in size,
// time, redirects and content type, so a broken or hostile server (a 20 MB body, a server
// that never finishes, a redirect loop, an image) costs little and fails with a message
// the options page can show.
import { msg } from '../core/messages';
import { readCapped } from './read-capped';
import { ReaderError } from '../core/reader-error';

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  maxRedirects: number;
}

export const PAGE_LIMITS: FetchLimits = { maxBytes: 5 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 };
export const FEED_LIMITS: FetchLimits = { maxBytes: 2 * 1024 * 1024, timeoutMs: 15_000, maxRedirects: 5 };

export type Expect = 'html' | 'feed';

const ACCEPT: Record<Expect, string> = {
  html: 'text/html,application/xhtml+xml;q=0.9',
  feed: 'application/rss+xml,application/atom+xml,application/feed+json,application/json,application/xml;q=0.9,text/xml;q=0.9',
};

/** Content types accepted for each use; a missing type is tolerated (many feeds omit it). */
function acceptable(expect: Expect, type: string): boolean {
  if (!type) return true;
  if (expect === 'html') return /^(text\/html|application\/xhtml\+xml)\b/i.test(type);
  return /(xml|rss|atom|json)\b/i.test(type) || /^text\/plain\b/i.test(type) || /^text\/html\b/i.test(type);
}

/** A fetch that failed, with a message key (fetch_…) the views show in the reader's language. */
export class FetchError extends ReaderError {
  override name = 'FetchError';
}

export interface Fetched {
  /** Final URL after redirects. */
  url: string;
  status: number;
  contentType: string;
  body: string;
}

export type FetchFn = typeof fetch & {
  /**
   * True when the fetch may go to any host (the reader allowed every site, or nothing
   * guards it and the runtime shows each hop). Only then may the browser follow redirects
   * it does not show: a hop it hides cannot be checked against the reader's grants.
   */
  anyHost?: () => Promise<boolean>;
};

/** A redirect the browser followed or would follow without showing where to. */
export class HiddenRedirectError extends FetchError {
  override name = 'HiddenRedirectError';
  constructor() {
    super(msg('fetch_hiddenRedirect'));
  }
}

function charsetOf(type: string): string {
  const m = /charset\s*=\s*"?([\w.:-]+)/i.exec(type);
  return m ? m[1].toLowerCase() : 'utf-8';
}

async function readBounded(res: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(res.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(msg('fetch_tooLarge', String(Math.round(declared / 1024)), String(Math.round(maxBytes / 1024))));
  }
  if (!res.body) return new Uint8Array(await res.arrayBuffer());
  const bytes = await readCapped(res.body, maxBytes);
  if (bytes === 'too-large') throw new FetchError(msg('fetch_tooLargeOver', String(Math.round(maxBytes / 1024))));
  return bytes;
}

/**
 * GET `url` within `limits`. Redirects are followed by hand when the Location header is
 * readable (Node, Firefox), counting each hop, and each hop goes through `fetchFn` (the
 * host-access guard). Where the browser hides it (Chrome gives an opaque redirect), the
 * redirect is refused, unless `fetchFn.anyHost()` says every host is allowed: then the
 * browser follows redirects from the first request (its own cap of 20), so no URL is
 * requested twice (issue 14, item 5: a granted host's `302 → intranet.test` was followed).
 */
export async function fetchBounded(
  url: string,
  expect: Expect,
  limits: FetchLimits = expect === 'html' ? PAGE_LIMITS : FEED_LIMITS,
  fetchFn: FetchFn = fetch,
): Promise<Fetched> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), limits.timeoutMs);
  try {
    let current = url;
    const follow = (await fetchFn.anyHost?.()) === true;
    for (let hop = 0; ; hop++) {
      if (!/^https?:\/\//i.test(current)) throw new FetchError(msg('fetch_notHttp', current));
      const res = await fetchFn(current, {
        redirect: follow ? 'follow' : 'manual',
        signal: controller.signal,
        credentials: 'omit',
        headers: { accept: ACCEPT[expect] },
      });
      if (res.type === 'opaqueredirect') throw new HiddenRedirectError();
      if (follow) return await finish(res, res.url || current, expect, limits);
      if (res.status >= 300 && res.status < 400 && res.headers.get('location')) {
        await res.body?.cancel().catch(() => {});
        if (hop >= limits.maxRedirects) throw new FetchError(msg('fetch_tooManyRedirects', String(limits.maxRedirects)));
        current = new URL(res.headers.get('location')!, current).toString();
        continue;
      }
      return await finish(res, current, expect, limits);
    }
  } catch (e) {
    if (controller.signal.aborted) throw new FetchError(msg('fetch_timedOut', String(Math.round(limits.timeoutMs / 1000))));
    if (e instanceof FetchError) throw e;
    throw new FetchError(msg('fetch_cannotConnect', e instanceof Error ? e.message : String(e)));
  } finally {
    clearTimeout(timer);
  }
}

async function finish(res: Response, url: string, expect: Expect, limits: FetchLimits): Promise<Fetched> {
  if (!res.ok) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(msg('fetch_http', `${res.status}${res.statusText ? ` ${res.statusText}` : ''}`));
  }
  const contentType = res.headers.get('content-type') ?? '';
  if (!acceptable(expect, contentType)) {
    await res.body?.cancel().catch(() => {});
    throw new FetchError(msg(expect === 'html' ? 'fetch_notPage' : 'fetch_notFeed', contentType.split(';')[0]));
  }
  const bytes = await readBounded(res, limits.maxBytes);
  let body: string;
  try {
    body = new TextDecoder(charsetOf(contentType)).decode(bytes);
  } catch {
    body = new TextDecoder('utf-8').decode(bytes);
  }
  return { url, status: res.status, contentType, body };
}
