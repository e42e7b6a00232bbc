// Writes the store listings' text from _locales (npm run package): for each locale the
// extension ships, artifacts/store/<locale>/listing.txt with the name, the short
// description (the manifest's, at most 132 characters for the Chrome Web Store) and the
// long one. The text lives in _locales so it is translated with the rest of the interface.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
/** Chrome Web Store's limit for the summary (the manifest description). */
export const SHORT_MAX = 132;

export interface Listing {
  locale: string;
  name: string;
  short: string;
  long: string;
}

export function listings(localesDir = join(ROOT, 'public', '_locales')): Listing[] {
  return readdirSync(localesDir)
    .sort()
    .map((locale) => {
      const m = JSON.parse(readFileSync(join(localesDir, locale, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
      const get = (key: string) => {
        const v = m[key]?.message;
        if (!v) throw new Error(`_locales/${locale}: no ${key}`);
        return v;
      };
      return { locale, name: get('extName'), short: get('extDescription'), long: get('storeLongDescription') };
    });
}

export function listingText(l: Listing): string {
  return `Name: ${l.name}\n\nShort description (${l.short.length}/${SHORT_MAX} characters):\n${l.short}\n\nLong description:\n${l.long}\n`;
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const out = join(ROOT, 'artifacts', 'store');
  for (const l of listings()) {
    if (l.short.length > SHORT_MAX) throw new Error(`${l.locale}: the short description has ${l.short.length} characters (max ${SHORT_MAX})`);
    mkdirSync(join(out, l.locale), { recursive: true });
    writeFileSync(join(out, l.locale, 'listing.txt'), listingText(l));
    console.log(`artifacts/store/${l.locale}/listing.txt`);
  }
}
