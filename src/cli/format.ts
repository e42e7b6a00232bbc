// The report as plain text for a terminal, rendered from the same summary as the popup and
// the Markdown (core/summary.ts): the headline sentence, the likely original, the changes
// that matter with the changed words in [brackets], quotes (altered and missing first),
// style-only changes counted by kind, and the signals. Words come from the Markdown's
// English labels so the CLI and the side-by-side page name things the same way.
import { englishAll, englishLabels as L, englishText as englishSentence } from '../core/english';
import { summarise, type ChangeView, type ReportSummary } from '../core/summary';
import { piecesText } from '../core/summary-highlight';
import type { QuoteReport, Report, VersionRef } from '../core/types';

function clip(text: string, max = 240): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

function version(label: string, v: VersionRef): string[] {
  const date = v.published ? ` (${v.published.slice(0, 10)})` : '';
  const out = [`${label}: ${v.outlet || 'unknown outlet'}${date}`, `  “${clip(v.title)}”`];
  if (v.url) out.push(`  ${v.url}`);
  if (v.credit) out.push(`  ${L.credit}: ${v.credit}`);
  return out;
}

/** One change: its kind, the engine's note, each side's window with the changed words marked. */
export function changeLines(c: ChangeView, n: number): string[] {
  const out = [`  ${n}. ${L.kind[c.kind] ?? c.kind}${c.notes?.length ? ` — ${englishAll(c.notes, '; ')}` : ''}`];
  if (c.known) out.push(`     original: ${piecesText(c.known)}`);
  if (c.copy) out.push(`     copy:     ${piecesText(c.copy)}`);
  for (const w of c.words) out.push(`       · “${clip(w.known, 60)}” → “${clip(w.copy, 60)}” (${L.kind[w.kind] ?? w.kind})`);
  return out;
}

function quote(q: QuoteReport): string[] {
  const out = [`  [${L.status[q.status]}] “${clip(q.text, 200)}” — ${q.speaker ?? 'speaker not named'}`];
  if (q.status === 'altered' && q.knownText) out.push(`      original: “${clip(q.knownText, 200)}”`);
  for (const c of q.changes ?? []) out.push(`      · “${c.known}” → “${c.copy}” (${L.kind[c.kind] ?? c.kind})`);
  return out;
}

/** The summary's first lines: headline, share, original, the first `top` changes. For `npm start`. */
export function formatHeadline(s: ReportSummary, top = 3): string[] {
  return [
    `${englishSentence(s.headline)}.`,
    englishSentence(s.share),
    ...(s.changes.length ? [`${L.substantive} (${s.counts.changes}), the first ${Math.min(top, s.changes.length)}:`] : [`${L.substantive}: ${L.none}`]),
    ...s.changes.slice(0, top).flatMap((c, i) => changeLines(c, i + 1)),
  ];
}

const NOT_NEWS = 'Note: the first page does not look like a news article; it was compared because you asked.';

export function formatReport(report: Report): string {
  const s = summarise(report);
  const note = report.pageNotNews ? [NOT_NEWS] : [];
  if (report.verdict === 'unrelated') {
    // Not versions of one story: no source, no copy, nothing to compare.
    const [first, second] = report.pageRole === 'copy' ? [report.copy, report.source] : [report.source, report.copy];
    return (
      [...note, `${englishSentence(s.headline)}.`, englishAll(report.reason), '', ...version('First', first), ...version('Second', second)].join('\n') + '\n'
    );
  }
  const lines = [
    ...note,
    `${englishSentence(s.headline)}. ${englishSentence(s.share)}`,
    englishAll(report.reason),
    '',
    ...version(`${L.source}${report.pageRole === 'source' ? ' (first argument)' : ' (second argument)'}`, report.source),
    ...version(`${L.copy}${report.pageRole === 'copy' ? ' (first argument)' : ' (second argument)'}`, report.copy),
    '',
    `${L.substantive} (${s.counts.changes})`,
    ...(s.changes.length ? s.changes.flatMap((c, i) => changeLines(c, i + 1)) : [`  ${L.none}`]),
    '',
    `${L.quotes} (${s.counts.quotes})`,
    ...(s.quotes.length ? s.quotes.flatMap(quote) : [`  ${L.none}`]),
    '',
    `${L.style} (${s.counts.style})`,
    ...(s.style.length ? s.style.map((g) => `  ${L.kind[g.kind] ?? g.kind} ×${g.count}`) : [`  ${L.none}`]),
    '',
    `${L.signals} (${s.counts.signals})`,
    ...(s.signals.length
      ? s.signals.map((sig) => `  - ${L.signal[sig.name] ?? sig.name}${sig.evidence ? `: ${clip(sig.evidence, 160)}` : ''}`)
      : [`  ${L.none}`]),
  ];
  return lines.join('\n') + '\n';
}
