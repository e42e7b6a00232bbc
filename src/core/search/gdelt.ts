// The GDELT DOC 2.0 API, as far as Wiretrace uses it: one request in "ArtList" mode with the
// story's phrases, answered in JSON. What this relies on, and where it is written down:
// - GDELT's announcement and documentation, https://blog.gdeltproject.org/gdelt-doc-2-0-api-debuts/
//   full-text search over a rolling window of the last three months of world online news
//   (searching English translations of 65 languages), JSON output; `mode=ArtList` lists
//   articles, `format=json`, `timespan`, `maxrecords` (at most 250), `sort` (`DateAsc` puts
//   the earliest first).
// - The articles' fields `url`, `url_mobile`, `title`, `seendate` (e.g. "20230918T031500Z"),
//   `socialimage`, `domain`, `language`, `sourcecountry`: as GDELT's answers list them (the
//   gdeltdoc client, github.com/alex9smith/gdelt-doc-api, returns exactly these columns).
// - Exact phrases are written in double quotes, and an OR of several must be put in
//   parentheses (gdeltdoc's Filters; clients report a 200 text/html error otherwise).
// - Errors come back as plain text or HTML, not JSON, often with status 200 (gdeltdoc checks
//   the content type for text/html); too many requests get status 429 or the text "Please
//   limit requests to one every 5 seconds": GDELT asks clients for one request every five
//   seconds (quoted in many clients' tests and notes, e.g. searches of public code).
import { msg, type Msg } from '../messages';
import { ReaderError } from '../reader-error';
import type { SearchResult } from './rank';

export const GDELT_ENDPOINT = 'https://api.gdeltproject.org/api/v2/doc/doc';
/** GDELT asks for at most one request every five seconds (see above). */
export const GDELT_SPACING_MS = 5_000;
/** The window GDELT searches anyway: the last three months. */
export const GDELT_TIMESPAN = '3months';
/** Results asked for: enough to find the earliest version among reposts. */
export const GDELT_MAX_RECORDS = 50;

export type SearchFailure = 'rate-limited' | 'error';

/** A request GDELT answered with an error or a refusal (its text, bounded, as evidence). */
export class SearchAnswerError extends ReaderError {
  override name = 'SearchAnswerError';
  constructor(
    readonly kind: SearchFailure,
    m: Msg,
  ) {
    super(m);
  }
}

/** The request URL for a query already in GDELT syntax (`phraseQuery`). */
export function gdeltUrl(endpoint: string, query: string): string {
  const params = [
    `query=${encodeURIComponent(query)}`,
    'mode=ArtList',
    'format=json',
    'sort=DateAsc',
    `timespan=${GDELT_TIMESPAN}`,
    `maxrecords=${GDELT_MAX_RECORDS}`,
  ];
  return `${endpoint}${endpoint.includes('?') ? '&' : '?'}${params.join('&')}`;
}

/** "20250417T140000Z" → "2025-04-17T14:00:00Z"; anything else → undefined. */
export function gdeltDate(seen: unknown): string | undefined {
  if (typeof seen !== 'string') return undefined;
  const m = /^(\d{4})(\d{2})(\d{2})T?(\d{2})(\d{2})(\d{2})Z?$/.exec(seen.trim());
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : undefined;
}

const RATE_LIMIT = /limit requests to one every \d+ seconds|too many requests|rate limit/i;
const MAX_RESULTS = 250;

function str(v: unknown, max: number): string {
  return typeof v === 'string' ? v.replace(/\s+/g, ' ').trim().slice(0, max) : '';
}

/**
 * GDELT's answer → results, or a SearchAnswerError saying why there are none. An answer is
 * the server's, so it is read as untrusted: fields bounded, only http(s) URLs kept.
 */
export function parseGdelt(body: string): SearchResult[] {
  const text = body.trim();
  if (RATE_LIMIT.test(text.slice(0, 500))) throw new SearchAnswerError('rate-limited', msg('find_gdeltRateLimited'));
  // No match is answered with an empty object (or an empty body).
  if (text === '' || text === '{}') return [];
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    // An error message in text or HTML ("The specified phrase is too short."): shown as said, tags dropped.
    const said = text
      .replace(/<[^>]*>/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      .slice(0, 200);
    throw new SearchAnswerError('error', said ? msg('find_gdeltAnswered', said) : msg('find_gdeltEmpty'));
  }
  const articles =
    typeof doc === 'object' && doc !== null && Array.isArray((doc as { articles?: unknown }).articles) ? (doc as { articles: unknown[] }).articles : [];
  const out: SearchResult[] = [];
  for (const a of articles.slice(0, MAX_RESULTS)) {
    if (typeof a !== 'object' || a === null) continue;
    const r = a as Record<string, unknown>;
    const url = str(r.url, 2048);
    if (!/^https?:\/\/[^\s]+$/i.test(url)) continue;
    const date = gdeltDate(r.seendate);
    const language = str(r.language, 40);
    out.push({ url, title: str(r.title, 300), domain: str(r.domain, 200), ...(date ? { date } : {}), ...(language ? { language } : {}) });
  }
  return out;
}
