// Quoted text that is not speech: titles of works and shows, names and slogans a sentence
// mentions, headings. A careful reader tells them apart by the words just before the quote
// mark, not by the quote alone, so each test reads a short window there (`lead`, at most
// LEAD chars) and the quoted text; every pattern is anchored at the window's end or the
// quote's start, so the work per quote is bounded whatever the page holds (issue 14).
// Measured on the dev half of PolNeAR (eval/quotes.ts; the held-out half was not read).

/** How much text before a quote mark the tests below read. */
export const LEAD = 60;

// Title Case runs of two or more words are titles of shows, books, campaigns ("Meet the
// Press", "Gang of Eight") rather than quotations; so is a lone capitalised word mid-sentence.
const MINOR = new Set('a an the and or of on in to for with at by from as vs but nor & is'.split(' '));
export function looksLikeTitle(quote: string, midSentence: boolean): boolean {
  if (quote.length > 200) return false; // longer than eight words of any title
  const ws = quote
    .replace(/[.,!?:;]+$/, '')
    .split(/\s+/)
    .filter(Boolean);
  if (ws.length > 8) return false;
  const sig = ws.filter((w, i) => i === 0 || !MINOR.has(w.toLowerCase()));
  return sig.every((w) => /^[\p{Lu}\d]/u.test(w)) && (ws.length >= 2 || midSentence);
}

// What names a work or a show right before its title: an owner's possessive ("NBC's",
// "Friday's", "POLITICO's"), the kind of work ("the TV show", "the hit Broadway play,",
// "its politics podcast,") or where one appears ("on", "author of", "roles in").
const WORK_LEAD = new RegExp(
  [
    `(?:\\p{L}['’]s|\\p{L}s['’])`,
    `\\b(?:show|program|programme|podcast|book|film|movie|play|song|album|series|musical|drama|thriller|sitcom|documentary|novel|memoir|column|segment|broadcast|episode|ad|spot|pageant|award|concert),?`,
    `\\b(?:on|author of|co-author of|host of|roles? in|stars? in|appearance on|interview with)`,
  ]
    .map((p) => `${p}\\s*$`)
    .join('|'),
  'iu',
);

/**
 * A title of a work or a show, whatever speech verb is near: `said on ABC's "This Week"`,
 * `author of "America's Bitter Pill,"`. The title must look like one (Title Case, short).
 */
export function isWorkTitle(quote: string, lead: string): boolean {
  return looksLikeTitle(quote, true) && WORK_LEAD.test(lead.slice(-LEAD));
}

// Words that introduce what someone said or wrote as a name or a phrase: "refers to the
// governor as", "a memo titled", "chants of", "a hat reading,", "one message:". PolNeAR
// annotates these as the content of an attribution (the words were somebody's), so a Title
// Case quote after them stays a quote even with no speech verb in reach.
const NAMED_AS_LEAD =
  /(?:\b(?:as|(?:called|named|labell?ed|known as|dubbed)(?:\s+(?:the|a|an))?|titled|billed as|goes by|went by|reading,?|read|says|message:|slogan,?|(?:chant|shout|yell|scream)(?:s|ed|ing)?)|\b(?:chants?|cries|calls|shouts|screams|slogan|mispronunciations?|mangling|pronunciation) of)\s*$/iu;

/** Title Case quoted words introduced as what someone called, chanted or wrote. */
export function isNamedAs(lead: string): boolean {
  return NAMED_AS_LEAD.test(lead.slice(-LEAD));
}

/** A quote that is a whole paragraph in capitals: a subheading ("“DIVISIVE, STUPID AND WRONG”"), not speech. */
export function isHeading(quote: string, lead: string, tail: string): boolean {
  return /(?:^|\n)\s*$/.test(lead.slice(-LEAD)) && /^["”»]?\s*(?:\n|$)/.test(tail.slice(0, 8)) && !/\p{Ll}/u.test(quote) && /\p{Lu}/u.test(quote);
}

/** "the so-called “rebels”": the writer distances a term, nobody is quoted. */
export function isSoCalled(lead: string): boolean {
  return /\bso-called\s*$/i.test(lead.slice(-LEAD));
}
