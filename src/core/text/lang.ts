// A page's language tag is the page's claim: `<html lang="ja_JP">` (underscore, as in
// POSIX locales), `lang="english"` or plain garbage reach the engine as they are, and
// `new Intl.Segmenter(tag)` throws RangeError on any tag that is not BCP 47. Every tag goes
// through here before Intl sees it (issue 14, item 9).

/** A canonical BCP 47 tag ("ja_JP" → "ja-JP", "EN-gb" → "en-GB"), or undefined for anything else. */
export function languageTag(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.trim().replace(/_/g, '-');
  // Checked before Intl so a long or odd string costs nothing: language, then short subtags.
  if (t.length > 35 || !/^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i.test(t)) return undefined;
  try {
    return Intl.getCanonicalLocales(t)[0];
  } catch {
    return undefined;
  }
}

/** The tag to hand Intl: the page's own when valid, else English (the engine's default). */
export function intlLanguage(raw: string | undefined | null): string {
  return languageTag(raw) ?? 'en';
}
