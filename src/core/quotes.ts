// Direct quotations: straight or curly double quotes (and « »), fragments and whole
// sentences, and quotes continued across paragraphs (news style leaves the first paragraph
// unclosed and reopens the next). Single quotes are not read as quotation marks: in English
// news they are apostrophes or quotes nested inside a double-quoted quote.
import { isHeading, isNamedAs, isSoCalled, isWorkTitle, LEAD, looksLikeTitle } from './quote-kinds';
import { attributeQuotes } from './speakers';

export interface ExtractedQuote {
  text: string;
  speaker?: string;
  /** Offsets of `text` in the input. */
  start: number;
  end: number;
}

const OPEN = new Set(['“', '„', '«']);
const CLOSE = new Set(['”', '»']);

/** Raw spans of quoted text (inner text, trimmed of the comma that ends a quoted clause). */
export function quoteSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let open = -1;
  // Direction marks (U+200E/F, U+202A–E) that copy-paste leaves before a quote count as space.
  const isBoundary = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/\u200e\u200f\u202a-\u202e]/.test(c);
  // A straight quote glued to the sentence or label before it ("authorities."We …", "Gowdy:"I …")
  // opens a quote when none is open and a word follows: a closing one is followed by space or punctuation.
  const opensGlued = (i: number) => /[.:]/.test(text[i - 1] ?? '') && /\p{L}/u.test(text[i + 1] ?? '');
  const opensAt = (i: number) => isBoundary(text[i - 1]) && text[i + 1] !== undefined && !/\s/.test(text[i + 1]);
  const closesAt = (i: number) => !/\s/.test(text[i - 1] ?? ' ') && (text[i + 1] === undefined || /[\s,.;:!?)\]—–-]/.test(text[i + 1]));
  // Visit only quotation marks and line breaks (a regex jump), not every character.
  for (const m of text.matchAll(/["“”„«»\n]/g)) {
    const i = m.index ?? 0;
    const c = m[0];
    if (c === '\n' && open < 0) continue;
    if (c === '\n' && open >= 0) {
      // Paragraph ends inside a quote: keep it if the next paragraph reopens one (news style
      // for a quote running on), or if the quote opened the paragraph (an unclosed quote paragraph).
      let k = i;
      while (k < text.length && /\s/.test(text[k])) k++; // first mark of the next paragraph
      const rest = text[k] ?? '';
      const openedPara = open === 0 || text.slice(text.lastIndexOf('\n', open - 1) + 1, open).trim() === '';
      if (OPEN.has(rest[0]) || rest[0] === '"' || openedPara) spans.push({ start: open + 1, end: i });
      open = -1;
      continue;
    }
    if (OPEN.has(c)) {
      if (open < 0) open = i;
      else if (c === '“' && closesAt(i)) {
        spans.push({ start: open + 1, end: i });
        open = -1;
      } // “…“ typed for “…”
      continue;
    }
    if (CLOSE.has(c)) {
      if (open >= 0) {
        spans.push({ start: open + 1, end: i });
        open = -1;
      } else if (c === '”' && (opensAt(i) || /(^|\n)\s*$/.test(text.slice(Math.max(0, i - 4), i)))) open = i; // ”…” typed for “…”
      continue;
    }
    if (c !== '"') continue;
    if (open < 0 && (opensAt(i) || opensGlued(i))) open = i;
    else if (open >= 0) {
      spans.push({ start: open + 1, end: i });
      open = -1;
    }
  }
  if (open >= 0 && (open === 0 || text.slice(text.lastIndexOf('\n', open - 1) + 1, open).trim() === '')) spans.push({ start: open + 1, end: text.length });
  return spans
    .map(({ start, end }) => {
      let s = start;
      let e = end;
      while (s < e && /\s/.test(text[s])) s++;
      while (e > s && /[\s,;:]/.test(text[e - 1])) e--;
      return { start: s, end: e };
    })
    .filter(({ start, end }) => end > start && /\p{L}/u.test(text.slice(start, end)));
}

// A news story quotes a few dozen times (at most 80 in any of PolNeAR's 840 articles); a
// page that "quotes" tens of thousands of times is not giving the reader quotes to check, and
// attributing and comparing them would be the page's work budget, not the reader's (issue 14).
// 200, not 1,000: a stored page of quotes is read again by every worker that meets it, often
// before the JIT has warmed up (an idle MV3 worker stops within ~30 s). compare() of a copy with
// the story plus 49,000 characters of one repeated quote, first call in a fresh node --jitless:
// ~90 ms CPU at 1,000 quotes, ~55 ms at 200 (issue 14, item 1; bench hostile section).
export const MAX_QUOTES = 200;

/** Every quotation in `text` (the first MAX_QUOTES), with its speaker when one can be named. */
export function extractQuotes(text: string): ExtractedQuote[] {
  const spans = quoteSpans(text).slice(0, MAX_QUOTES);
  const attrs = attributeQuotes(text, spans);
  const out: ExtractedQuote[] = [];
  spans.forEach((s, i) => {
    const q = text.slice(s.start, s.end);
    const midSentence = /\p{L}[,;]?\s*["“«]?$/u.test(text.slice(Math.max(0, s.start - 3), s.start));
    // The words before the opening mark (without it) and after the closing one.
    const lead = text.slice(Math.max(0, s.start - LEAD - 2), s.start).replace(/["“„«”]\s*$/, '');
    const tail = text.slice(s.end, s.end + 12);
    // Titles of works and shows, headings and "so-called" terms are not speech, whatever verb is near.
    if (isWorkTitle(q, lead) || isHeading(q, lead, tail) || isSoCalled(lead)) return;
    // Title Case runs of two or more words, or a lone capitalised word mid-sentence, are names
    // and titles ("Gang of Eight") unless a speech verb ties them to a speaker, or the sentence
    // gives them as someone's words ("refers to the governor as “Chris.”"). On PolNeAR
    // (eval/quotes.ts) dropping them gains as much precision as it costs recall; unconditionally it loses recall.
    if (!attrs[i].attributed && looksLikeTitle(q, midSentence) && !isNamedAs(lead)) return;
    if (/^,?["”»]?,?\s+by\s+\p{Lu}/u.test(text.slice(s.end, s.end + 12))) return; // a linked headline: "…," by Times' Jane Doe
    // An excerpt followed by its link ("…" http://nyti.ms/…, as newsletters cite a story): quoted text, not speech.
    if (/^["”»]?[.,;]?\s*https?:\/\//.test(text.slice(s.end, s.end + 14))) return;
    out.push({ text: q, start: s.start, end: s.end, ...(attrs[i].speaker ? { speaker: attrs[i].speaker } : {}) });
  });
  return out;
}
