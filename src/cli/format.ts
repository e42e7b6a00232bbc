// The report as plain text for a terminal: verdict first, then the likely source, the
// substantive differences, the quotes and the signals; style-only changes are counted, not
// listed one by one (a reader skims them). Labels come from the Markdown report so the CLI
// and the side-by-side page name things the same way.
import { englishLabels as L } from '../core/reportMarkdown';
import type { Difference, QuoteReport, QuoteStatus, Report, VersionRef } from '../core/types';

const pct = (x: number) => `${Math.round(x * 100)}%`;

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

function difference(d: Difference, n: number): string[] {
  const out = [`  ${n}. ${L.kind[d.kind] ?? d.kind}${d.note ? ` — ${d.note}` : ''}`];
  if (d.copy !== undefined) out.push(`     copy:     ${clip(d.copy)}`);
  if (d.known !== undefined) out.push(`     original: ${clip(d.known)}`);
  for (const c of d.changes ?? []) {
    if (c.kind && c.copy !== c.known) out.push(`       · “${clip(c.known, 60)}” → “${clip(c.copy, 60)}” (${L.kind[c.kind] ?? c.kind})`);
  }
  return out;
}

const STATUS_ORDER: QuoteStatus[] = ['altered', 'missing', 'added', 'verbatim'];

function quote(q: QuoteReport): string[] {
  const out = [`  [${q.status}] “${clip(q.text, 200)}” — ${q.speaker ?? 'speaker unknown'}`];
  if (q.status === 'altered' && q.knownText) out.push(`      original: “${clip(q.knownText, 200)}”`);
  for (const c of q.changes ?? []) out.push(`      · “${c.known}” → “${c.copy}” (${L.kind[c.kind] ?? c.kind})`);
  return out;
}

export function formatReport(report: Report): string {
  if (report.verdict === 'unrelated') {
    // Not versions of one story: no source, no copy, nothing to compare.
    const [first, second] = report.pageRole === 'copy' ? [report.copy, report.source] : [report.source, report.copy];
    return [`${L.verdict.unrelated}: ${pct(report.reusedShare)} of the first page's text is found in the second.`, report.reason, '', ...version('First', first), ...version('Second', second)].join('\n') + '\n';
  }
  const substantive = report.differences.filter((d) => d.significance === 'substantive');
  const style = report.differences.filter((d) => d.significance === 'style');
  const styleCounts = new Map<string, number>();
  for (const d of style) styleCounts.set(d.kind, (styleCounts.get(d.kind) ?? 0) + (d.count ?? 1));
  const quotes = [...report.quotes].sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status));
  const lines = [
    `${L.verdict[report.verdict] ?? report.verdict}: ${pct(report.reusedShare)} of the first page's text is found in the second.`,
    report.reason,
    '',
    ...version(`${L.source}${report.pageRole === 'source' ? ' (first argument)' : ' (second argument)'}`, report.source),
    ...version(`${L.copy}${report.pageRole === 'copy' ? ' (first argument)' : ' (second argument)'}`, report.copy),
    '',
    `${L.substantive} (${substantive.length})`,
    ...(substantive.length ? substantive.flatMap((d, i) => difference(d, i + 1)) : [`  ${L.none}`]),
    '',
    `${L.style} (${style.length})`,
    ...(styleCounts.size ? [...styleCounts].map(([k, n]) => `  ${L.kind[k as Difference['kind']] ?? k} ×${n}`) : [`  ${L.none}`]),
    '',
    `${L.quotes} (${quotes.length})`,
    ...(quotes.length ? quotes.flatMap(quote) : [`  ${L.none}`]),
    '',
    `${L.signals} (${report.signals.length})`,
    ...(report.signals.length ? report.signals.map((s) => `  - ${s.name}: ${clip(s.evidence, 160)}`) : [`  ${L.none}`]),
  ];
  return lines.join('\n') + '\n';
}
