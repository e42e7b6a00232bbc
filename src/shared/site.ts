// Which site a URL belongs to, for the rule that a page speaks only for itself: a page's
// canonical or og:url counts only on the page's own registrable domain (issue 14, item 3:
// a page on evil.test naming http://cbc.test/story as its canonical replaced CBC's stored
// article). A full Public Suffix List is ~200 KB and would ride in the content script's
// chunk and the worker; this small rule errs towards "another site" where it cannot tell,
// and "another site" costs only a second library entry for the same page, never a takeover.
//
// What it covers: two-label names (cbc.ca), ccTLDs with a generic second level
// (bbc.co.uk, abc.net.au, nhk.or.jp), IP addresses and single-label hosts (the whole host),
// and well-known hosting suffixes where each subdomain is a different publisher
// (someone.github.io, x.blogspot.com, y.substack.com).
// What it does not: the PSL's deeper or unusual public suffixes (city.kawasaki.jp,
// *.ck, the many private suffixes not listed below) are read as one site with their
// parent, and a shared host that serves publishers under paths (medium.com/@a and
// medium.com/@b) is one site.

/** Second-level labels that, under a two-letter country TLD, are a public suffix (co.uk). */
const GENERIC_SECOND_LEVEL = new Set([
  'ac',
  'co',
  'com',
  'edu',
  'gov',
  'gob',
  'go',
  'gv',
  'ltd',
  'mil',
  'ne',
  'net',
  'nic',
  'nom',
  'or',
  'org',
  'plc',
  'sch',
  'info',
  'biz',
]);

/** Hosting suffixes (from the PSL's private section) where each subdomain is its own site. */
const SHARED_HOSTING = [
  'blogspot.com',
  'wordpress.com',
  'github.io',
  'gitlab.io',
  'substack.com',
  'tumblr.com',
  'netlify.app',
  'vercel.app',
  'pages.dev',
  'workers.dev',
  'herokuapp.com',
  'appspot.com',
  'web.app',
  'firebaseapp.com',
  'glitch.me',
  'neocities.org',
  'wixsite.com',
  'squarespace.com',
  'typepad.com',
  'livejournal.com',
  'ghost.io',
  'azurewebsites.net',
  'cloudfront.net',
  'fly.dev',
  'onrender.com',
  'beehiiv.com',
  'weebly.com',
  'webflow.io',
  'translate.goog',
  'ampproject.org',
  'cdn.ampproject.org',
];

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** "www.bbc.co.uk" → "bbc.co.uk"; an IP address or a single-label host is returned whole. */
export function registrableDomain(host: string): string {
  const h = host.toLowerCase().replace(/\.$/, '');
  if (IPV4.test(h) || h.includes(':') || h.startsWith('[')) return h;
  const labels = h.split('.');
  if (labels.length <= 2) return h;
  for (const suffix of SHARED_HOSTING) {
    if (h.endsWith(`.${suffix}`)) return labels.slice(-(suffix.split('.').length + 1)).join('.');
  }
  const tld = labels[labels.length - 1];
  const second = labels[labels.length - 2];
  const n = tld.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-n).join('.');
}

function hostname(url: string): string | undefined {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : undefined;
  } catch {
    return undefined;
  }
}

/** True when both are http(s) URLs on one registrable domain (www.cbc.ca and cbc.ca; not cbc.ca and evil.test). */
export function sameSite(a: string, b: string): boolean {
  const ha = hostname(a);
  const hb = hostname(b);
  return !!ha && !!hb && registrableDomain(ha) === registrableDomain(hb);
}

/** The page's canonical URL when it is on the page's own site, else undefined. */
export function ownCanonical(pageUrl: string, canonical: string | undefined): string | undefined {
  return canonical && sameSite(pageUrl, canonical) ? canonical : undefined;
}
