// Credit lines and wire names: "With files from CBC News", "(Reuters)", "The Associated
// Press contributed", "Reporting by …". A version that credits an outlet or agency is not
// an uncredited copy, and a version credited by the other is likely the source.

import { splitLengthUpTo } from './text/normalise';

export interface Credit {
  /** Who is credited ("CBC News", "Reuters"). */
  name: string;
  /** The text that shows it. */
  evidence: string;
}

/** Wire services and agencies whose names in a dateline or credit line are credits. */
export const AGENCIES = [
  'Reuters', 'The Associated Press', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Bloomberg',
  'The Canadian Press', 'Canadian Press', 'CP', 'dpa', 'ANSA', 'EFE', 'Kyodo', 'Xinhua', 'PA Media', 'UPI',
  'CNN Wire', 'Press Association', 'Australian Associated Press', 'AAP', 'Tass', 'Interfax', 'Yonhap',
];
const AGENCY_ALT = AGENCIES.map((a) => a.replace(/[.]/g, '\\.')).join('|');

const LINE_RULES: RegExp[] = [
  /^with (files|reporting|additional reporting) from (?<name>.+?)\.?$/i,
  /^(?:this (?:article|story) (?:was )?(?:originally )?(?:appeared|published) (?:on|in|at|by)|originally published (?:on|in|at|by)|source|via|courtesy(?: of)?)\s*:?\s*(?<name>[^.]{2,80})\.?$/i,
  /^(?<name>.{2,60}?) contributed (?:reporting|to this (?:report|story|article))/i,
  /^(?:\(?(?:additional )?reporting by) (?<name>[^;]{2,120})(?:;|$)/i,
  /^(?:©|copyright)\s*(?:\d{4}\s*)?(?<name>[^.]{2,60})/i,
];
// "PARIS (Reuters) -", "WASHINGTON (AP) —": a dateline naming the agency.
const DATELINE_AGENCY = new RegExp(`^[^\\n]{0,60}?\\((?<name>${AGENCY_ALT})\\)\\s*[-–—]`);
const AGENCY_ANYWHERE = new RegExp(`\\((?<name>${AGENCY_ALT})\\)`);
// A byline naming the agency: "Associated Press", "By Jane Doe, The Associated Press",
// "The Associated Press | Monday, July 16", "Jan M. OlsenAssociated Press" (glued by a scraper).
const LONG_AGENCIES = AGENCIES.filter((a) => a.length > 3).map((a) => a.replace(/[.]/g, '\\.')).join('|');
const SHORT_AGENCIES = AGENCIES.filter((a) => a.length <= 3).join('|');
const BYLINE_AGENCY = new RegExp(`(?:^|[^\\p{L}]|(?<=\\p{Ll}))(?:the\\s+)?(?<name>${LONG_AGENCIES})(?![\\p{L}])|(?:^|[\\s,|—–-])(?<short>${SHORT_AGENCIES})(?![\\p{L}])`, 'u');
// Photo credits name agencies too, but credit the picture, not the text.
const PHOTO = /\b(photo|photos|file|image|images|getty|caption|pool)\b|^\(/i;
/** How far into the body a dateline or byline credit is looked for (page text often opens with furniture). */
export const CREDIT_HEAD_BLOCKS = 8;

/** The agency a byline-like line names ("Reuters", "By Jane Doe, Associated Press"), if any. */
export function agencyOf(byline: string | undefined): string | undefined {
  const t = byline?.trim();
  if (!t || t.length > 160 || PHOTO.test(t)) return undefined;
  const m = BYLINE_AGENCY.exec(t);
  if (!m?.groups) return undefined;
  // A sentence that merely mentions Reuters is not a byline: short lines, or "By …" lines only.
  if (splitLengthUpTo(t, 12) > 12 && !/^by\s/i.test(t)) return undefined;
  return m.groups.name ?? m.groups.short;
}

/** Credits found in the body blocks (first block's dateline, short credit lines). */
export function findCredits(blocks: { text: string }[]): Credit[] {
  const out: Credit[] = [];
  blocks.forEach((b, i) => {
    const t = b.text.trim();
    if (i < CREDIT_HEAD_BLOCKS) {
      const m = DATELINE_AGENCY.exec(t) ?? (t.length < 200 && !PHOTO.test(t) ? AGENCY_ANYWHERE.exec(t) : null);
      const byline = m ? undefined : agencyOf(t);
      if (m?.groups) out.push({ name: m.groups.name, evidence: t.slice(0, Math.min(t.length, (m.index ?? 0) + m[0].length + 20)) });
      else if (byline) out.push({ name: byline, evidence: t });
    }
    if (splitLengthUpTo(t, 30) > 30) return;
    for (const re of LINE_RULES) {
      const m = re.exec(t);
      if (m?.groups?.name) {
        out.push({ name: m.groups.name.trim(), evidence: t });
        break;
      }
    }
  });
  return out;
}

/** True for a block that is a credit line (and so not a paragraph of the story). */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  return splitLengthUpTo(t, 30) <= 30 && LINE_RULES.some((re) => re.test(t));
}
