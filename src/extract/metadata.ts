// Article metadata from the page head and JSON-LD. Order of trust: JSON-LD (written for
// search engines, rarely stale) > Open Graph / article:* meta > Readability's guess > visible
// markup. Every value is trimmed text; nothing here touches the page.
import { jsonLdGraph, nameOf, stringOf, type JsonLdNode } from './jsonld';
import { ownCanonical } from '../shared/site';
import type { CreditClaim } from '../core/types';
import { readCreditClaims } from './credit-claims';

export interface PageMetadata {
  title?: string;
  subtitle?: string;
  /** True when the subtitle came from a visible deck element (not a meta description). */
  subtitleVisible?: boolean;
  byline?: string;
  siteName?: string;
  published?: string;
  modified?: string;
  canonicalUrl?: string;
  lang?: string;
  /** Names in the JSON-LD and <meta> author fields (credit-claims.ts). */
  creditClaims?: CreditClaim[];
}

/** `content` of the first <meta> (document order) whose property, name or itemprop is the key. */
type MetaIndex = Map<string, string | null>;

// One walk over the <meta> elements instead of a querySelector per key (each a walk of the
// whole document when the key is missing). Per key the first element wins, as with
// querySelector(`meta[property="k"], meta[name="k"], meta[itemprop="k"]`).
function metaIndex(doc: Document): MetaIndex {
  const index: MetaIndex = new Map();
  for (const el of doc.querySelectorAll('meta')) {
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr);
      if (key !== null && !index.has(key)) index.set(key, el.getAttribute('content'));
    }
  }
  return index;
}

function meta(index: MetaIndex, ...keys: string[]): string | undefined {
  for (const key of keys) {
    const v = index.get(key)?.trim();
    if (v) return v;
  }
  return undefined;
}

export function clean(text: string | null | undefined): string | undefined {
  const t = text?.replace(/\s+/g, ' ').trim();
  return t || undefined;
}

/** ISO 8601 when the date parses, else the page's own string (never invented). */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? value : new Date(ms).toISOString();
}

/** Only http(s) URLs leave extraction: views open them as links. */
export function httpUrl(href: string | null | undefined, base: string): string | undefined {
  if (!href) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

// Decks are marked up as a sub-heading or a paragraph next to the headline under many names:
// the first in document order of `.deck, .dek, …, [itemprop="alternativeHeadline"], h1 + h2`.
// Found by one class lookup per name (fast paths in the DOM) rather than matching that whole
// selector list against every element, which cost more than the rest of the metadata.
const DECK_CLASSES = ['deck', 'dek', 'standfirst', 'subheadline', 'sub-headline', 'subtitle', 'article-subtitle', 'summary-deck'];

function deckElement(doc: Document): Element | null {
  let first: Element | null = null;
  const consider = (el: Element | null | undefined) => {
    // DOCUMENT_POSITION_PRECEDING (2): `el` comes before the current first.
    if (el && (!first || first.compareDocumentPosition(el) & 2)) first = el;
  };
  for (const name of DECK_CLASSES) consider(doc.getElementsByClassName(name)[0]);
  consider(doc.querySelector('[itemprop="alternativeHeadline"]'));
  for (const h1 of doc.getElementsByTagName('h1')) {
    const next = h1.nextElementSibling;
    if (next && next.tagName === 'H2') consider(next);
  }
  return first;
}

/** Strip a trailing " – Site Name" / " | Site" from a <title>. */
export function stripSiteSuffix(title: string, siteName?: string): string {
  const parts = title.split(/\s+[|–—\-:»·]\s+/);
  if (parts.length < 2) return title;
  const last = parts[parts.length - 1];
  if (siteName && last.toLowerCase().includes(siteName.toLowerCase().slice(0, 8))) return parts.slice(0, -1).join(' - ');
  // Without a known site name, drop a short last part only (a long one is part of the
  // headline), and never leave a stub of one or two words.
  const head = title.slice(0, title.lastIndexOf(last)).replace(/\s+[|–—\-:»·]\s+$/, '');
  return last.split(/\s+/).length <= 4 && head.split(/\s+/).length >= 3 ? head : title;
}

export function readMetadata(
  doc: Document,
  url: string,
  readability?: { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null },
): PageMetadata {
  const graph = jsonLdGraph(doc);
  const ld: JsonLdNode = graph.article ?? {};
  const metas = metaIndex(doc);
  const siteName = clean(nameOf(ld.publisher)) ?? clean(meta(metas, 'og:site_name', 'application-name')) ?? clean(readability?.siteName);
  const docTitle = clean(doc.querySelector('title')?.textContent);
  const title =
    clean(stringOf(ld.headline)) ??
    clean(meta(metas, 'og:title', 'twitter:title')) ??
    (readability?.title ? stripSiteSuffix(clean(readability.title) ?? '', siteName) || undefined : undefined) ??
    (docTitle ? stripSiteSuffix(docTitle, siteName) : undefined);

  const deckEl = deckElement(doc);
  const deck = clean(deckEl?.textContent);
  const description = clean(stringOf(ld.description)) ?? clean(meta(metas, 'og:description', 'description', 'twitter:description'));
  const visibleDeck = deck && deck !== title && deck.length < 400 ? deck : undefined;

  // article:author and JSON-LD author are often profile URLs, not names: skip those.
  const name = (v: string | undefined) => {
    const c = clean(v);
    return c && !/^(https?:)?\/\/|^www\./i.test(c) ? c : undefined;
  };
  const byline =
    name(nameOf(ld.author) ?? nameOf(ld.creator)) ??
    name(meta(metas, 'author', 'dc.creator', 'DC.creator', 'sailthru.author', 'parsely-author', 'article:author')) ??
    name(readability?.byline ?? undefined);

  // The <time> element is the last resort; most pages have a date earlier in the chain, so
  // the document is searched only when they do not.
  const published = isoDate(
    clean(stringOf(ld.datePublished)) ??
      meta(metas, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'dc.date', 'DC.date.issued', 'date') ??
      clean(readability?.publishedTime) ??
      clean(doc.querySelector('article time[datetime], time[datetime]')?.getAttribute('datetime')),
  );
  const modified = isoDate(clean(stringOf(ld.dateModified)) ?? meta(metas, 'article:modified_time', 'og:updated_time', 'dateModified'));

  // Only on the page's own site: a page names its own canonical, never another outlet's.
  const canonicalUrl =
    ownCanonical(url, httpUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), url)) ?? ownCanonical(url, httpUrl(meta(metas, 'og:url'), url));
  const lang = clean(doc.documentElement?.getAttribute('lang')) ?? clean(stringOf(ld.inLanguage)) ?? meta(metas, 'og:locale')?.replace('_', '-');

  const creditClaims = readCreditClaims(ld, (key) => meta(metas, key), graph.byId);

  return {
    title,
    subtitle: visibleDeck ?? description,
    subtitleVisible: !!visibleDeck,
    byline,
    siteName,
    published,
    modified,
    canonicalUrl,
    lang,
    ...(creditClaims.length ? { creditClaims } : {}),
  };
}

/** A byline shown on the page but missing from its metadata ("By Jane Doe" in a .byline). */
export function visibleByline(doc: Document): string | undefined {
  const el = doc.querySelector('[rel="author"], [itemprop="author"], .byline, .author, .article-author');
  return clean(el?.textContent)?.slice(0, 120);
}
