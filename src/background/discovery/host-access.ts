// Feeds, search and compare-with fetch only from hosts the reader granted (optional host
// permissions, asked in the options page or the popup). The check sits in front of every
// fetch, each redirect hop included where the hop is visible, because Chrome lets a worker
// whose content scripts run on every page read any site: the permission alone would not
// keep a request from leaving.
import { FetchError, type FetchFn } from './fetch-bounded';

export type HasAccess = (url: string) => Promise<boolean>;

/** A fetch refused before it was made: the reader has not allowed `origin`. */
export class HostAccessError extends FetchError {
  override name = 'HostAccessError';
  constructor(readonly origin: string) {
    super(`Wiretrace may not read ${new URL(origin).host} until you allow it (Options → Sources)`);
  }
}

function urlOf(input: Parameters<FetchFn>[0]): string {
  if (typeof input === 'string') return input;
  return input instanceof URL ? input.href : input.url;
}

export function guardFetch(fetchFn: FetchFn, hasAccess: HasAccess): FetchFn {
  return async (input, init) => {
    const url = urlOf(input);
    if (!(await hasAccess(url))) throw new HostAccessError(new URL(url).origin);
    return fetchFn(input, init);
  };
}

/** `{ needsAccess }` with the origins refused among `errors` (each once, in order), or `{}`. */
export function refusedPart(errors: unknown[]): { needsAccess?: string[] } {
  const origins = [...new Set(errors.filter((e): e is HostAccessError => e instanceof HostAccessError).map((e) => e.origin))];
  return origins.length ? { needsAccess: origins } : {};
}
