// Extraction quality: how much of a page's article text our page reading keeps, and how
// much page chrome it lets in. Three corpus layouts:
//  - readability-pages/pages/<case>/{source.html, expected.html, expected-metadata.json}
//    (mozilla/readability's test pages): shingle F1 against expected.html's text, plus
//    article detection against `readerable`.
//  - trafilatura-eval/{evaldata-*.json, html/}: snippets that must / must not appear,
//    scored as trafilatura's own evaluation does (a "with" snippet found is a true
//    positive, a "without" snippet found a false positive); the leak share is the share
//    of "without" snippets found.
//  - --zyte DIR: html/*.html.gz + ground-truth.json (article-extraction-benchmark),
//    scored with the benchmark's word 4-gram shingle F1.
import { existsSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Article } from '../src/core/types';
import { looksLikeArticle } from '../src/extract/detect';
import { extractArticle } from '../src/extract/extract';
import { parseHtml } from '../src/extract/node-dom';
import { readabilityText } from './baselines';
import { isDir, listFiles, readJson, readPage } from './fsutil';
import { averageShingleScores, prf, round, shingleMatch, type Counts, type PRF } from './metrics';

export interface ExtractionScore {
  f1: number;
  precision: number;
  recall: number;
  n: number;
}

const rounded = (s: PRF, n: number): ExtractionScore => ({ f1: round(s.f1), precision: round(s.precision), recall: round(s.recall), n });

/** Our article body as one text: the blocks, one per line (title and deck are metadata). */
export function bodyText(article: Article | null): string {
  return article ? article.blocks.map((b) => b.text).join('\n') : '';
}

export function ourText(html: string, url: string): string {
  return bodyText(extractArticle(parseHtml(html), url, { parse: parseHtml }));
}

type MetaField = 'title' | 'byline' | 'siteName' | 'publishedTime';
const META_FIELDS: MetaField[] = ['title', 'byline', 'siteName', 'publishedTime'];
const metaKey = (field: MetaField, v: string | null | undefined): string => {
  if (!v) return '';
  if (field === 'publishedTime') {
    const ms = Date.parse(v);
    return Number.isNaN(ms) ? v : new Date(ms).toISOString().slice(0, 10);
  }
  return v
    .normalize('NFKC')
    .toLowerCase()
    .replace(/^by\s+/, '')
    .replace(/[\s\p{P}]+/gu, ' ')
    .trim();
};
const ourMeta = (a: Article | null, field: MetaField) => (field === 'publishedTime' ? a?.published : a?.[field]);

function baselineText(html: string): string {
  return readabilityText(parseHtml(html));
}

export interface ReadabilityPagesResult extends ExtractionScore {
  news: ExtractionScore;
  baseline: ExtractionScore;
  baselineNews: ExtractionScore;
  detection: { accuracy: number; falsePositives: number; falseNegatives: number; n: number };
  /** Share of pages where our metadata field equals Readability's expected one (pages that have it). */
  metadata: Record<MetaField, { agree: number; n: number }>;
  worst: { page: string; f1: number }[];
  ms: number;
}

interface PageIndexEntry {
  name: string;
  kind: string;
  readerable: boolean;
}

export function evaluateReadabilityPages(dir: string): ReadabilityPagesResult {
  const t0 = performance.now();
  const index = readJson<PageIndexEntry[]>(join(dir, 'index.json'));
  const ours: Counts[] = [];
  const oursNews: Counts[] = [];
  const base: Counts[] = [];
  const baseNews: Counts[] = [];
  const perPage: { page: string; f1: number }[] = [];
  let detectRight = 0;
  let fpos = 0;
  let fneg = 0;
  const meta = Object.fromEntries(META_FIELDS.map((f) => [f, { agree: 0, n: 0 }])) as ReadabilityPagesResult['metadata'];
  for (const entry of index) {
    const pageDir = join(dir, 'pages', entry.name);
    if (!existsSync(join(pageDir, 'source.html'))) continue;
    const html = readPage(join(pageDir, 'source.html'));
    const truth = parseHtml(`<html><body>${readPage(join(pageDir, 'expected.html'))}</body></html>`).body?.textContent ?? '';
    const article = extractArticle(parseHtml(html), `https://example.test/${entry.name}`, { parse: parseHtml });
    const m = shingleMatch(truth, bodyText(article));
    const expectedMeta = readJson<Partial<Record<MetaField, string | null>>>(join(pageDir, 'expected-metadata.json'));
    for (const field of META_FIELDS) {
      const want = metaKey(field, expectedMeta[field]);
      if (!want) continue;
      meta[field].n++;
      if (metaKey(field, ourMeta(article, field)) === want) meta[field].agree++;
    }
    const b = shingleMatch(truth, baselineText(html));
    ours.push(m);
    base.push(b);
    if (entry.kind.startsWith('news')) {
      oursNews.push(m);
      baseNews.push(b);
    }
    perPage.push({ page: entry.name, f1: round(m.tp / Math.max(1e-9, m.tp + (m.fp + m.fn) / 2)) });
    const said = looksLikeArticle(parseHtml(html));
    if (said === entry.readerable) detectRight++;
    else if (said) fpos++;
    else fneg++;
  }
  const n = ours.length;
  return {
    ...rounded(averageShingleScores(ours), n),
    news: rounded(averageShingleScores(oursNews), oursNews.length),
    baseline: rounded(averageShingleScores(base), n),
    baselineNews: rounded(averageShingleScores(baseNews), baseNews.length),
    detection: { accuracy: round(detectRight / Math.max(1, n)), falsePositives: fpos, falseNegatives: fneg, n },
    metadata: Object.fromEntries(
      META_FIELDS.map((f) => [f, { agree: round(meta[f].agree / Math.max(1, meta[f].n)), n: meta[f].n }]),
    ) as ReadabilityPagesResult['metadata'],
    worst: perPage.sort((a, b) => a.f1 - b.f1).slice(0, 8),
    ms: Math.round(performance.now() - t0),
  };
}

export interface SnippetResult extends ExtractionScore {
  /** Share of must-exclude snippets that leaked into the extracted text. */
  leakShare: number;
  baseline: ExtractionScore & { leakShare: number };
  leaks: { file: string; snippet: string }[];
  ms: number;
}

interface EvalEntry {
  file: string;
  with?: string[];
  without?: string[];
}

const squash = (s: string) => s.normalize('NFKC').replace(/\s+/g, ' ').trim();

function snippetCounts(text: string, entry: EvalEntry, leaks?: { file: string; snippet: string }[]): Counts & { tn: number } {
  const t = squash(text);
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (const s of entry.with ?? []) {
    if (t.includes(squash(s))) c.tp++;
    else c.fn++;
  }
  for (const s of entry.without ?? []) {
    if (t.includes(squash(s))) {
      c.fp++;
      leaks?.push({ file: entry.file, snippet: s });
    } else c.tn++;
  }
  return c;
}

export function evaluateTrafilatura(dir: string): SnippetResult {
  const t0 = performance.now();
  const name = ['evaldata-full.json', 'evaldata-sample.json', 'evaldata.json'].find((f) => existsSync(join(dir, f)));
  if (!name) throw new Error(`no evaldata-*.json in ${dir}`);
  const data = readJson<Record<string, EvalEntry>>(join(dir, name));
  const ours = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const base = { tp: 0, fp: 0, fn: 0, tn: 0 };
  const leaks: SnippetResult['leaks'] = [];
  let n = 0;
  for (const [url, entry] of Object.entries(data)) {
    const path = join(dir, 'html', entry.file);
    if (!existsSync(path)) continue;
    n++;
    const html = readPage(path);
    const o = snippetCounts(ourText(html, /^https?:/.test(url) ? url : 'https://example.test/'), entry, leaks);
    const b = snippetCounts(baselineText(html), entry);
    for (const k of ['tp', 'fp', 'fn', 'tn'] as const) {
      ours[k] += o[k];
      base[k] += b[k];
    }
  }
  return {
    ...rounded(prf(ours), n),
    leakShare: round(ours.fp / Math.max(1, ours.fp + ours.tn)),
    baseline: { ...rounded(prf(base), n), leakShare: round(base.fp / Math.max(1, base.fp + base.tn)) },
    leaks: leaks.slice(0, 12),
    ms: Math.round(performance.now() - t0),
  };
}

export interface ZyteResult extends ExtractionScore {
  baseline: ExtractionScore;
  ms: number;
}

export function evaluateZyte(dir: string): ZyteResult {
  const t0 = performance.now();
  const truth = readJson<Record<string, { articleBody?: string; url?: string }>>(join(dir, 'ground-truth.json'));
  const htmlDir = isDir(join(dir, 'html')) ? join(dir, 'html') : dir;
  const ours: Counts[] = [];
  const base: Counts[] = [];
  for (const file of listFiles(htmlDir, /\.html?(\.gz)?$/)) {
    const key = basename(file).replace(/\.html?(\.gz)?$/, '');
    const gt = truth[key];
    if (!gt) continue;
    const html = readPage(file);
    ours.push(shingleMatch(gt.articleBody ?? '', ourText(html, gt.url && /^https?:/.test(gt.url) ? gt.url : 'https://example.test/')));
    base.push(shingleMatch(gt.articleBody ?? '', baselineText(html)));
  }
  return {
    ...rounded(averageShingleScores(ours), ours.length),
    baseline: rounded(averageShingleScores(base), base.length),
    ms: Math.round(performance.now() - t0),
  };
}
