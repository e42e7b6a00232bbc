// The query sent to a search endpoint: the best exact phrases of the story (see
// core/search/phrases.ts; copies change headlines, so the headline is not sent), in quotes and
// ORed; the headline only when the page has no phrase to offer. Shown to the reader in the
// options page (the last query sent) and in the popup before anything is sent.
import { normaliseTypography } from '../../core/text/normalise';
import { phraseQuery, searchRequests } from '../../core/search/phrases';
import type { Article } from '../../core/types';

const MAX_QUERY_CHARS = 200;

// A UTF-16 unit that is half of a surrogate pair: encodeURIComponent throws URIError on
// one, and a page's title may hold one or a cut may make one (issue 14, item 9).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function searchQuery(article: Article): string {
  const first = searchRequests(article)[0];
  const q = (first?.length ? phraseQuery(first) : normaliseTypography(article.title).replace(/["]/g, '')).replace(LONE_SURROGATE, '\uFFFD');
  if (q.length <= MAX_QUERY_CHARS) return q;
  // Cut on a code point boundary, then back to the last whole word when there is one.
  const cut = /[\uD800-\uDBFF]/.test(q[MAX_QUERY_CHARS - 1]) ? MAX_QUERY_CHARS - 1 : MAX_QUERY_CHARS;
  return q.slice(0, cut).replace(/\s+\S*$/, '');
}

/** The endpoint URL for a template with `{query}`. */
export function searchUrl(template: string, query: string): string {
  return template.split('{query}').join(encodeURIComponent(query));
}
