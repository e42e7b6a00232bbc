// Plain text → Article, for the CLI, tests and pasted text. Text copied from a page often
// carries the site's masthead above the headline ("Big Town Bulletin News", a tagline, a
// section name), so the headline is the leading line that best matches the first
// paragraphs, not blindly the first line; lines above it are dropped as masthead.
import { bylineCredit, isCreditLine } from './credits';
import { isJunkSentence, junkKind } from './boilerplate';
import { detectTextSignals } from './signals';
import { keys } from './text/tokens';
import type { Article, Block } from './types';

const wc = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Physical lines → logical lines: a hard-wrapped line (no end punctuation, next starts lower-case) is joined. */
function logicalLines(text: string): string[] {
  const raw = text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.trim());
  const out: string[] = [];
  let prevBlank = true;
  for (const line of raw) {
    if (!line) {
      prevBlank = true;
      continue;
    }
    const last = out[out.length - 1];
    if (!prevBlank && last && !/[.!?:;"'”’)\]]$/.test(last) && /^[a-z]/.test(line)) out[out.length - 1] = `${last} ${line}`;
    else out.push(line);
    prevBlank = false;
  }
  return out;
}

/** A short line without end punctuation: a sub-heading (ALL CAPS or title-like). */
export function looksLikeHeading(line: string): boolean {
  const n = wc(line);
  if (n === 0 || n > 10 || /[.!?,;:"”]$/.test(line) || isCreditLine(line) || junkKind(line)) return false;
  return /^[A-Z0-9]/.test(line) || line === line.toUpperCase();
}

function overlap(a: string, body: Set<string>): number {
  const k = keys(a).filter((x) => x.length > 2);
  return k.length ? k.filter((x) => body.has(x)).length / k.length : 0;
}

/** A line of at least this many words ending like a sentence starts the body. */
export const PARA_MIN_WORDS = 12;
/** Share of a headline's longer words found in the first paragraphs for it to be their headline. */
export const TITLE_MATCH_MIN = 0.3;
// Page furniture that can sit above a headline: dates, "Updated …", form prompts.
const NOT_TITLE =
  /^(updated|published|posted|enter |sign (in|up)|subscribe|close$|share\b)|\b(a\.m\.|p\.m\.|\d{1,2}:\d{2})|^(mon|tues|wednes|thurs|fri|satur|sun)day\b/i;
/** Longer "headlines" are paragraphs. */
export const MAX_TITLE_WORDS = 30;

function firstSentence(line: string): string {
  const m = /^(.{10,200}?[.!?])\s/.exec(line);
  return (m ? m[1] : line.split(/\s+/).slice(0, 15).join(' ')).trim();
}

export function articleFromText(text: string, meta0: Partial<Article> = {}): Article {
  let meta = meta0;
  const lines = logicalLines(text);
  // The body starts at the first long line (a paragraph, not a masthead or heading).
  // The body starts at the first paragraph-like line after line 0: a sentence (or a lead ending
  // in a colon, as AP's "here's a look at …:") of at least PARA_MIN_WORDS words.
  let firstPara = lines.findIndex((l, i) => i > 0 && wc(l) >= PARA_MIN_WORDS && /[.!?:"”’)]$/.test(l));
  if (firstPara < 0) firstPara = lines.findIndex((l) => wc(l) >= 20);
  if (firstPara < 0) firstPara = Math.min(1, lines.length);
  let title = meta.title;
  let titleIdx = -1;
  if (!title) {
    const body = new Set(keys(lines.slice(firstPara, firstPara + 2).join(' ')));
    let best = -1;
    for (let i = 0; i < firstPara; i++) {
      if (wc(lines[i]) < 3 || bylineCredit(lines[i]) || NOT_TITLE.test(lines[i])) continue;
      const s = overlap(lines[i], body);
      if (s > best + 0.05) {
        best = s;
        titleIdx = i;
      }
    }
    // No leading line matches the story (captions or widgets came first): a short headline-like
    // line a little further down that matches the paragraphs after it is the headline.
    if (best < TITLE_MATCH_MIN) {
      for (let i = firstPara; i < Math.min(lines.length - 1, firstPara + 6); i++) {
        const l = lines[i];
        if (wc(l) < 3 || wc(l) > 20 || /[.!?:]$/.test(l)) continue;
        const next = new Set(
          keys(
            lines
              .slice(i + 1, i + 4)
              .filter((x) => wc(x) >= PARA_MIN_WORDS)
              .slice(0, 2)
              .join(' '),
          ),
        );
        if (overlap(l, next) >= TITLE_MATCH_MIN) {
          titleIdx = i;
          firstPara = Math.max(firstPara, i + 1);
          break;
        }
      }
    }
    if (titleIdx < 0) titleIdx = 0;
    title = lines[titleIdx] ?? '';
  }
  // A "headline" of more than MAX_TITLE_WORDS words is a paragraph (text pasted as one line):
  // keep it as body text and title the article with its first sentence.
  let bodyFrom = Math.max(firstPara, titleIdx + 1);
  if (!meta.title && titleIdx >= 0 && wc(title) > MAX_TITLE_WORDS) {
    bodyFrom = titleIdx;
    title = firstSentence(title);
  }
  // Between headline and body: a deck (subtitle), a byline ("By …", "Associated Press"), or furniture.
  const between = lines.slice(titleIdx + 1, firstPara);
  // A byline naming an agency or outlet anywhere above the body counts (scraped pages put widgets around it).
  const bylineLine = lines.slice(0, firstPara).find((l) => !!bylineCredit(l)) ?? between.find((l) => /^by\s+\S/i.test(l));
  const deck = between.filter((l) => l !== bylineLine && wc(l) >= 5 && !junkKind(l) && !isJunkSentence(l) && !NOT_TITLE.test(l));
  const subtitle = meta.subtitle ?? (deck.length ? deck[0] : undefined);
  if (!meta.byline && bylineLine) meta = { ...meta, byline: bylineLine };
  const blocks: Block[] = lines.slice(bodyFrom).map((l) => (looksLikeHeading(l) ? { text: l, heading: true } : { text: l }));
  const article: Article = {
    url: meta.url ?? '',
    title,
    blocks,
    signals: meta.signals ?? detectTextSignals(blocks, { byline: meta.byline }),
    ...(subtitle ? { subtitle } : {}),
  };
  for (const k of ['canonicalUrl', 'byline', 'siteName', 'published', 'modified', 'lang'] as const) {
    if (meta[k] !== undefined) article[k] = meta[k];
  }
  if (meta.creditClaims?.length) article.creditClaims = meta.creditClaims;
  return article;
}
