// Credit as a careful reader finds it: agency datelines ("HELSINKI (AP) —"), bylines that
// name an agency or outlet ("Jonathan Lemire and Jill Colvin, Associated Press", "Anton
// Troianovski and Philip Rucker, The Washington Post", "JILL COLVIN / AP", glued "Jan M.
// OlsenAssociated Press"), "… contributed to this report" lines naming another outlet or an
// agency writer, copyright and "originally appeared" lines, "With files from …", a source
// URL at the end. Not credits: photo and video credits ("(AP Photo/Mel Evans)"), mentions
// inside the story ("told CBS News"): only short lines, the head of a block or the lines
// next to the lead are read, never the middle of a paragraph.
//
// Every Credit keeps the line as the page has it (`evidence`), so a view can show why.
// Everything here is page-controlled input: each rule runs on a bounded slice of one block
// with bounded repeats only.

import { splitLengthUpTo } from './text/normalise';

import type { CreditClaim, CreditRef } from './types';

// 'photo' credits the picture, not the text: kept apart (Prepared.photoCredits), shown only
// when a page has no other credit and its shared text is captions.
export type CreditKind = CreditRef['kind'];

/** `name`: who is credited, in one form ("Associated Press" for "AP", "THE ASSOCIATED PRESS"); `evidence`: the line as the page has it. */
export type Credit = CreditRef;

/** Wire services and agencies whose names in a dateline or credit line are credits. */
export const AGENCIES = [
  'Reuters',
  'The Associated Press',
  'Associated Press',
  'AP',
  'AFP',
  'Agence France-Presse',
  'Bloomberg',
  'The Canadian Press',
  'Canadian Press',
  'CP',
  'dpa',
  'ANSA',
  'EFE',
  'Kyodo',
  'Xinhua',
  'PA Media',
  'UPI',
  'CNN Wire',
  'CNN Wires',
  'CNN Newsource',
  'Press Association',
  'Australian Associated Press',
  'AAP',
  'Tass',
  'Interfax',
  'Yonhap',
];
// Short forms and distribution services → the name a reader knows.
const CANONICAL: Record<string, string> = {
  ap: 'Associated Press',
  'the associated press': 'Associated Press',
  'associated press': 'Associated Press',
  afp: 'AFP',
  'agence france presse': 'AFP',
  cp: 'The Canadian Press',
  'canadian press': 'The Canadian Press',
  'the canadian press': 'The Canadian Press',
  'cnn wire': 'CNN',
  'cnn wires': 'CNN',
  'cnn newsource': 'CNN',
  reuters: 'Reuters',
  'thomson reuters': 'Reuters',
  dpa: 'dpa',
  'press association': 'PA Media',
  'pa media': 'PA Media',
  aap: 'Australian Associated Press',
  'australian associated press': 'Australian Associated Press',
};
const AGENCY_KEYS = new Set([...AGENCIES.map((a) => simple(a)), ...Object.keys(CANONICAL)]);

/** Lower case, letters and digits only, single spaces. */
export function simple(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** One form of a credited name: "AP", "The AP", "THE ASSOCIATED PRESS" → "Associated Press". */
export function canonicalName(name: string): string {
  const t = name
    .replace(/\s+/g, ' ')
    .replace(/^(?:by|from|of)\s+/i, '')
    .replace(/[\s,.;:|/–—-]+$/u, '')
    .replace(/^[\s,.;:|/–—-]+/u, '')
    .trim();
  const s = simple(t);
  return CANONICAL[s] ?? CANONICAL[s.replace(/^the /, '')] ?? t;
}

/** True when the name is a wire service or agency. */
export function isAgency(name: string): boolean {
  const s = simple(canonicalName(name));
  return AGENCY_KEYS.has(s) || AGENCY_KEYS.has(s.replace(/^the /, ''));
}

// Words that never make an outlet name on their own ("News" must not match "Fox News").
export const GENERIC_NAME_WORDS = new Set([
  'the',
  'news',
  'times',
  'post',
  'daily',
  'press',
  'media',
  'online',
  'tv',
  'radio',
  'com',
  'net',
  'org',
  'www',
  'herald',
  'tribune',
  'journal',
  'world',
  'today',
  'live',
  'web',
  'site',
  'group',
]);

/** An outlet name or host as words: "washingtonpost.com/news" → ["washingtonpost"], "The Washington Post" → ["washington", "post"]. */
function nameWords(s: string): string[] {
  const host = /^(?:[a-z][a-z0-9+.-]*:\/\/)?(?:www\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)+)(?:[/:?#]|$)/i.exec(s.trim());
  if (host && !/\s/.test(s.trim())) {
    // A host names the outlet by its registrable label: "news.sky.com" → "sky", "cbc.ca" → "cbc".
    const labels = host[1].toLowerCase().split('.');
    const tld2 = labels.length > 2 && labels[labels.length - 2].length <= 3 ? 3 : 2;
    return [labels[Math.max(0, labels.length - tld2)]];
  }
  return simple(canonicalName(s))
    .split(' ')
    .filter((w) => w && w !== 'the');
}

/**
 * Do two outlet names (or hosts) name the same outlet? Whole names only, never substrings:
 * "AP" does not name "Japan Times"; "The Washington Post" names "washingtonpost.com";
 * "CBC" names "CBC News"; "News" alone names nothing.
 */
export function sameOutlet(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (!wa.length || !wb.length) return false;
  if (wa.join('') === wb.join('')) return wa.join('').length > 1;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // The shorter name as whole words at the start of the longer ("CBC" in "CBC News"), and not
  // only generic words.
  if (short.every((w) => GENERIC_NAME_WORDS.has(w)) || short.join('').length < 3) return false;
  return short.every((w, i) => long[i] === w);
}

const AGENCY_ALT = AGENCIES.map((a) => a.replace(/[.]/g, '\\.')).join('|');
const LONG_AGENCIES = AGENCIES.filter((a) => a.length > 3)
  .map((a) => a.replace(/[.]/g, '\\.'))
  .join('|');
const SHORT_AGENCIES = AGENCIES.filter((a) => a.length <= 3).join('|');

// "PARIS (Reuters) -", "WASHINGTON (AP) —", "HELSINKI, Finland (CNN) -", "Helsinki, Finland (CNN)":
// a place of up to six words at the start of a block, then the outlet in parentheses.
const DATELINE =
  /^(?<place>\p{Lu}[\p{L}.'’-]{0,30}(?:[ ,]{1,3}[\p{L}.'’-]{1,30}){0,5})\s{0,3}\((?<name>\p{Lu}[\p{L}&.'’ -]{0,30}?)\)\s{0,3}(?:[-–—]{1,3}|(?=\p{Lu})|$)/u;
const AGENCY_ANYWHERE = new RegExp(`\\((?<name>${AGENCY_ALT})\\)`);
// A byline naming the agency: "Associated Press", "By Jane Doe, The Associated Press",
// "The Associated Press | Monday, July 16", "Jan M. OlsenAssociated Press" (glued by a scraper).
const BYLINE_AGENCY = new RegExp(
  `(?:^|[^\\p{L}]|(?<=\\p{Ll}))(?:the\\s+)?(?<name>${LONG_AGENCIES})(?![\\p{L}])|(?:^|[\\s,|—–/-])(?<short>${SHORT_AGENCIES})(?![\\p{L}])`,
  'iu',
);
// "Anton Troianovski and Philip Rucker, The Washington Post", "By Michelle Kosinski , CNN",
// "by CNN Wires", "USA TODAY": names, a separator, then an outlet (capitalised words).
const PERSON = String.raw`\p{Lu}[\p{L}.'’-]{0,20}(?:\s{1,3}\p{Lu}[\p{L}.'’-]{0,20}){0,3}`;
const BYLINE_OUTLET = new RegExp(
  String.raw`^(?:by\s{1,3})?${PERSON}(?:\s{0,3}(?:,|&|\band\b)\s{0,3}${PERSON}){0,5}\s{0,3}(?:,|\s[/|–—-])\s{0,3}(?<name>(?:the\s{1,3})?\p{Lu}[\p{L}&.'’]{0,20}(?:\s{1,3}\p{Lu}[\p{L}&.'’]{0,20}){0,3})\s{0,3}[-–—|]?$`,
  'u',
);
// Photo and video credits name agencies too, but credit the picture, not the text.
const PHOTO = /\b(photos?|file|images?|getty|caption|pool|video|graphic|illustration|shutterstock)\b|^\(/i;
/** How far into the body a dateline or byline credit is looked for (page text often opens with furniture). */
export const CREDIT_HEAD_BLOCKS = 8;
/** The longest line read as a byline or credit line (longer ones are story text). */
const BYLINE_MAX_WORDS = 16;
const LINE_MAX_WORDS = 40;

/** The agency a byline-like line names ("Reuters", "By Jane Doe, Associated Press"), if any. */
export function agencyOf(byline: string | undefined): string | undefined {
  const t = byline?.trim();
  if (!t || t.length > 200 || PHOTO.test(t)) return undefined;
  // A sentence that merely mentions Reuters is not a byline: short lines, or "By …" lines only.
  if (splitLengthUpTo(t, 12) > 12 && !/^by\s/i.test(t)) return undefined;
  const m = BYLINE_AGENCY.exec(t);
  if (!m?.groups) return undefined;
  const name = m.groups.name ?? m.groups.short;
  // Short agency names only in capitals ("AP", not "ap" in a word).
  if (!m.groups.name && name !== name.toUpperCase()) return undefined;
  return name;
}

/** The outlet a byline line credits: an agency, or "Names, Outlet" ("…, The Washington Post"). */
export function bylineCredit(line: string | undefined): string | undefined {
  const t = line?.replace(/\s+/g, ' ').trim();
  if (!t || t.length > 200 || PHOTO.test(t) || splitLengthUpTo(t, BYLINE_MAX_WORDS) > BYLINE_MAX_WORDS) return undefined;
  const agency = agencyOf(t);
  if (agency) return canonicalName(agency);
  // "by CNN Wires", "By The Associated Press": "by" then only an outlet.
  const by = /^by\s{1,3}(?<name>(?:the\s)?\p{Lu}[\p{L}&.'’]{0,20}(?:\s\p{Lu}[\p{L}&.'’]{0,20}){0,2})$/u.exec(t);
  if (by?.groups && isAgency(by.groups.name)) return canonicalName(by.groups.name);
  const m = BYLINE_OUTLET.exec(t);
  if (m?.groups && looksLikeOutlet(m.groups.name)) return canonicalName(m.groups.name);
  return undefined;
}

// An outlet, not a person: an agency, a name starting "The", a news word, or capitals ("CNN", "USA TODAY").
const NEWS_WORD =
  /\b(news|post|times|press|tribune|herald|journal|telegraph|guardian|gazette|wire|wires|newsource|today|daily|chronicle|observer|star|sun|mail|express|independent|examiner|inquirer|bulletin|record|review|media|radio|tv|television|network|broadcasting)\b/i;
function looksLikeOutlet(name: string): boolean {
  const n = name.trim();
  if (isAgency(n)) return true;
  if (/^the\s/i.test(n) || NEWS_WORD.test(n)) return true;
  return n.length >= 2 && n.length <= 12 && n === n.toUpperCase() && /\p{Lu}{2}/u.test(n);
}

/** The outlet a "… contributed to this report" line names, if any (staff names alone credit nobody). */
function contributorOutlet(t: string): string | undefined {
  // "Associated Press writers Zeke Miller … contributed", "Reuters reporter …"
  const writer =
    /^(?<name>(?:the\s)?\p{Lu}[\p{L}&.'’-]{0,20}(?:\s\p{Lu}[\p{L}&.'’-]{0,20}){0,3})\s(?:staff\s)?(?:writers?|reporters?|correspondents?|staff|journalists?)\b/u.exec(
      t,
    );
  if (writer?.groups && looksLikeOutlet(writer.groups.name)) return canonicalName(writer.groups.name);
  // "The Washington Post's Seung Min Kim … contributed"
  const own = /^(?<name>(?:the\s)?\p{Lu}[\p{L}&.'’-]{0,20}(?:\s\p{Lu}[\p{L}&.'’-]{0,20}){0,3})['’]s\s/u.exec(t);
  if (own?.groups && looksLikeOutlet(own.groups.name)) return canonicalName(own.groups.name);
  // "The Associated Press contributed to this report."
  const whole = /^(?<name>.{2,60}?)\scontributed\b/iu.exec(t);
  if (whole?.groups && splitLengthUpTo(whole.groups.name, 6) <= 5 && looksLikeOutlet(whole.groups.name) && !/\sin\s/.test(whole.groups.name))
    return canonicalName(whole.groups.name);
  // "… of the Associated Press contributed"
  const agency = BYLINE_AGENCY.exec(t);
  if (agency?.groups?.name) return canonicalName(agency.groups.name);
  return undefined;
}

const CONTRIBUTED = /\bcontributed(?:\s(?:reporting|research|to\s(?:this|the)\s(?:report|story|article)))?\s*\.?$/i;
const ORIGIN =
  /^(?:this\s(?:article|story|post|piece)\s(?:was\s)?(?:originally\s|first\s)?(?:appeared|published|ran)\s(?:on|in|at|by)|originally\s(?:appeared|published|ran)\s(?:on|in|at|by)|first\s(?:appeared|published)\s(?:on|in|at|by)|republished\s(?:with\spermission\s)?(?:from|of|by)|reprinted\s(?:with\spermission\s)?(?:from|of|by)|source|via|courtesy(?:\sof)?)\s{0,3}:?\s{0,3}(?<name>[^.]{2,80}?)\.?$/i;
const WITH_FILES = /^with\s(?:files|reporting|additional\sreporting)\sfrom\s(?<name>.{2,80}?)\.?$/i;
const REPORTING_BY = /^\(?(?:additional\s)?reporting\sby\s(?<name>[^;]{2,120})(?:;|$)/i;
const COPYRIGHT =
  /^(?:(?:©|\(c\)|copyright)\s{0,3}){1,3}(?:\d{4}(?:\s{0,3}[-–]\s{0,3}\d{4})?,?\s{0,3})?(?:by\s{1,3})?(?<name>[^.,]{2,60}?)(?:[.,]|\s{1,3}all\srights|$)/i;
const AUTHORED = /^authored\sby\s(?<name>\p{Lu}[^,]{1,60}?)(?:,|\svia\s(?<via>[^,]{2,60})|$)/iu;
const SOURCE_URL =
  /^(?:(?:source|via|originally\s(?:published|appeared)\s(?:at|on)|read\s(?:more|the\soriginal)\s(?:at|on))\s{0,3}:?\s{0,3})?(?<url>https?:\/\/[^\s]{3,300})$/i;
/** How many closing blocks are read for a source URL. */
const TAIL_BLOCKS = 3;

/** A credit line's own credit, if the line is one ("With files from CBC News", "© 2018 The Associated Press"). */
// How credit lines open (or "contributed" anywhere): a block that shows none is not read further.
const LINE_OPENING = /^(?:with|this|originally|first|republished|reprinted|source|via|courtesy|\(|additional|reporting|©|copyright)/i;

const mayBeCreditLine = (t: string) => LINE_OPENING.test(t) || /contributed/i.test(t);

function lineCredit(t: string): Credit | undefined {
  if (t.length > 400 || !mayBeCreditLine(t) || splitLengthUpTo(t, LINE_MAX_WORDS) > LINE_MAX_WORDS) return undefined;
  let m = WITH_FILES.exec(t) ?? ORIGIN.exec(t);
  if (m?.groups?.name) return { name: canonicalName(m.groups.name), evidence: t, kind: 'origin' };
  if (CONTRIBUTED.test(t)) {
    const name = contributorOutlet(t);
    return name ? { name, evidence: t, kind: 'contributed' } : undefined;
  }
  m = REPORTING_BY.exec(t);
  if (m?.groups?.name) {
    const name = contributorOutlet(m.groups.name.trim()) ?? (agencyOf(m.groups.name) ? canonicalName(agencyOf(m.groups.name)!) : undefined);
    return name ? { name, evidence: t, kind: 'contributed' } : undefined;
  }
  m = COPYRIGHT.exec(t);
  if (m?.groups?.name) return { name: canonicalName(m.groups.name), evidence: t, kind: 'copyright' };
  return undefined;
}

function push(out: Credit[], c: Credit | undefined): void {
  if (!c?.name || c.name.length > 80) return;
  if (out.some((x) => x.kind === c.kind && x.name === c.name)) return;
  out.push({ ...c, evidence: c.evidence.replace(/\s+/g, ' ').trim().slice(0, 240) });
}

const isParagraph = (t: string) => splitLengthUpTo(t, BYLINE_MAX_WORDS) > BYLINE_MAX_WORDS;

/** Credits found in the body blocks: datelines, bylines near the lead, credit lines, a closing source URL. */
export function findCredits(blocks: { text: string }[]): Credit[] {
  const out: Credit[] = [];
  // The lead: the first block with an outlet dateline, else the first paragraph. Bylines sit
  // in the few short lines above it (scraped pages put galleries and widgets before them).
  const texts = blocks.map((b) => b.text.trim());
  const dateline = texts.map((t) => datelineCredit(t));
  let lead = dateline.findIndex(Boolean);
  // Without a dateline, the lead is the first paragraph not followed by a photo-credit line (a caption).
  if (lead < 0) lead = texts.findIndex((t, i) => isParagraph(t) && !ONE_PERSON_AGENCY.test(texts[i + 1] ?? ''));
  texts.forEach((t, i) => {
    push(out, dateline[i]);
    const line = lineCredit(t);
    push(out, line);
    const nearLead = !line && (i < CREDIT_HEAD_BLOCKS || (lead >= 0 && i < lead && i >= lead - 3));
    const photoLine = i > 0 && isParagraph(texts[i - 1]) && ONE_PERSON_AGENCY.test(t);
    if (nearLead && !isParagraph(t) && !photoLine) {
      const by = bylineCredit(t) ?? authoredCredit(t);
      if (by) push(out, { name: by, evidence: t, kind: 'byline' });
    }
    if (nearLead && !dateline[i] && t.length < 200 && !PHOTO.test(t)) {
      const m = AGENCY_ANYWHERE.exec(t);
      if (m?.groups) push(out, { name: canonicalName(m.groups.name), evidence: t, kind: 'dateline' });
    }
    if (i >= texts.length - TAIL_BLOCKS) {
      const u = SOURCE_URL.exec(t);
      const host = u?.groups && /^https?:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(u.groups.url)?.[1];
      if (host) push(out, { name: host.toLowerCase(), evidence: t, kind: 'source-url' });
    }
  });
  return out;
}

// "(AP Photo/Mel Evans)", "Photo: Pablo Martinez Monsivais, AP", "Pablo Martinez Monsivais | AP" under a caption.
const PHOTO_AGENCY = new RegExp(
  `\\((?<a>${AGENCY_ALT})\\s{1,3}(?:Photos?|Images?|Video)\\b|\\b(?:Photos?|Images?)\\s{0,3}(?:by|:)?\\s[^()\\n]{0,60}?[,/|]\\s{0,3}(?<b>${AGENCY_ALT})\\b`,
  'i',
);
const ONE_PERSON_AGENCY = new RegExp(String.raw`^${PERSON}\s{0,3}[/|]\s{0,3}(?<name>${AGENCY_ALT})$`, 'u');

/** Photo and video credits naming an agency, found in the body (they credit pictures, not text). */
export function findPhotoCredits(blocks: { text: string }[]): Credit[] {
  const out: Credit[] = [];
  blocks.forEach((b, i) => {
    const t = b.text.trim();
    const tail = t.length > 600 ? t.slice(-600) : t;
    // Cheap gates first: a photo credit holds "(" or the word photo/image; a lone one "/" or "|".
    const m = tail.includes('(') || /photo|image/i.test(tail) ? PHOTO_AGENCY.exec(tail) : null;
    const lone = !m && t.length < 120 && (t.includes('/') || t.includes('|')) && i > 0 && isParagraph(blocks[i - 1].text);
    const name = m?.groups?.a ?? m?.groups?.b ?? (lone ? ONE_PERSON_AGENCY.exec(t)?.groups?.name : undefined);
    if (name) push(out, { name: canonicalName(name), evidence: m ? m[0] : t, kind: 'photo' });
  });
  return out;
}

/** The outlet a block's opening dateline credits ("HELSINKI (AP) —" → Associated Press). */
function datelineCredit(t: string): Credit | undefined {
  const head = t.slice(0, 120);
  if (!head.includes('(')) return undefined;
  const m = DATELINE.exec(head);
  if (!m?.groups || PHOTO.test(m[0])) return undefined;
  const name = m.groups.name.trim();
  // "(HELSINKI) —" is a place, not an outlet: the name must be an agency or an outlet-like
  // name, and not the whole dateline ("(AP)" alone opens photo captions).
  if (!m.groups.place.trim() || simple(name) === simple(m.groups.place)) return undefined;
  if (!isAgency(name) && !looksLikeOutlet(name)) return undefined;
  return { name: canonicalName(name), evidence: m[0].trim(), kind: 'dateline' };
}

function authoredCredit(t: string): string | undefined {
  const m = AUTHORED.exec(t);
  return m?.groups ? canonicalName((m.groups.via ?? m.groups.name).trim()) : undefined;
}

/** Credits in a byline the page's metadata or layout gives ("By Jane Doe, Associated Press"). */
export function bylineCredits(byline: string | undefined): Credit[] {
  const name = bylineCredit(byline) ?? authoredCredit(byline?.trim() ?? '');
  return name && byline ? [{ name, evidence: byline.replace(/\s+/g, ' ').trim().slice(0, 240), kind: 'byline' }] : [];
}

/** True for a block that is a credit line (and so not a paragraph of the story). */
export function isCreditLine(text: string): boolean {
  const t = text.trim();
  if (!mayBeCreditLine(t) || splitLengthUpTo(t, 30) > 30) return false;
  return WITH_FILES.test(t) || ORIGIN.test(t) || CONTRIBUTED.test(t) || REPORTING_BY.test(t) || COPYRIGHT.test(t);
}

// Credits in the page's metadata (extract/credit-claims.ts reads the claims). Evidence,
// never authority: a claim counts as the page crediting someone, as a line in its text
// would, and nothing more (source.ts weighs it below a credit in the text).
const FIELD_LABEL: Record<CreditClaim['field'], string> = {
  author: 'JSON-LD author',
  publisher: 'JSON-LD publisher',
  sourceOrganization: 'JSON-LD sourceOrganization',
  isBasedOn: 'JSON-LD isBasedOn',
  'meta-author': '<meta name="author">',
  'article-author': 'article:author',
};
// An "organisation" that is a desk of the page itself, not an outlet ("Staff", "Editorial Team").
const DESK = /\b(?:staff|team|desk|editors?|editorial|newsroom|admin|administrator|contributors?|web)\b/i;
const isOrgType = (type: string | undefined) => !!type && /organi[sz]ation$|^corporation$|^newsmedia/i.test(type);

/** The host of an address, as an outlet name ("https://www.cbc.ca/news/…" → "cbc.ca"). */
function hostName(url: string | undefined): string | undefined {
  return url ? /^https?:\/\/(?:www\.)?([^/:?#\s]+)/i.exec(url)?.[1]?.toLowerCase() : undefined;
}

/** What one metadata claim credits, with the field and value that show it. */
function claimCredit(c: CreditClaim): Credit | undefined {
  const label = FIELD_LABEL[c.field];
  const credit = (name: string, shown: string): Credit => ({ name, evidence: `${label}: ${shown}`, kind: 'metadata' });
  const name = c.name?.replace(/\s+/g, ' ').trim();
  switch (c.field) {
    case 'author':
    case 'meta-author':
    case 'article-author': {
      if (!name) return undefined;
      // An organisation as author is the outlet the text comes from ("Reuters", "CNN Wire").
      if (isOrgType(c.type) && !DESK.test(name) && splitLengthUpTo(name, 8) <= 6) return credit(canonicalName(name), `${name} (${c.type})`);
      // A person: credited to an agency or outlet their byline or affiliation names.
      const by = bylineCredit(name);
      if (by) return credit(by, name);
      const aff = c.affiliation?.replace(/\s+/g, ' ').trim();
      if (aff && !DESK.test(aff) && (isAgency(aff) || looksLikeOutlet(aff))) return credit(canonicalName(aff), `${name} (${aff})`);
      return undefined;
    }
    case 'publisher':
      // The article's publisher is the page's own outlet or the company that owns it ("Georg
      // GmbH & Co. KG" on a magazine's page, seen on real pages): only a wire service named as
      // publisher (a portal carrying agency copy) credits someone else.
      return name && isAgency(name) ? credit(canonicalName(name), name) : undefined;
    case 'sourceOrganization':
      if (name && !DESK.test(name) && splitLengthUpTo(name, 8) <= 6) return credit(canonicalName(name), name);
      return hostName(c.url) ? credit(hostName(c.url)!, c.url!) : undefined;
    case 'isBasedOn':
      // A work naming its outlet ("publisher": "The Canadian Press"), else its address.
      if (name && splitLengthUpTo(name, 8) <= 6) return credit(canonicalName(name), c.url ? `${name} (${c.url})` : name);
      return hostName(c.url) ? credit(hostName(c.url)!, c.url!) : undefined;
  }
  return undefined;
}

/**
 * Credits in the page's metadata claims. A claim naming the page itself (`isOwn`: a site
 * naming itself as publisher or author) credits nobody and is left out.
 */
export function metadataCredits(claims: readonly CreditClaim[] | undefined, isOwn: (c: Credit) => boolean): Credit[] {
  const out: Credit[] = [];
  for (const claim of (claims ?? []).slice(0, 12)) {
    const c = claimCredit(claim);
    if (c && c.name.length <= 80 && !isOwn(c) && !out.some((x) => sameOutlet(x.name, c.name))) out.push({ ...c, evidence: c.evidence.slice(0, 240) });
  }
  return out;
}
