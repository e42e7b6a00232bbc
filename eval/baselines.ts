// Plain peers measured in the same run, so every figure in EVALUATION.md reads as a ratio
// against something simple (issue 3: "a plain word 5-gram overlap", "a bare
// quotation-mark regex", "naive nearest-name guessing", raw Readability).
import { Readability } from '@mozilla/readability';
import { foldForMatch, normaliseTypography, sentences, words } from '../src/core/text/normalise';
import type { Article } from '../src/core/types';
import type { Span } from './metrics';

/** Word 5-gram containment of the shorter text in the longer, over case-folded words. */
export function fiveGramContainment(a: string, b: string): number {
  const grams = (t: string) => {
    const w = words(foldForMatch(t));
    const out = new Set<string>();
    for (let i = 0; i + 5 <= w.length; i++) out.add(w.slice(i, i + 5).join(' '));
    return out;
  };
  const ga = grams(a);
  const gb = grams(b);
  const [small, large] = ga.size <= gb.size ? [ga, gb] : [gb, ga];
  if (!small.size) return 0;
  let hit = 0;
  for (const g of small) if (large.has(g)) hit++;
  return hit / small.size;
}

/**
 * The 5-gram peer calls a pair the same text when this share of the shorter text's 5-grams
 * is in the longer. 0.2 is the usual near-duplicate cut for containment (Broder 1997 uses
 * resemblance; containment over 5-grams of 0.2 means a fifth of all five-word runs are
 * shared, which independent write-ups essentially never reach outside stock phrases).
 */
export const FIVE_GRAM_THRESHOLD = 0.2;

/** Text between quotation marks: straight or curly double quotes, nothing else. */
export function regexQuoteSpans(text: string): Span[] {
  const out: Span[] = [];
  const re = /["\u201C\u201E]([^"\u201C\u201D\u201E]{1,2000}?)["\u201D]/g;
  for (const m of text.matchAll(re)) out.push([m.index! + 1, m.index! + m[0].length - 1]);
  return out;
}

const NOT_NAMES = new Set(
  'The A An He She It They We I You His Her Their Its This That These Those But And Or So In On At For From By With As If When While After Before Mr Mrs Ms Dr According Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December'.split(
    ' ',
  ),
);

/** Naive speaker guess: the capitalised name (1-3 words) nearest to the quote. */
export function nearestName(text: string, quote: Span): string | undefined {
  let best: { name: string; dist: number } | undefined;
  const re = /\b[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’.-]+){0,2}/gu;
  const lo = Math.max(0, quote[0] - 400);
  const hi = Math.min(text.length, quote[1] + 400);
  const window = text.slice(lo, hi);
  for (const m of window.matchAll(re)) {
    const start = lo + m.index!;
    const end = start + m[0].length;
    if (start < quote[1] && quote[0] < end) continue; // inside the quote
    const name = m[0]
      .split(/\s+/)
      .filter((w) => !NOT_NAMES.has(w))
      .join(' ');
    if (!name) continue;
    const dist = end <= quote[0] ? quote[0] - end : start - quote[1];
    if (!best || dist < best.dist) best = { name, dist };
  }
  return best?.name;
}

/** Raw Readability's textContent, as a library user would take it. */
export function readabilityText(doc: Document): string {
  try {
    return new Readability(doc.cloneNode(true) as Document).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}

/**
 * The search phrase Wiretrace sent before src/core/search/phrases.ts (the peer for search
 * phrases): the first ten words of the sentence, in the first six paragraphs, with the most
 * capitalised words and figures per word (first paragraph and quotations included).
 */
export function headlinePlusOnePhrase(article: Article): string | undefined {
  let best: string | undefined;
  let bestScore = 0;
  for (const block of article.blocks.filter((b) => !b.heading).slice(0, 6)) {
    for (const s of sentences(normaliseTypography(block.text))) {
      const ws = words(s);
      if (ws.length < 8) continue;
      let score = 0;
      for (let i = 1; i < ws.length; i++) if (/^[\p{Lu}\d]/u.test(ws[i])) score++;
      score /= Math.sqrt(ws.length);
      if (score > bestScore) {
        bestScore = score;
        best = s;
      }
    }
  }
  return best ? words(best).slice(0, 10).join(' ') : undefined;
}
