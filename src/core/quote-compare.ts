// Quotes across two versions: verbatim, altered (with the word changes), missing from the
// copy, or added by it. Typography is normalised first (curly vs straight quotes never make
// a quote "altered"), case and punctuation are ignored, but US/UK spelling and number style
// DO alter a quote: those are the speaker's words as the source reported them.
import { wordChanges } from './classify';
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
  const usedQuotes = new Set<number>();
  // Whole-text forms only when a quote is left unmatched (most copies match every quote).
  let copyStrict: string | undefined;
  let knownStrict: string | undefined;
  const inCopy = (form: string) => (copyStrict ??= ` ${strict(copyText)} `).includes(` ${form} `);
  const inKnown = (form: string) => (knownStrict ??= ` ${strict(knownText)} `).includes(` ${form} `);
  // Each quote's forms once (quotes × quotes comparisons below must not re-tokenise).
  const knownForms = known.map((q) => strict(q.text));
  const knownKeys = known.map((q) => keys(q.text));
  // Keys as small integers and Dice by counting in one scratch array (no Map per pair): the
  // quotes × quotes loop below is the part of compare() that grows faster than the text.
  const ids = new Map<string, number>();
  const intern = (ks: string[]) => ks.map((k) => {
    let id = ids.get(k);
    if (id === undefined) ids.set(k, (id = ids.size));
    return id;
  });
  const knownIds = knownKeys.map(intern);
  let counts = new Int32Array(0);
  let used = new Int32Array(0);
  const byStrict = new Map<string, number[]>();
  knownForms.forEach((f, i) => byStrict.set(f, [...(byStrict.get(f) ?? []), i]));
  for (const q of copy) {
    const s = strict(q.text);
    const same = byStrict.get(s) ?? [];
    const j = same.find((i) => !usedQuotes.has(i)) ?? same[0] ?? -1;
    if (j >= 0) {
      usedQuotes.add(j);
      out.push({ text: q.text, speaker: q.speaker ?? known[j].speaker, status: 'verbatim' });
      continue;
    }
    const qk = keys(q.text);
    const qi = intern(qk);
    if (counts.length < ids.size) { counts = new Int32Array(ids.size * 2); used = new Int32Array(ids.size * 2); }
    for (const k of qi) counts[k]++;
    let best = -1;
    let bestSim = 0;
    knownIds.forEach((kk, i) => {
      if (usedQuotes.has(i) || Math.min(kk.length, qk.length) * 2 < Math.max(kk.length, qk.length) * QUOTE_MATCH_MIN) return; // dice bound
      // dice(qk, known keys): common = Σ min(count in each), same value as align's dice().
      if (!qk.length || !kk.length) return; // dice 0: never above bestSim
      let common = 0;
      for (const k of kk) if (used[k] < counts[k]) { common++; used[k]++; }
      for (const k of kk) used[k] = 0;
      const sim = (2 * common) / (qk.length + kk.length);
      if (sim > bestSim) { best = i; bestSim = sim; }
    });
    for (const k of qi) counts[k] = 0;
    if (best >= 0 && bestSim >= QUOTE_MATCH_MIN && qk.length >= 3) {
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
