// Words the engine builds for a reader (a change's note, why a verdict was reached, the
// summary's sentences) are message keys with parameters, never English: the extension's
// pages look them up in _locales in the browser's language, the CLI and the Markdown in the
// English messages.json (english.ts). One source of English, and a French reader sees no
// English sentence the engine wrote.
import type english from '../../public/_locales/en/messages.json';

type EnglishKey = keyof typeof english;
// A counted message has no plain key, only `<key>_one`, `<key>_other` (and whatever other
// plural categories a language needs): its key here is the stem.
type PluralStem<K> = K extends `${infer S}_other` ? S : never;

/** A key of public/_locales/en/messages.json, or the stem of a counted one: tsc rejects a typo. */
export type MessageKey = EnglishKey | PluralStem<EnglishKey>;

/** A sentence for the reader: a message key, its parameters ($1, $2… in the message), and a count for plural forms. */
export interface Msg {
  key: MessageKey;
  params: string[];
  /** When set, the key is a stem: the message is `<key>_<plural category of count>` (Intl.PluralRules). */
  count?: number;
}

export const msg = (key: MessageKey, ...params: string[]): Msg => ({ key, params });

/** `$1 changes` with the plural form `count` needs in the reader's language; `count` is also $1's default. */
export const counted = (key: MessageKey, count: number, ...params: string[]): Msg => ({ key, params: params.length ? params : [String(count)], count });

/** Looks a key up with its substitutions; returns the key itself when there is no such message. */
export type Lookup = (key: string, params: string[]) => string;

const rules = new Map<string, Intl.PluralRules>();
function pluralRules(lang: string | undefined): Intl.PluralRules {
  const id = lang ?? '';
  let r = rules.get(id);
  if (!r) {
    try {
      r = new Intl.PluralRules(lang);
    } catch {
      r = new Intl.PluralRules('en');
    }
    rules.set(id, r);
  }
  return r;
}

/**
 * The key a counted message is read from in `lang`: `<stem>_one`, `<stem>_few`, … as
 * Intl.PluralRules says (chrome.i18n has no plural forms), `<stem>_other` when the
 * language's file has no message for that category.
 */
export function pluralKey(stem: string, count: number, lang: string | undefined, has: (key: string) => boolean): string {
  const key = `${stem}_${pluralRules(lang).select(count)}`;
  return has(key) ? key : `${stem}_other`;
}

/** The message in the reader's words, as `lookup` (chrome.i18n or a messages.json) has them. */
export function renderMsg(m: Msg, lookup: Lookup, lang?: string): string {
  if (m.count === undefined) return lookup(m.key, m.params);
  const key = pluralKey(m.key, m.count, lang, (k) => lookup(k, m.params) !== k);
  return lookup(key, m.params);
}

/** Several notes or sentences as one line. */
export function renderAll(ms: readonly Msg[], lookup: Lookup, lang: string | undefined, separator: string): string {
  return ms.map((m) => renderMsg(m, lookup, lang)).join(separator);
}

/** A message filled as chrome.i18n fills it: $1…$9 substituted, $$ a literal dollar. */
export function fillMessage(template: string, params: readonly string[]): string {
  return template.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (params[Number(c) - 1] ?? '')));
}
