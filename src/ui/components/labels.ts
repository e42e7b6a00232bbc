// Localised names for the report's enums, shared by the popup and the side-by-side page.
// Keys and value lists come from core/labels.ts (one list per enum, in core/types.ts).
import { kindKey, quoteStatusKey, signalKey, verdictKey } from '../../core/labels';
import { markdownLabelsFrom, type MarkdownLabels } from '../../core/reportMarkdown';
import type { DifferenceKind, QuoteStatus, SignalName, Verdict } from '../../core/types';
import { getMessage, uiLanguage } from '../../platform/i18n';
import { t } from './i18n';

// A value the engine added after the messages were written shows as its code name
// ("name-form") rather than as a message key.
function label(key: string, value: string): string {
  const text = t(key);
  return text === key ? value : text;
}

export const verdictLabel = (v: Verdict) => label(verdictKey(v), v);
export const kindLabel = (k: DifferenceKind) => label(kindKey(k), k);
export const quoteStatusLabel = (s: QuoteStatus) => label(quoteStatusKey(s), s);
export const signalLabel = (s: SignalName) => label(signalKey(s), s);

/** The Markdown report's words in the reader's language ({share}, {count}, {date} stay). */
export function markdownLabels(): MarkdownLabels {
  return markdownLabelsFrom(getMessage, uiLanguage());
}
