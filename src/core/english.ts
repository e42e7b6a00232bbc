// The engine's words in English for the views that run without the browser's i18n (the CLI,
// the Markdown's default words, tests), read from the same public/_locales/en/messages.json
// the extension ships: one source of English. Kept apart from messages.ts so the extension's
// pages, which let the browser pick the locale, never bundle the English file.
import messages from '../../public/_locales/en/messages.json' with { type: 'json' };
import { fillMessage, renderAll, renderMsg, type Lookup, type MessageKey, type Msg } from './messages';
import { markdownLabelsFrom, type MarkdownLabels } from './reportMarkdown';
import type { DifferenceKind } from './types';

const table = messages as Record<string, { message: string }>;

export const englishLookup: Lookup = (key, params) => {
  const entry = table[key];
  return entry ? fillMessage(entry.message, params) : key;
};

/** One message in English. */
export const englishText = (m: Msg): string => renderMsg(m, englishLookup, 'en');

/** A key and its substitutions in English. */
export const englishFor = (key: MessageKey, ...params: string[]): string => englishLookup(key, params);

/** Notes or sentences in English, joined. */
export const englishAll = (ms: readonly Msg[] | undefined, separator = ' '): string => renderAll(ms ?? [], englishLookup, 'en', separator);

/** The Markdown's (and the CLI's) words in English. */
export const englishLabels: MarkdownLabels & { kind: Record<DifferenceKind, string> } = markdownLabelsFrom(englishLookup, 'en');
