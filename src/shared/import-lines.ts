// Reading a library export (JSON lines: one header, then one article per line) as
// untrusted input. The options page checks the whole file with this before it sends a
// byte, and the worker checks each chunk again before it writes: a file with any bad line
// writes nothing and names the line (issue 14, item 10: a second header mid-file, one
// 34M-character line or a broken line used to leave a partial import with no message).
// Problems are codes the options page words through _locales, never English from here.
import type { Article } from '../core/types';
import { sameSite } from './site';
import { validateArticle } from './validate-article';

export const EXPORT_FORMAT = 'wiretrace-library';
export const EXPORT_VERSION = 1;

/** A line longer than this cannot hold an article within ARTICLE_LIMITS (1M characters, JSON-escaped). */
export const IMPORT_LINE_MAX_CHARS = 4 * 1024 * 1024;
/** Lines named in an answer at most (the count says how many failed). */
export const IMPORT_PROBLEMS_SHOWN = 5;

export const IMPORT_ORIGINS = ['visited', 'feed', 'search', 'manual', 'index'] as const;
export type ImportOrigin = (typeof IMPORT_ORIGINS)[number];

export type ImportProblemCode = 'notJson' | 'notObject' | 'secondHeader' | 'newerVersion' | 'lineTooLong' | 'badArticle' | 'overCap' | 'notStored';

export interface ImportProblem {
  /** Line of the whole file (1-based). */
  line: number;
  code: ImportProblemCode;
  /** The validator's or the browser's own words, shown after the plain sentence. */
  detail?: string;
}

/** The answer to an import (of a file or a chunk). */
export interface ImportResult {
  imported: number;
  /** Lines whose address the library already held: the stored version was kept. */
  kept: number;
  /** Lines that failed; when any did, nothing of the text was written. */
  failed: number;
  /** The first few failed lines, for the options page to word. */
  problems: ImportProblem[];
}

export interface ImportLine {
  line: number;
  article: Article;
  origin: ImportOrigin;
  addedAt: number;
  lastUsedAt: number;
  /** Other addresses of this version, on its own site only. */
  urls: string[];
}

export interface CheckedLines {
  lines: ImportLine[];
  /** The first IMPORT_PROBLEMS_SHOWN problems; `failed` counts them all. */
  problems: ImportProblem[];
  failed: number;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A stored time: a finite number of ms in [0, now]; anything else (1e300, -5, "x") is now. */
function time(v: unknown, now: number): number {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= now ? v : now;
}

/**
 * Check `text` (the whole file, or one chunk of it starting at line `firstLine`). A header
 * is accepted only as the first non-empty line of the file; unknown fields are ignored.
 */
export function checkImportLines(text: string, firstLine = 1, now = Date.now()): CheckedLines {
  const out: CheckedLines = { lines: [], problems: [], failed: 0 };
  const problem = (line: number, code: ImportProblemCode, detail?: string) => {
    out.failed++;
    if (out.problems.length < IMPORT_PROBLEMS_SHOWN) out.problems.push(detail ? { line, code, detail: detail.slice(0, 200) } : { line, code });
  };
  let seenLine = firstLine > 1;
  let start = 0;
  for (let k = 0; start <= text.length; k++) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = firstLine + k;
    const length = end - start;
    const raw = length > IMPORT_LINE_MAX_CHARS ? undefined : text.slice(start, end).trim();
    start = end + 1;
    if (raw === '') continue;
    const first = !seenLine;
    seenLine = true;
    if (raw === undefined) {
      problem(line, 'lineTooLong', `${Math.round(length / (1024 * 1024))} MB`);
      continue;
    }
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      problem(line, 'notJson');
      continue;
    }
    if (!isRecord(v)) {
      problem(line, 'notObject');
      continue;
    }
    if ('format' in v) {
      if (!first || v.format !== EXPORT_FORMAT) problem(line, 'secondHeader');
      else if (v.version !== EXPORT_VERSION) problem(line, 'newerVersion', String(v.version));
      continue;
    }
    let article: Article;
    try {
      // Pasted text is stored without an address (url ''); it is checked like any other.
      const pasted = isRecord(v.article) && v.article.url === '';
      article = validateArticle(pasted ? { ...(v.article as Record<string, unknown>), url: 'http://pasted.invalid/' } : v.article);
      if (pasted) article = { ...article, url: '' };
    } catch (e) {
      problem(line, 'badArticle', e instanceof Error ? e.message : String(e));
      continue;
    }
    const lastUsedAt = time(v.lastUsedAt, now);
    const addedAt = Math.min(time(v.addedAt, now), lastUsedAt);
    // Another site's address in `urls` would make a lookup of that site's page find this
    // record: only the article's own site counts (as for canonical URLs).
    const urls = Array.isArray(v.urls)
      ? v.urls.filter((u): u is string => typeof u === 'string' && u.length <= 4096 && sameSite(article.url, u)).slice(0, 20)
      : [];
    const origin = (IMPORT_ORIGINS as readonly unknown[]).includes(v.origin) ? (v.origin as ImportOrigin) : 'manual';
    out.lines.push({ line, article, origin, addedAt, lastUsedAt, urls });
  }
  return out;
}
