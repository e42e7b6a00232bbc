// A page names its own outlet in markup it controls (og:site_name, JSON-LD publisher,
// application-name). A copy site that calls itself "CBC News" would be shown to the reader
// as CBC, and its own "With files from CBC News" would read as CBC's own byline, which
// turns the direction around. So a stated name is believed only where the page's host
// bears it out; otherwise the host is the outlet's name.
import { GENERIC_NAME_WORDS, simple } from './credits';

// German and Nordic letters are spelt out in host names ("Süddeutsche" → sueddeutsche.de).
const SPELT_OUT: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss', æ: 'ae', ø: 'oe', å: 'aa' };

const ARTICLES = new Set(['the', 'le', 'la', 'les', 'der', 'die', 'das', 'el', 'il', 'lo', 'de', 'of']);

/** Letters and digits only, without accents: "Libération.fr" → "liberationfr". */
function bare(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

function spellings(word: string): string[] {
  const spelt = word.replace(/[äöüßæøå]/g, (c) => SPELT_OUT[c]);
  return spelt === word ? [bare(word)] : [bare(word), bare(spelt)];
}

/**
 * Does `host` bear out the name `name`? Some distinctive word of the name is in the host
 * ("Mozilla Hacks" on hacks.mozilla.org, "Le Monde.fr" on lemonde.fr), the whole name
 * written together is ("The Times" on thetimes.co.uk), or its initials start one of the
 * host's labels ("Associated Press" on apnews.com, "American Civil Liberties Union" on aclu.org).
 */
export function nameFitsHost(name: string, host: string): boolean {
  const h = host.toLowerCase().replace(/^www\d*\./, '');
  const hostBare = bare(h);
  const words = simple(name.slice(0, 200))
    .split(' ')
    .filter((w) => w && w !== 'www' && !/^https?$/.test(w));
  if (!words.length || !hostBare) return false;
  for (const w of words) {
    if (GENERIC_NAME_WORDS.has(w)) continue;
    if (spellings(w).some((s) => s.length >= 3 && hostBare.includes(s))) return true;
  }
  // Written together: not for one generic word ("News" is in every news site's host).
  const together = spellings(words.join(''));
  if ((words.length > 1 || !GENERIC_NAME_WORDS.has(words[0])) && together.some((s) => s.length >= 2 && hostBare.includes(s))) return true;
  if (words.length < 2) return false;
  const initials = words
    .filter((w) => !ARTICLES.has(w))
    .map((w) => bare(w)[0] ?? '')
    .join('');
  return initials.length >= 2 && h.split('.').some((label) => bare(label).startsWith(initials));
}
