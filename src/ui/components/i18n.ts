// `t()` for every user-facing string in the pages (keys live in public/_locales/en/messages.json);
// `tm()` for the words the engine builds (core/messages.ts: a key, its parameters, a count);
// `tn()` for a counted message, in the plural form the reader's language needs.
import { renderAll, renderMsg, type MessageKey, type Msg } from '../../core/messages';
import { getMessage, uiLanguage } from '../../platform/i18n';

export function t(key: string, ...subs: Array<string | number>): string {
  return getMessage(key, subs.map(String));
}

/** An engine-built message (a change's note, a summary sentence) in the reader's language. */
export function tm(m: Msg): string {
  return renderMsg(m, getMessage, uiLanguage());
}

/** Several engine-built messages as one line. */
export function tmAll(ms: readonly Msg[], separator: string): string {
  return renderAll(ms, getMessage, uiLanguage(), separator);
}

/**
 * `<stem>_one` / `<stem>_other` (and `_few`, `_many` where a language has them) for `count`,
 * chosen by Intl.PluralRules: chrome.i18n has no plural forms. $1 is the count unless
 * `subs` are given.
 */
export function tn(stem: MessageKey, count: number, ...subs: Array<string | number>): string {
  return tm({ key: stem, params: (subs.length ? subs : [count]).map(String), count });
}
