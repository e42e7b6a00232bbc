// Lines a page prints about the article rather than as the article: bylines ("By JILL
// COLVIN", "The Associated Press"), timestamps ("Updated", "July 16, 2018 at 6:49 AM",
// "; Posted"), a dateline standing alone ("Helsinki, Finland (CNN)"). They are metadata,
// compared as such (one byline change, once), never passages added or claims changed.
// Word-by-word checks only: linear on any input.
import { bylineCredit } from './credits';
import { msg } from './messages';
import type { Prepared } from './prepare';
import { splitLengthUpTo } from './text/normalise';
import type { Difference } from './types';

/** Longer lines are never taken for metadata. */
const META_MAX_WORDS = 14;
const TIME_WORDS = new Set([
  'updated',
  'posted',
  'published',
  'modified',
  'last',
  'first',
  'at',
  'on',
  'am',
  'pm',
  'a.m.',
  'p.m.',
  'a.m',
  'p.m',
  'and',
  'of',
  'the',
  'edt',
  'est',
  'et',
  'gmt',
  'utc',
  'bst',
  'cet',
  'cest',
  'pdt',
  'pst',
  'cdt',
  'cst',
  'mdt',
  'mst',
  'aest',
  'ist',
  'z',
  'today',
  'yesterday',
  'ago',
  'hours',
  'hour',
  'minutes',
  'minute',
  'mins',
  'hrs',
]);
const MONTH = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/;
const WEEKDAY = /^(mon|tues?|wed(nes)?|thu(rs?)?|fri|sat(ur)?|sun)(day)?\.?$/;
const NUMBERISH = /^\d{1,4}(?:st|nd|rd|th)?(?:[.:/-]\d{1,4}){0,2}(?:[ap]\.?m\.?)?$/;

/** "Updated", "July 16, 2018 at 6:49 AM", "; Posted", "Sunday, 15 July 2018 05:38 AM": a timestamp line. */
export function isTimestampLine(text: string): boolean {
  const t = text.trim();
  if (!t || splitLengthUpTo(t, META_MAX_WORDS) > META_MAX_WORDS) return false;
  const words = t
    .toLowerCase()
    .split(/[\s,;:|•@()–—-]+/)
    .filter(Boolean);
  if (!words.length) return false;
  let dated = false;
  for (const w of words) {
    if (MONTH.test(w) || WEEKDAY.test(w) || NUMBERISH.test(w)) dated = true;
    else if (!TIME_WORDS.has(w)) return false;
  }
  // "Updated" or "Posted" alone is the label of a timestamp the page split off.
  return dated || /^(updated|posted|published|modified)$/.test(words.join(' ').replace(/^(last|first) /, ''));
}

// "Helsinki, Finland (CNN)" or "HELSINKI (AP) —" with nothing after it.
const DATELINE_ALONE = /^\p{Lu}[\p{L}.'’-]{0,30}(?:[ ,]{1,3}[\p{L}.'’-]{1,30}){0,4}\s{0,3}\(\p{Lu}[\p{L}&.'’ -]{0,30}\)\s{0,3}[-–—]{0,3}$/u;

/** A byline line: an outlet-naming byline, or "By Name …" of a few words. */
export function isBylineLine(text: string): boolean {
  const t = text.trim();
  if (!t || splitLengthUpTo(t, META_MAX_WORDS) > META_MAX_WORDS) return false;
  return !!bylineCredit(t) || /^[Bb][Yy]\s{1,3}\p{Lu}[^.!?]{1,120}$/u.test(t);
}

/** True for a block that is metadata about the article (byline, timestamp, dateline alone). */
export function isMetadataLine(text: string): boolean {
  const t = text.trim();
  return isTimestampLine(t) || isBylineLine(t) || (t.length <= 80 && DATELINE_ALONE.test(t));
}

/** A byline in one form for comparison: people and outlet words, in any order, case and punctuation aside. */
export function bylineKey(byline: string): string {
  const words = byline
    .toLowerCase()
    .replace(/([a-z])(?=associated press)/g, '$1 ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !['by', 'the', 'and'].includes(w) && !TIME_WORDS.has(w) && !MONTH.test(w) && !WEEKDAY.test(w) && !NUMBERISH.test(w));
  return [
    ...new Set(
      words
        .map((w) => (w === 'ap' ? 'associated press' : w))
        .join(' ')
        .split(' '),
    ),
  ]
    .sort()
    .join(' ');
}

/** The version's byline: the page's own (metadata, or the line found above the body), else a byline block. */
export function bylineOf(p: Prepared): string | undefined {
  const own = p.article.byline?.replace(/\s+/g, ' ').trim();
  if (own) return own;
  const i = p.roles.findIndex((r, j) => r === 'meta' && isBylineLine(p.article.blocks[j].text));
  return i >= 0 ? p.article.blocks[i].text.replace(/\s+/g, ' ').trim() : undefined;
}

/** One difference when the bylines differ (not when only their case, order or punctuation does). */
export function bylineDifference(copy: Prepared, known: Prepared): Difference | undefined {
  const c = bylineOf(copy);
  const k = bylineOf(known);
  if (!c && !k) return undefined;
  if (c && k && bylineKey(c) === bylineKey(k)) return undefined;
  const note = msg(!c ? 'note_bylineMissing' : !k ? 'note_bylineOnlyCopy' : 'note_bylineDiffers');
  return { kind: 'byline-changed', significance: 'substantive', ...(c ? { copy: c } : {}), ...(k ? { known: k } : {}), notes: [note] };
}
