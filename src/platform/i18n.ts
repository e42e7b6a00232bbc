// Localised strings. Inside the extension the browser picks the locale from _locales/;
// in plain Vite dev and in Node tests there is no i18n API, so a page registers the
// English messages.json as a fallback (loaded only there, never in the extension build).
import { renderMsg, type Msg } from '../core/messages';
import { ext, inExtension } from './browser';

type Messages = Record<string, { message: string }>;
let fallback: Messages | undefined;

export function setFallbackMessages(messages: Messages): void {
  fallback = messages;
}

/** The message for `key` with $1…$9 filled from `subs`; the key itself when unknown. */
export function getMessage(key: string, subs: string[] = []): string {
  if (inExtension()) {
    const value = ext().i18n.getMessage(key, subs);
    if (value) return value;
  }
  const entry = fallback?.[key];
  if (!entry) return key;
  // Same rules as chrome.i18n: $1…$9 are substitutions, $$ is a literal dollar.
  return entry.message.replace(/\$(\$|[1-9])/g, (_, c: string) => (c === '$' ? '$' : (subs[Number(c) - 1] ?? '')));
}

/** The browser's UI language (the one _locales was picked for), for Intl; undefined outside the extension. */
export function uiLanguage(): string | undefined {
  if (!inExtension()) return undefined;
  try {
    return ext().i18n.getUILanguage() || undefined;
  } catch {
    return undefined;
  }
}

/** An engine or worker message (core/messages.ts) in the browser's language. */
export function say(m: Msg): string {
  return renderMsg(m, getMessage, uiLanguage());
}

const isMsg = (m: unknown): m is Msg => !!m && typeof (m as Msg).key === 'string' && Array.isArray((m as Msg).params);

/**
 * What went wrong, for the reader: an error carrying a message (core/reader-error.ts: a
 * fetch, a search) in the browser's language, any other error's own text. Read by shape,
 * not by class, so the pages that import this file do not bundle the English messages.
 */
export function readerMessage(e: unknown): string {
  const m = e instanceof Error ? (e as Error & { msg?: unknown }).msg : undefined;
  if (isMsg(m)) return say(m);
  return e instanceof Error ? e.message : String(e);
}
