// Feeds, search and compare-with fetch only from hosts the reader granted (optional host
// permissions, asked in the options page or the popup). The check sits in front of every
// fetch, each redirect hop included where the hop is visible, because Chrome lets a worker
// whose content scripts run on every page read any site: the permission alone would not
// keep a request from leaving.
import { msg } from '../../core/messages';
import { FetchError, HiddenRedirectError, type FetchFn } from '../../shared/fetch-bounded';

export type HasAccess = (url: string) => Promise<boolean>;

/** A fetch refused before it was made: the reader has not allowed `origin`. */
export class HostAccessError extends FetchError {
  override name = 'HostAccessError';
  constructor(readonly origin: string) {
    super(msg('fetch_hostNotAllowed', new URL(origin).host));
  }
}

function urlOf(input: Parameters<FetchFn>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

/**
 * `fetchFn` that refuses hosts the reader has not allowed. A request that lets the browser
 * follow redirects itself is made only when every host is allowed (`anyHost`), since the
 * hops would not pass through here; its final URL is checked again all the same.
 */
export function guardFetch(fetchFn: FetchFn, hasAccess: HasAccess, anyHost: () => Promise<boolean> = async () => false): FetchFn {
  const guarded: FetchFn = async (input, init) => {
    const url = urlOf(input);
    if (!(await hasAccess(url))) throw new HostAccessError(new URL(url).origin);
    if (init?.redirect !== 'manual' && !(await anyHost())) throw new HiddenRedirectError();
    const res = await fetchFn(input, init);
    if (res.redirected && res.url && !(await hasAccess(res.url))) {
      await res.body?.cancel().catch(() => {});
      throw new HostAccessError(new URL(res.url).origin);
    }
    return res;
  };
  guarded.anyHost = anyHost;
  return guarded;
}

/** `{ needsAccess }` with the origins refused among `errors` (each once, in order), or `{}`. */
export function refusedPart(errors: unknown[]): { needsAccess?: string[] } {
  const origins = [...new Set(errors.filter((e): e is HostAccessError => e instanceof HostAccessError).map((e) => e.origin))];
  return origins.length ? { needsAccess: origins } : {};
}
