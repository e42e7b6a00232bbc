// Quotes across two versions: verbatim, altered (with the word changes), missing from the
// copy, or added by it. Typography is normalised first (curly vs straight quotes never make
// a quote "altered"), case and punctuation are ignored, but US/UK spelling and number style
// DO alter a quote: those are the speaker's words as the source reported them.
import { wordChanges } from './classify';
import { foldForMatch, spaced, words } from './text/normalise';
import { keys } from './text/tokens';
import { wordDiff } from './worddiff';
import type { QuoteReport } from './types';
import type { ExtractedQuote } from './quotes';

/** Two quotes are one quote, reworded, at this similarity of matching keys or above. */
export const QUOTE_MATCH_MIN = 0.5;

// Keys read when looking for a reworded quote, for the whole comparison: quotes × quotes grows
// with the square of what a page quotes. Real pairs read a few thousand; past the budget a
// quote is still found word for word (verbatim), only no longer matched to a reworded one.
const REWORD_BUDGET = 4_000_000;

const strict = (s: string) => words(foldForMatch(s)).join(' ');

// A version's quotes come back when it is compared again (compare.ts quotesOf): each quote's
// forms are kept with it, and read again if its text was changed.
const FORMS = new WeakMap<ExtractedQuote, { text: string; strict?: string; keys?: string[] }>();
function formsOf(q: ExtractedQuote): { text: string; strict?: string; keys?: string[] } {
  let f = FORMS.get(q);
  if (!f || f.text !== q.text) FORMS.set(q, (f = { text: q.text }));
  return f;
}
const strictOf = (q: ExtractedQuote) => (formsOf(q).strict ??= strict(q.text));
const keysOf = (q: ExtractedQuote) => (formsOf(q).keys ??= keys(q.text));

/**
 * Whether a form's words stand together in `text` (the form, space-delimited, within the
 * text's strict form). The whole text is tokenised only when asked (most copies match every
 * quote) and only when a cheaper scan cannot rule the form out: tokenising a long article
 * cost as much as the rest of compareQuotes. The scans share a budget, in characters read
 * (about a dozen passes over the text): with many unmatched quotes, tokenising once is cheaper.
 */
function wordRunFinder(text: string): (form: string) => boolean {
  const t = textForms(text);
  let budget: { left: number } | undefined;
  return (form) => {
    const folded = (t.folded ??= foldForMatch(text));
    // Texts that need Intl.Segmenter have no gaps between words to scan for.
    budget ??= { left: spaced(folded) ? folded.length * 12 : 0 };
    if (t.joined === undefined && !mayHold(folded, form, budget)) return false;
    return (t.joined ??= ` ${words(folded).join(' ')} `).includes(` ${form} `);
  };
}

// A version compared with several others brings the same text back (compare.ts quotesOf):
// its folded and tokenised forms are kept, for the last few texts only.
const TEXT_FORMS = new Map<string, { folded?: string; joined?: string }>();
const TEXT_FORMS_MAX = 8;

function textForms(text: string): { folded?: string; joined?: string } {
  let t = TEXT_FORMS.get(text);
  if (!t) {
    if (TEXT_FORMS.size >= TEXT_FORMS_MAX) TEXT_FORMS.clear();
    TEXT_FORMS.set(text, (t = {}));
  }
  return t;
}

// Between two words of a regex-tokenised text: at least one character no word has.
const GAP = /[^\p{L}\p{M}\p{N}_]+/uy;
const WORD_START = /^[\p{L}\p{M}\p{N}_]/u;
const asciiWord = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/**
 * False only when ` form ` cannot be in ` strict(text) ` (`folded` = foldForMatch(text)): were
 * it there, its words would stand in that order in the folded text, each whole, with only
 * gaps between. A word opening with a mark could end a gap, and a spent budget leaves no
 * time to look: no answer for those.
 */
function mayHold(folded: string, form: string, budget: { left: number }): boolean {
  const ws = form.split(' ');
  if (budget.left <= 0 || !ws.every((w) => WORD_START.test(w))) return true;
  const first = ws[0];
  budget.left -= folded.length;
  for (let at = folded.indexOf(first); at >= 0; at = folded.indexOf(first, at + 1)) {
    if ((budget.left -= 8) < 0) return true;
    // Inside a longer word ("the" in "there"): a letter or digit touches it. Non-ASCII
    // neighbours are left to the full check.
    if (asciiWord(folded.charCodeAt(at - 1)) || asciiWord(folded.charCodeAt(at + first.length))) continue;
    if (wordsFollow(folded, at + first.length, ws)) return true;
  }
  return false;
}

/** `ws[1..]` follow from `pos`, each after a gap. */
function wordsFollow(folded: string, pos: number, ws: string[]): boolean {
  for (let i = 1; i < ws.length; i++) {
    const next = gapEnd(folded, pos);
    if (next === pos || !folded.startsWith(ws[i], next)) return false;
    pos = next + ws[i].length;
  }
  return true;
}

/** Where the run of non-word characters from `pos` ends (ASCII by char code, the rest by GAP). */
function gapEnd(s: string, pos: number): number {
  for (let i = pos; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128) {
      GAP.lastIndex = i;
      return GAP.test(s) ? GAP.lastIndex : i;
    }
    if (asciiWord(c)) return i;
  }
  return s.length;
}

export function compareQuotes(copy: ExtractedQuote[], known: ExtractedQuote[], copyText: string, knownText: string): QuoteReport[] {
  const out: QuoteReport[] = [];
  const usedQuotes = new Set<number>();
  const inCopy = wordRunFinder(copyText);
  const inKnown = wordRunFinder(knownText);
  // Each quote's forms once (quotes × quotes comparisons below must not re-tokenise).
  const knownForms = known.map(strictOf);
  const knownKeys = known.map(keysOf);
  // Keys as small integers and Dice by counting in one scratch array (no Map per pair): the
  // quotes × quotes loop below is the part of compare() that grows faster than the text.
  const ids = new Map<string, number>();
  const intern = (ks: string[]) =>
    ks.map((k) => {
      let id = ids.get(k);
      if (id === undefined) ids.set(k, (id = ids.size));
      return id;
    });
  const knownIds = knownKeys.map(intern);
  let counts = new Int32Array(0);
  let used = new Int32Array(0);
  const byStrict = new Map<string, number[]>();
  knownForms.forEach((f, i) => {
    const same = byStrict.get(f);
    if (same) same.push(i);
    else byStrict.set(f, [i]);
  });
  let budget = REWORD_BUDGET;
  for (const q of copy) {
    const s = strictOf(q);
    const same = byStrict.get(s) ?? [];
    const j = same.find((i) => !usedQuotes.has(i)) ?? same[0] ?? -1;
    if (j >= 0) {
      usedQuotes.add(j);
      out.push({ text: q.text, speaker: q.speaker ?? known[j].speaker, status: 'verbatim' });
      continue;
    }
    const qk = keysOf(q);
    let best = -1;
    let bestSim = 0;
    // Too short to match a reworded quote, or the budget is spent: only word for word below.
    if (qk.length >= 3 && budget > 0) {
      const qi = intern(qk);
      if (counts.length < ids.size) {
        counts = new Int32Array(ids.size * 2);
        used = new Int32Array(ids.size * 2);
      }
      for (const k of qi) counts[k]++;
      knownIds.forEach((kk, i) => {
        if (usedQuotes.has(i) || Math.min(kk.length, qk.length) * 2 < Math.max(kk.length, qk.length) * QUOTE_MATCH_MIN) return; // dice bound
        // dice(qk, known keys): common = Σ min(count in each), same value as align's dice().
        if (!kk.length) return; // dice 0: never above bestSim
        budget -= kk.length + 1;
        let common = 0;
        for (const k of kk)
          if (used[k] < counts[k]) {
            common++;
            used[k]++;
          }
        for (const k of kk) used[k] = 0;
        const sim = (2 * common) / (qk.length + kk.length);
        if (sim > bestSim) {
          best = i;
          bestSim = sim;
        }
      });
      for (const k of qi) counts[k] = 0;
    }
    if (best >= 0 && bestSim >= QUOTE_MATCH_MIN) {
      usedQuotes.add(best);
      const changes = wordChanges(wordDiff(q.text, known[best].text).hunks).filter((c) => c.kind !== 'capitalisation' && c.kind !== 'punctuation');
      if (!changes.length) out.push({ text: q.text, speaker: q.speaker ?? known[best].speaker, status: 'verbatim' });
      else out.push({ text: q.text, speaker: q.speaker ?? known[best].speaker, status: 'altered', knownText: known[best].text, changes });
      continue;
    }
    // Quoted in the copy, unquoted but word for word in the known version: still the same words.
    const status = inKnown(s) ? 'verbatim' : 'added';
    out.push({ text: q.text, ...(q.speaker ? { speaker: q.speaker } : {}), status });
  }
  known.forEach((k, i) => {
    if (usedQuotes.has(i) || inCopy(knownForms[i])) return;
    out.push({ text: k.text, ...(k.speaker ? { speaker: k.speaker } : {}), status: 'missing' });
  });
  return out;
}
