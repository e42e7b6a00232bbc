// Plain text → Article, for the CLI, tests and pasted text. Text copied from a page often
// carries the site's masthead above the headline ("Big Town Bulletin News", a tagline, a
// section name), so the headline is the leading line that best matches the first
// paragraphs, not blindly the first line; lines above it are dropped as masthead.
import { isCreditLine } from './credits';
import { junkKind } from './boilerplate';
import { detectTextSignals } from './signals';
import { keys } from './text/tokens';
import type { Article, Block } from './types';

const wc = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Physical lines → logical lines: a hard-wrapped line (no end punctuation, next starts lower-case) is joined. */
function logicalLines(text: string): string[] {
  const raw = text.replace(/\r\n?/g, '\n').split('\n').map((l) => l.trim());
  const out: string[] = [];
  let prevBlank = true;
  for (const line of raw) {
    if (!line) { prevBlank = true; continue; }
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

/** Longer "headlines" are paragraphs. */
export const MAX_TITLE_WORDS = 30;

function firstSentence(line: string): string {
  const m = /^(.{10,200}?[.!?])\s/.exec(line);
  return (m ? m[1] : line.split(/\s+/).slice(0, 15).join(' ')).trim();
}

export function articleFromText(text: string, meta: Partial<Article> = {}): Article {
  const lines = logicalLines(text);
  // The body starts at the first long line (a paragraph, not a masthead or heading).
  let firstPara = lines.findIndex((l) => wc(l) >= 20 && /[.!?"”]$/.test(l));
  if (firstPara < 0) firstPara = Math.min(1, lines.length);
  let title = meta.title;
  let titleIdx = -1;
  if (!title) {
    const body = new Set(keys(lines.slice(firstPara, firstPara + 2).join(' ')));
    let best = -1;
    for (let i = 0; i < firstPara; i++) {
      if (wc(lines[i]) < 3) continue;
      const s = overlap(lines[i], body);
      if (s > best + 0.05) { best = s; titleIdx = i; }
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
  const between = lines.slice(titleIdx + 1, firstPara).filter((l) => wc(l) >= 5 && !junkKind(l));
  const subtitle = meta.subtitle ?? (between.length ? between.join(' ') : undefined);
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
  return article;
}
