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

export function searchQuery(article: Article): string {
  const title = normaliseTypography(article.title).replace(/["]/g, '');
  const phrase = distinctivePhrase(article);
  const q = phrase ? `${title} "${phrase}"` : title;
  return q.length > MAX_QUERY_CHARS ? q.slice(0, MAX_QUERY_CHARS).replace(/\s+\S*$/, '') : q;
}

/** The endpoint URL for a template with `{query}`. */
export function searchUrl(template: string, query: string): string {
  return template.split('{query}').join(encodeURIComponent(query));
}
