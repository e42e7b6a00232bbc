// Page junk a copy site wraps around an article: engagement begging, self-promotion,
// blog comment forms, share bars. Such lines are not article text: they never count in
// reusedShare, and only engagement/self-promotion lines become "boilerplate added"
// differences (expected.json lists exactly those; the comment form is a signal, not text).
import { splitLengthUpTo } from './text/normalise';

export type JunkKind = 'engagement' | 'self-promotion' | 'comment-form' | 'share' | 'navigation';

// Each pattern is anchored on whole short lines: real article sentences rarely start so.
const RULES: [JunkKind, RegExp][] = [
  ['engagement', /^(please\s+)?(like|comment|share|subscribe|follow)\b[^.]{0,60}\b(comment|share|subscribe|like|follow)\b/i],
  [
    'engagement',
    /\b(if you (found|find|enjoyed|liked) (it|this)|don'?t forget to (like|share|subscribe|comment)|let us know (what you think|in the comments))\b/i,
  ],
  ['engagement', /^(follow|like) us on\b/i],
  ['self-promotion', /^for more (news|stories|updates|articles|from|on)\b.*\b(check out|visit|go to|head to|read)\b/i],
  ['self-promotion', /^(check out|visit) (our|more|the latest)\b/i],
  ['self-promotion', /^(sign up|subscribe) (for|to) our (free )?(newsletter|daily|weekly)\b/i],
  ['self-promotion', /^(sign me up|subscribe now|be the first to know)\b/i],
  ['comment-form', /^leave a (response|reply|comment)\b/i],
  ['comment-form', /your email address will not be published/i],
  ['comment-form', /^required fields are marked\b/i],
  ['comment-form', /^(post comment|submit comment|cancel reply|save my name, email)/i],
  ['share', /^(share this( article| story)?|share on \w+|tweet this|click to share)\s*:?$/i],
  ['share', /^(share|tweet|email|print|pin it|whatsapp|facebook|twitter|linkedin|reddit)(\s*[|,·]\s*\w+)*\s*$/i],
  [
    'navigation',
    /^(recent posts|related posts|related articles|related stories|you may also like|read more|read next|more stories|trending|advertisement|skip to content|previous (post|article)|next (post|article))\s*:?$/i,
  ],
];

/** What kind of page junk a line/block is, or undefined for article text. */
export function junkKind(text: string): JunkKind | undefined {
  const t = text.trim();
  if (!t || splitLengthUpTo(t, 40) > 40) return undefined;
  for (const [kind, re] of RULES) if (re.test(t)) return kind;
  return undefined;
}

// Words of site furniture (sign-up, paywall, cookie and share widgets). Pages glued into one
// text (SemEval's preprocessed pairs, asprout's scraped text) carry these mid-text, and two
// articles of one site share them word for word: a false "copy" if they counted.
const UI_WORDS =
  /\b(e-?mail address|email|newsletter|inbox|sign up|sign in|log ?in|register(ed)?|subscribe|subscription|subscriber|password|cookies?|privacy (policy|notice)|terms (of use|of service|and conditions)|click here|free trial|trial|account|preferences|notifications?|advertisement|adblock|javascript|browser|unsubscribe|copyright|all rights reserved|follow us|share this|shares|facebook|twitter|whatsapp|pinterest|linkedin|reddit|flipboard|enter your (details|email)|fill (in|out) (the|this)|request form|immediate access|registered users|work email|special characters|at least \d+ characters|your details|your account|log out|already have an account|sign me up|be the first to know|digital subscription|digital access|subscribe now|support (our|local) journalism)\b/gi;

/**
 * A sentence that is site furniture rather than story: two or more distinct furniture words
 * in a short sentence (three in a long one), or a run of mostly Capitalised Words (menus,
 * form labels, country pickers) at least MENU_MIN_WORDS long.
 */
export const MENU_MIN_WORDS = 10;
// Time stamps and player widgets: "Updated 7:32 am CDT, Sunday, July 15, 2018", "Now Playing:".
const STAMP =
  /^(?:(?:updated|published|posted|originally published|last updated)\b.*|.*\b\d{1,2}:\d{2}\s*(?:a\.?m\.?|p\.?m\.?)?\b.*|(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+\d{1,2}\s+\p{L}+\s+\d{4}.*)$/iu;
const WIDGET = /^(recommended video|now playing|up next|watch|listen|advertisement|loading|related|image \d+ of \d+|\d+ of \d+|close)\s*:?$/i;

// A stamp or widget line is short; longer text is never tested against them, which also
// bounds STAMP's `.*` runs (quadratic on a long line of times such as "1:11 1:11 …").
const STAMP_MAX_CHARS = 160;
const HAS_LETTER = /\p{L}/u;

// White-space-delimited words holding a letter. Not one /\S*\p{L}\S*/g pass: on a long
// run of non-letters (48k "“", issue 14) that pattern re-scans the run from every position,
// O(n²); each word is scanned once here.
export function letterWords(text: string): string[] {
  const out: string[] = [];
  for (const w of text.match(/\S+/g) ?? []) if (HAS_LETTER.test(w)) out.push(w);
  return out;
}

export function isJunkSentence(text: string): boolean {
  const words = letterWords(text);
  if (words.length === 0) return true;
  const line = text.trim();
  if (words.length <= 10 && line.length <= STAMP_MAX_CHARS && (STAMP.test(line) || WIDGET.test(line))) return true;
  const hits = new Set((text.match(UI_WORDS) ?? []).map((w) => w.toLowerCase()));
  if (hits.size >= (words.length <= 60 ? 2 : 3)) return true;
  if (words.length >= MENU_MIN_WORDS) {
    const caps = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length;
    if (caps / words.length > 0.6) return true;
  }
  return false;
}
