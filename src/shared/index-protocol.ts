// The shared index's wire format as the extension speaks it (src/server is the other side):
// what a lookup sends — band keys, signature and shingle count from src/core/index, never
// the page's URL or text — and strict readers for what comes back, since an index is a
// server on the network: a reply that is not exactly the expected shape is refused whole.
import { fingerprintArticle } from '../core/index/fingerprint';
import type { Article } from '../core/types';
import { ProtocolError } from './protocol-error';

export interface CandidatesRequest {
  bands: number[];
  signature: number[];
  size: number;
  limit: number;
}

/** Everything a lookup sends: derived from the article's shingles, not its text. */
export function candidatesRequest(article: Pick<Article, 'title' | 'subtitle' | 'blocks' | 'lang'>, limit = 5): CandidatesRequest {
  const fp = fingerprintArticle(article);
  return { bands: fp.bands, signature: [...fp.sig], size: fp.size, limit };
}

export interface IndexCandidate {
  id: number;
  outlet: string;
  title: string;
  url: string;
  published?: string;
  similarity: number;
}

export interface IndexArticle {
  id: number;
  url: string;
  outlet: string;
  title: string;
  byline?: string;
  published?: string;
  modified?: string;
  language?: string;
  text?: string;
}

const MAX_CANDIDATES = 20;
const MAX_FIELD = 2_000;
const MAX_TEXT = 1_000_000;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, what: string, max = MAX_FIELD): string {
  if (typeof v !== 'string' || v.length > max) throw new ProtocolError(`the index sent an invalid ${what}`);
  return v;
}

function optStr(v: unknown, what: string, max = MAX_FIELD): string | undefined {
  return v === undefined || v === null ? undefined : str(v, what, max);
}

function httpUrl(v: unknown): string {
  const s = str(v, 'URL');
  if (!/^https?:\/\/\S+$/i.test(s)) throw new ProtocolError('the index sent a URL that is not http(s)');
  return s;
}

function id(v: unknown): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 1) throw new ProtocolError('the index sent an invalid id');
  return v;
}

export function parseCandidates(body: unknown): IndexCandidate[] {
  if (!isRecord(body) || !Array.isArray(body.candidates) || body.candidates.length > MAX_CANDIDATES) {
    throw new ProtocolError('the index answered something that is not a list of candidates');
  }
  const out: IndexCandidate[] = [];
  for (const c of body.candidates) {
    if (!isRecord(c)) throw new ProtocolError('the index sent an invalid candidate');
    const similarity = c.similarity;
    if (typeof similarity !== 'number' || !(similarity >= 0 && similarity <= 1)) throw new ProtocolError('the index sent an invalid similarity');
    const url = str(c.url, 'URL');
    // An operator may ingest saved files (file:// addresses): valid, but nothing the
    // extension can link to or fetch, so such a candidate is passed over.
    if (!/^https?:\/\/\S+$/i.test(url)) continue;
    const published = optStr(c.published, 'date');
    out.push({ id: id(c.id), outlet: str(c.outlet, 'outlet'), title: str(c.title, 'title'), url, ...(published ? { published } : {}), similarity });
  }
  return out;
}

export function parseIndexArticle(body: unknown): IndexArticle {
  if (!isRecord(body)) throw new ProtocolError('the index answered something that is not an article');
  const out: IndexArticle = { id: id(body.id), url: httpUrl(body.url), outlet: str(body.outlet, 'outlet'), title: str(body.title, 'title') };
  for (const k of ['byline', 'published', 'modified', 'language'] as const) {
    const v = optStr(body[k], k);
    if (v !== undefined) out[k] = v;
  }
  const text = optStr(body.text, 'text', MAX_TEXT);
  if (text !== undefined) out.text = text;
  return out;
}

/** An index article with text as an Article: paragraphs one per line (server/article-row.ts). */
export function articleFromIndex(a: IndexArticle & { text: string }): Article {
  const blocks = a.text
    .split('\n')
    .map((t) => t.trim())
    .filter(Boolean)
    .map((text) => ({ text }));
  return {
    url: a.url,
    title: a.title,
    siteName: a.outlet,
    ...(a.byline ? { byline: a.byline } : {}),
    ...(a.published ? { published: a.published } : {}),
    ...(a.modified ? { modified: a.modified } : {}),
    ...(a.language ? { lang: a.language } : {}),
    blocks,
    signals: [],
  };
}
