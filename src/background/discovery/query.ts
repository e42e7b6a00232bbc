// The query sent to a search endpoint: the headline and one distinctive phrase, because a
// copy keeps the wire story's sentences even when it rewrites the headline. Shown to the
// reader in the options page before anything is sent (issue 4: "the query sent is shown").
import { normaliseTypography, sentences, words } from '../../core/text/normalise';
import type { Article } from '../../core/types';

const MAX_QUERY_CHARS = 200;
const PHRASE_WORDS = 10;

/** How distinctive a sentence is: capitalised words after the first and digits (names,
 * places, figures) are what a search engine matches on; stock words are not. */
function score(sentence: string): number {
  const ws = words(sentence);
  if (ws.length < 8) return 0;
  let s = 0;
  for (let i = 1; i < ws.length; i++) if (/^[\p{Lu}\d]/u.test(ws[i])) s++;
  return s / Math.sqrt(ws.length);
}

export function distinctivePhrase(article: Article): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const block of article.blocks.filter((b) => !b.heading).slice(0, 6)) {
    for (const s of sentences(normaliseTypography(block.text))) {
      const sc = score(s);
      if (sc > bestScore) {
        bestScore = sc;
        best = s;
      }
    }
  }
  if (!best) return undefined;
  // A run of words from the sentence, without quote marks (they would end the phrase).
  return words(best).slice(0, PHRASE_WORDS).join(' ');
}

// A UTF-16 unit that is half of a surrogate pair: encodeURIComponent throws URIError on
// one, and a page's title may hold one or a cut may make one (issue 14, item 9).
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function searchQuery(article: Article): string {
  const title = normaliseTypography(article.title).replace(/["]/g, '');
  const phrase = distinctivePhrase(article);
  const q = (phrase ? `${title} "${phrase}"` : title).replace(LONE_SURROGATE, '\uFFFD');
  if (q.length <= MAX_QUERY_CHARS) return q;
  // Cut on a code point boundary, then back to the last whole word when there is one.
  const cut = /[\uD800-\uDBFF]/.test(q[MAX_QUERY_CHARS - 1]) ? MAX_QUERY_CHARS - 1 : MAX_QUERY_CHARS;
  return q.slice(0, cut).replace(/\s+\S*$/, '');
}

/** The endpoint URL for a template with `{query}`. */
export function searchUrl(template: string, query: string): string {
  return template.split('{query}').join(encodeURIComponent(query));
}
