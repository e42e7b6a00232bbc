// Direct quotations: straight or curly double quotes (and « »), fragments and whole
// sentences, and quotes continued across paragraphs (news style leaves the first paragraph
// unclosed and reopens the next). Single quotes are not read as quotation marks: in English
// news they are apostrophes or quotes nested inside a double-quoted quote.
import { attributeSpeakers } from './speakers';

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
  const isBoundary = (c: string | undefined) => c === undefined || /[\s([{\u2014\u2013\-/]/.test(c);
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && open >= 0) {
      // Paragraph ends inside a quote: keep it only if the next paragraph reopens one.
      const rest = text.slice(i).replace(/^\s+/, '');
      if (OPEN.has(rest[0]) || rest[0] === '"') spans.push({ start: open + 1, end: i });
      open = -1;
      continue;
    }
    if (OPEN.has(c)) { if (open < 0) open = i; continue; }
    if (CLOSE.has(c)) { if (open >= 0) { spans.push({ start: open + 1, end: i }); open = -1; } continue; }
    if (c !== '"') continue;
    if (open < 0 && isBoundary(text[i - 1]) && text[i + 1] !== undefined && !/\s/.test(text[i + 1])) open = i;
    else if (open >= 0) { spans.push({ start: open + 1, end: i }); open = -1; }
  }
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

/** Every quotation in `text`, with its speaker when one can be named. */
export function extractQuotes(text: string): ExtractedQuote[] {
  const spans = quoteSpans(text);
  const speakers = attributeSpeakers(text, spans);
  return spans.map((s, i) => ({ text: text.slice(s.start, s.end), start: s.start, end: s.end, ...(speakers[i] ? { speaker: speakers[i] } : {}) }));
}
