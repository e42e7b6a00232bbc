// Search results ranked before anything is fetched, from what the search engine returned:
// the headline and the site. A result whose headline shares the story's words (headline and
// opening paragraphs: copies change headlines, rarely the facts in them) ranks above one that
// only contains the phrase; each site counts once (its earliest result); the page's own site
// is left out. Within a rank, earliest first: the original usually came first.
import { findCredits } from '../credits';
import { keys } from '../text/tokens';
import type { Article } from '../types';

export interface SearchResult {
  url: string;
  title: string;
  /** The site, as the engine names it ("cbc.ca") or the URL's host. */
  domain: string;
  /** ISO 8601 when the engine gave one (GDELT: when it first saw the page). */
  date?: string;
  language?: string;
}

export interface RankedResult extends SearchResult {
  /** Share of the headline's words found in the story's headline and opening (0–1). */
  headlineMatch: number;
  /** Named in the page's own credit lines ("With files from CBC News", "(Reuters)"). */
  credited: boolean;
}

/** A headline sharing this share of its words with the story is about the same story. */
export const HEADLINE_MATCH = 0.3;
/** Opening paragraphs read for the story's words (bounded work). */
const OPENING_BLOCKS = 4;

const SMALL = new Set(
  'a an the and or of on in at to for with by from as is are was were be has have had it its that this after over says said say new'.split(' '),
);

function contentKeys(text: string): string[] {
  return keys(text).filter((k) => k.length > 1 && !SMALL.has(k));
}

function hostOf(url: string): string {
  const m = /^https?:\/\/([^/?#:]+)/i.exec(url);
  return (m?.[1] ?? '').toLowerCase().replace(/^www\./, '');
}

const SECOND_LEVEL = new Set(['co', 'com', 'org', 'net', 'gov', 'ac', 'edu', 'news']);

/** "news.cbc.ca" → "cbc", "bbc.co.uk" → "bbc": the name a credit line would use. */
function siteName(domain: string): string {
  const parts = domain
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  if (parts.length > 1) parts.pop();
  if (parts.length > 1 && SECOND_LEVEL.has(parts[parts.length - 1])) parts.pop();
  return parts[parts.length - 1] ?? '';
}

export function rankResults(article: Article, results: SearchResult[], limit = 20): RankedResult[] {
  const own = hostOf(article.canonicalUrl || article.url);
  const story = new Set(
    contentKeys(
      [
        article.title,
        ...article.blocks
          .filter((b) => !b.heading)
          .slice(0, OPENING_BLOCKS)
          .map((b) => b.text),
      ].join(' '),
    ),
  );
  // Outlets the page itself credits ("With files from CBC News", "(Reuters)"), squeezed to letters.
  const credits = findCredits(article.blocks).map((c) => c.name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, ''));
  const bySite = new Map<string, RankedResult>();
  for (const r of results) {
    const host = hostOf(r.url);
    if (!host || host === own || (own && (host.endsWith(`.${own}`) || own.endsWith(`.${host}`)))) continue;
    const domain = (r.domain || host).toLowerCase().replace(/^www\./, '');
    const words = contentKeys(r.title);
    const shared = words.filter((k) => story.has(k)).length;
    // One shared word (a place name) is not the same story: two at least.
    const headlineMatch = words.length && shared >= 2 ? shared / words.length : 0;
    const name = siteName(domain);
    const credited = name.length >= 2 && credits.some((c) => c.length >= 2 && (c.startsWith(name) || name.startsWith(c)));
    const ranked: RankedResult = { ...r, domain, headlineMatch: Math.round(headlineMatch * 100) / 100, credited };
    const prev = bySite.get(domain);
    if (!prev || earlier(ranked, prev)) bySite.set(domain, ranked);
  }
  return [...bySite.values()].sort(compareRanked).slice(0, limit);
}

function time(r: SearchResult): number {
  const t = r.date ? Date.parse(r.date) : NaN;
  return Number.isFinite(t) ? t : Number.POSITIVE_INFINITY;
}

function earlier(a: SearchResult, b: SearchResult): boolean {
  return time(a) < time(b);
}

function tier(r: RankedResult): number {
  return r.credited ? 0 : r.headlineMatch >= HEADLINE_MATCH ? 1 : 2;
}

function compareRanked(a: RankedResult, b: RankedResult): number {
  return tier(a) - tier(b) || time(a) - time(b) || (time(a) === time(b) ? b.headlineMatch - a.headlineMatch : 0);
}
