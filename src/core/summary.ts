// What every view shows of a report, decided once: the popup, the side-by-side page, the
// CLI, the Markdown and `npm start` all render this, so their counts and their order agree
// (issue 11: the popup said 8 changes that matter where the side-by-side page said 9, and
// style-only changes were counted three different ways).
// Sentences are message keys with parameters, not English (messages.ts): the extension's
// pages look them up in _locales, the CLI and the Markdown in the English messages (english.ts).
import type { Msg } from './messages';
import type { DifferenceKind, QuoteReport, QuoteStatus, Report, Signal, SubstantiveKind, Verdict, VersionRef, WordChange } from './types';
import { changeWindows, type Piece } from './summary-highlight';

export type { Msg, Piece };

/** How the headline should look: alert (a copy without credit), caution (a credited copy), positive (this is the original), neutral. */
export type Tone = 'alert' | 'caution' | 'positive' | 'neutral';

export interface ChangeView {
  kind: DifferenceKind;
  /** The source's wording, a short window around the change with the changed words marked. */
  known?: Piece[];
  copy?: Piece[];
  /** The whole wordings, for views with room for them. */
  knownText?: string;
  copyText?: string;
  /** The engine's explanation, when it says more than the word changes below. */
  notes?: Msg[];
  /** Word-level changes with their kinds (views name the kinds in plain words). */
  words: WordChange[];
  copyBlock?: number;
  knownBlock?: number;
}

export interface StyleGroup {
  kind: DifferenceKind;
  /** Occurrences in the copy. */
  count: number;
  /** A few distinct examples, the source's wording first ('' = nothing there). */
  examples: { known: string; copy: string }[];
}

export interface Counts {
  /** Changes that matter (substantive differences). */
  changes: number;
  /** Style-only changes, counted by occurrence. */
  style: number;
  quotes: number;
  /** Quotes altered or missing from the copy. */
  quotesFlagged: number;
  signals: number;
}

export interface ReportSummary {
  verdict: Verdict;
  pageRole: Report['pageRole'];
  tone: Tone;
  /** The one sentence that says what this page is. */
  headline: Msg;
  /** How much of this page's text is in the other version. */
  share: Msg;
  reusedPercent: number;
  thisPage: VersionRef;
  /** The version most likely first (may be this page). */
  original: VersionRef;
  /** Copies of this page, when it is the original. */
  copies: VersionRef[];
  otherVersions: VersionRef[];
  counts: Counts;
  /** Changes that matter, most telling first. */
  changes: ChangeView[];
  /** Style-only changes by kind, largest group first. */
  style: StyleGroup[];
  /** Altered and missing quotes first. */
  quotes: QuoteReport[];
  signals: Signal[];
}

// What a reader needs to see first: a claim or a quote changed, a credit dropped, then what
// was cut or added, then rewording; boilerplate last. Ties keep the engine's reading order.
const IMPORTANCE: Record<SubstantiveKind, number> = {
  'claim-changed': 0,
  'quote-altered': 1,
  'attribution-removed': 2,
  'headline-changed': 3,
  'passage-removed': 4,
  'passage-added': 5,
  'attribution-added': 6,
  'byline-changed': 7,
  reworded: 8,
  'boilerplate-added': 9,
};
const QUOTE_ORDER: Record<QuoteStatus, number> = { altered: 0, missing: 1, added: 2, verbatim: 3 };

const rank = (kind: DifferenceKind) => IMPORTANCE[kind as SubstantiveKind] ?? 10;

function headline(report: Report): { headline: Msg; tone: Tone } {
  const isCopy = report.pageRole === 'copy';
  const other = isCopy ? report.source.outlet : report.copy.outlet;
  switch (report.verdict) {
    case 'uncredited-copy':
      return isCopy
        ? { headline: { key: 'summary_copyUncredited', params: [other] }, tone: 'alert' }
        : { headline: { key: 'summary_originalUncredited', params: [other] }, tone: 'positive' };
    case 'credited-copy':
      // Both versions credit the same agency: neither is the other's copy (issue 10).
      if (report.sharedOrigin) return { headline: { key: 'summary_sharedOrigin', params: [other, report.sharedOrigin] }, tone: 'caution' };
      return isCopy
        ? { headline: { key: 'summary_copyCredited', params: [other] }, tone: 'caution' }
        : { headline: { key: 'summary_originalCredited', params: [other] }, tone: 'positive' };
    case 'same-story-own-text':
      return { headline: { key: 'summary_sameStory', params: [other] }, tone: 'neutral' };
    case 'same-page':
      return { headline: { key: 'summary_samePage', params: [other] }, tone: 'neutral' };
    default:
      return { headline: { key: 'summary_unrelated', params: [other] }, tone: 'neutral' };
  }
}

function changeView(d: Report['differences'][number]): ChangeView {
  const { known, copy } = changeWindows(d.known, d.copy);
  return {
    kind: d.kind,
    ...(known ? { known } : {}),
    ...(copy ? { copy } : {}),
    ...(d.known ? { knownText: d.known } : {}),
    ...(d.copy ? { copyText: d.copy } : {}),
    ...(d.notes?.length ? { notes: d.notes } : {}),
    words: (d.changes ?? []).filter((c) => c.copy !== c.known),
    ...(d.copyBlock !== undefined ? { copyBlock: d.copyBlock } : {}),
    ...(d.knownBlock !== undefined ? { knownBlock: d.knownBlock } : {}),
  };
}

function styleGroups(report: Report): StyleGroup[] {
  const groups = new Map<DifferenceKind, StyleGroup & { seen: Set<string> }>();
  for (const d of report.differences) {
    if (d.significance !== 'style') continue;
    const g = groups.get(d.kind) ?? { kind: d.kind, count: 0, examples: [], seen: new Set<string>() };
    g.count += d.count ?? 1;
    const ex = { known: d.known ?? '', copy: d.copy ?? '' };
    const key = `${ex.known}\u0000${ex.copy}`;
    if ((ex.known || ex.copy) && !g.seen.has(key) && g.examples.length < 4) {
      g.seen.add(key);
      g.examples.push(ex);
    }
    groups.set(d.kind, g);
  }
  return [...groups.values()].map(({ seen: _, ...g }) => g).sort((a, b) => b.count - a.count);
}

/** Everything a view shows of `report`, in the order it shows it. */
export function summarise(report: Report): ReportSummary {
  const isCopy = report.pageRole === 'copy';
  const changes = report.differences
    .map((d, i) => ({ d, i }))
    .filter(({ d }) => d.significance === 'substantive')
    .sort((a, b) => rank(a.d.kind) - rank(b.d.kind) || a.i - b.i)
    .map(({ d }) => changeView(d));
  const style = styleGroups(report);
  const quotes = report.quotes
    .map((q, i) => ({ q, i }))
    .sort((a, b) => QUOTE_ORDER[a.q.status] - QUOTE_ORDER[b.q.status] || a.i - b.i)
    .map(({ q }) => q);
  const pct = Math.round(Math.max(0, Math.min(1, report.reusedShare)) * 100);
  const other = isCopy ? report.source.outlet : report.copy.outlet;
  return {
    verdict: report.verdict,
    pageRole: report.pageRole,
    ...headline(report),
    share: { key: isCopy ? 'summary_shareCopy' : 'summary_shareOriginal', params: [`${pct}%`, other] },
    reusedPercent: pct,
    thisPage: isCopy ? report.copy : report.source,
    original: report.source,
    copies: isCopy ? [] : [report.copy],
    otherVersions: report.otherVersions,
    counts: {
      changes: changes.length,
      style: style.reduce((n, g) => n + g.count, 0),
      quotes: quotes.length,
      quotesFlagged: quotes.filter((q) => q.status === 'altered' || q.status === 'missing').length,
      signals: report.signals.length,
    },
    changes,
    style,
    quotes,
    signals: report.signals,
  };
}
