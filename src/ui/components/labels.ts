// Localised names for the report's enums, shared by the popup and the side-by-side page.
// Message keys follow the enum values: 'claim-changed' → kind_claim_changed.
import type { MarkdownLabels } from '../../core/reportMarkdown';
import type { DifferenceKind, QuoteStatus, SignalName, Verdict } from '../../core/types';
import { t } from './i18n';

// A value the engine added after the messages were written shows as its code name
// ("name-form") rather than as a message key.
function label(prefix: string, value: string): string {
  const key = `${prefix}_${value.replace(/-/g, '_')}`;
  const text = t(key);
  return text === key ? value : text;
}

export const verdictLabel = (v: Verdict) => label('verdict', v);
export const kindLabel = (k: DifferenceKind) => label('kind', k);
export const quoteStatusLabel = (s: QuoteStatus) => label('quoteStatus', s);
export const signalLabel = (s: SignalName) => label('signal', s);

const VERDICTS: Verdict[] = ['uncredited-copy', 'credited-copy', 'same-story-own-text', 'unrelated', 'same-page'];
const SIGNALS: SignalName[] = [
  'engagement-boilerplate',
  'self-promotion',
  'no-byline-or-credit',
  'bare-wire-dateline',
  'blog-comment-form',
  'blog-platform-markup',
];
const STATUSES: QuoteStatus[] = ['verbatim', 'altered', 'missing', 'added'];
// Kinds without a message fall back to their code name in the Markdown report.
const KINDS: DifferenceKind[] = [
  'typography',
  'spelling-variant',
  'transliteration',
  'capitalisation',
  'punctuation',
  'number-style',
  'heading-changed',
  'name-form',
  'headline-changed',
  'reworded',
  'claim-changed',
  'quote-altered',
  'attribution-removed',
  'attribution-added',
  'byline-changed',
  'passage-removed',
  'passage-added',
  'boilerplate-added',
];

const table = <K extends string>(values: K[], label: (v: K) => string) => Object.fromEntries(values.map((v) => [v, label(v)])) as Record<K, string>;

/** The Markdown report's words in the reader's language ({share}, {count}, {date} stay). */
export function markdownLabels(): MarkdownLabels {
  return {
    title: t('md_title'),
    verdict: table(VERDICTS, verdictLabel),
    reused: t('md_reused', '{share}'),
    source: t('likelyOriginal'),
    copy: t('inCopy'),
    outlet: t('md_outlet'),
    headline: t('md_headline'),
    published: t('md_published'),
    url: t('md_url'),
    credit: t('md_credit'),
    substantive: t('md_substantive'),
    style: t('md_style'),
    quotes: t('md_quotes'),
    signals: t('sectionSignals'),
    copyWording: t('inCopy'),
    sourceWording: t('inOriginal'),
    times: t('md_times', '{count}'),
    status: table(STATUSES, quoteStatusLabel),
    kind: table(KINDS, kindLabel),
    none: t('md_none'),
    generated: t('md_generated', '{date}'),
    truncated: t('truncatedNote', '{count}', '{outlet}'),
    sentence: (m) => t(m.key, ...m.params),
    signal: table(SIGNALS, signalLabel),
    dropped: t('summary_dropped'),
  };
}
