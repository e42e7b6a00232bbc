// Quotes across two versions: verbatim, altered (with the word changes), missing from the
// copy, or added by it. Typography is normalised first (curly vs straight quotes never make
// a quote "altered"), case and punctuation are ignored, but US/UK spelling and number style
// DO alter a quote: those are the speaker's words as the source reported them.
import { wordChanges } from './classify';
import { dice } from './align';
import { foldForMatch, words } from './text/normalise';
import { keys } from './text/tokens';
import { wordDiff } from './worddiff';
import type { QuoteReport } from './types';
import type { ExtractedQuote } from './quotes';

/** Two quotes are one quote, reworded, at this similarity of matching keys or above. */
export const QUOTE_MATCH_MIN = 0.5;

const strict = (s: string) => words(foldForMatch(s)).join(' ');

export function compareQuotes(copy: ExtractedQuote[], known: ExtractedQuote[], copyText: string, knownText: string): QuoteReport[] {
  const out: QuoteReport[] = [];
  const used = new Set<number>();
  // Whole-text forms only when a quote is left unmatched (most copies match every quote).
  let copyStrict: string | undefined;
  let knownStrict: string | undefined;
  const inCopy = (form: string) => (copyStrict ??= ` ${strict(copyText)} `).includes(` ${form} `);
  const inKnown = (form: string) => (knownStrict ??= ` ${strict(knownText)} `).includes(` ${form} `);
  // Each quote's forms once (quotes × quotes comparisons below must not re-tokenise).
  const knownForms = known.map((q) => strict(q.text));
  const knownKeys = known.map((q) => keys(q.text));
  const byStrict = new Map<string, number[]>();
  knownForms.forEach((f, i) => byStrict.set(f, [...(byStrict.get(f) ?? []), i]));
  for (const q of copy) {
    const s = strict(q.text);
    const same = byStrict.get(s) ?? [];
    const j = same.find((i) => !used.has(i)) ?? same[0] ?? -1;
    if (j >= 0) {
      used.add(j);
      out.push({ text: q.text, speaker: q.speaker ?? known[j].speaker, status: 'verbatim' });
      continue;
    }
    const qk = keys(q.text);
    let best = -1;
    let bestSim = 0;
    knownKeys.forEach((kk, i) => {
      if (used.has(i) || Math.min(kk.length, qk.length) * 2 < Math.max(kk.length, qk.length) * QUOTE_MATCH_MIN) return; // dice bound
      const sim = dice(qk, kk);
      if (sim > bestSim) { best = i; bestSim = sim; }
    });
    if (best >= 0 && bestSim >= QUOTE_MATCH_MIN && qk.length >= 3) {
      used.add(best);
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
    if (used.has(i) || inCopy(knownForms[i])) return;
    out.push({ text: k.text, ...(k.speaker ? { speaker: k.speaker } : {}), status: 'missing' });
  });
  return out;
}
