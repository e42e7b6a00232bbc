// One key per published page, so the same article reached by a feed link, a search
// result and a visit is stored once. Tracking parameters and fragments never change
// the article, so they are dropped.
const TRACKING = /^(utm_[a-z]+|fbclid|gclid|mc_[a-z]+|ocid|cmpid|taid|ref|ref_src|smid|sr_share|at_[a-z_]+)$/i;

export function canonicalUrl(raw: string): string {
  let u: URL;
  try {
    u = new URL(raw);
  } catch {
    return raw.trim();
  }
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/^www\./, '');
  for (const name of [...u.searchParams.keys()]) if (TRACKING.test(name)) u.searchParams.delete(name);
  u.searchParams.sort();
  let s = u.toString();
  if (u.pathname.length > 1 && s.endsWith('/') && !u.search) s = s.slice(0, -1);
  return s;
}

export function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase().replace(/^www\./, '');
  } catch {
    return '';
  }
}

/** `link` resolved against `base`, when it is an http(s) address (feed items, search results). */
export function resolveHttp(link: string, base: string): string | undefined {
  try {
    const u = new URL(link, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}
