// Speed of the page side: the every-page check on pages that are not articles, and
// detection + extraction against Readability.parse alone on real article pages.
//
// Method (stated in BENCHMARKS.md):
// - contentNonArticleMs: median over generated non-article pages (and the realdata pages
//   Readability itself calls not readerable) of the content script's every-page work,
//   `looksLikeArticle(document)`. Measured in real Chromium (Playwright, the system
//   Chromium) when it can start, else in Node under linkedom; the section says which.
// - extractVsReadabilityRatio: the same loaded page for both sides, in Chromium (else Node +
//   linkedom); each side also copies the document (Readability rewrites what it is given).
//   Ratio of the summed per-page medians. Skipped, and said so, when ../shared/realdata is
//   absent.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readability } from '@mozilla/readability';
import { copyDocument, extractArticle } from '../src/extract/extract.ts';
import { looksLikeArticle } from '../src/extract/detect.ts';
import { parseHtml } from '../src/extract/node-dom.ts';
import { measureInChromium, ratioInChromium } from './content-chromium.ts';
import { nonArticlePages } from './non-article-pages.ts';
import { type BenchSection, budgetRow, median, round, TABLE_HEAD, timeRuns } from './stats.ts';

export const REALDATA = process.env.WIRETRACE_REALDATA ?? resolve(import.meta.dirname, '../../shared/realdata');
const PAGES_DIR = resolve(REALDATA, 'readability-pages');

interface IndexEntry {
  name: string;
  kind: string;
  readerable: boolean;
}

function readabilityIndex(): IndexEntry[] | null {
  const file = resolve(PAGES_DIR, 'index.json');
  if (!existsSync(file)) return null;
  return JSON.parse(readFileSync(file, 'utf8')) as IndexEntry[];
}

const sourceHtml = (name: string) => readFileSync(resolve(PAGES_DIR, 'pages', name, 'source.html'), 'utf8');

/** Name → HTML of the non-article pages: generated ones, plus realdata's non-readerable pages. */
export function nonArticleSet(): Record<string, string> {
  const pages = nonArticlePages();
  for (const e of readabilityIndex() ?? []) if (!e.readerable) pages[`readability/${e.name}`] = sourceHtml(e.name);
  return pages;
}

function nonArticleInNode(pages: Record<string, string>): { ms: number; perPage: Record<string, number> } {
  const perPage: Record<string, number> = {};
  for (const [name, html] of Object.entries(pages)) {
    const doc = parseHtml(html);
    perPage[name] = median(timeRuns(() => looksLikeArticle(doc), 21, 3));
  }
  return { ms: median(Object.values(perPage)), perPage };
}

interface RatioResult {
  ratio: number;
  medianPageRatio: number;
  pages: number;
  oursMs: number;
  readabilityMs: number;
  notArticle: number;
}

/** Name → HTML of the real article pages (news and other real pages Readability can read). */
function articleSet(): Record<string, string> | null {
  const index = readabilityIndex();
  if (!index) return null;
  const out: Record<string, string> = {};
  for (const e of index) if (e.readerable && e.kind !== 'synthetic-fixture') out[e.name] = sourceHtml(e.name);
  return out;
}

function extractVsReadability(set: Record<string, string>): RatioResult {
  const url = 'http://fakehost/test/page.html';
  const articles = Object.values(set);
  let ours = 0;
  let theirs = 0;
  let notArticle = 0;
  const ratios: number[] = [];
  for (const html of articles) {
    const doc = parseHtml(html);
    const readabilityOnly = () => new Readability(copyDocument(doc, parseHtml)).parse();
    const detectAndExtract = () => (looksLikeArticle(doc) ? extractArticle(doc, url, { parse: parseHtml }) : null);
    if (!looksLikeArticle(doc)) notArticle++;
    // Interleave the two sides so drift (GC, thermal) hits both alike.
    const a: number[] = [];
    const b: number[] = [];
    readabilityOnly();
    detectAndExtract();
    for (let i = 0; i < 2; i++) {
      let t = performance.now();
      readabilityOnly();
      a.push(performance.now() - t);
      t = performance.now();
      detectAndExtract();
      b.push(performance.now() - t);
    }
    theirs += median(a);
    ours += median(b);
    ratios.push(median(b) / median(a));
  }
  return { ratio: ours / theirs, medianPageRatio: median(ratios), pages: articles.length, oursMs: ours, readabilityMs: theirs, notArticle };
}

export async function run(): Promise<BenchSection> {
  const pages = nonArticleSet();
  const chromium = await measureInChromium(pages).catch((err: unknown) => ({ error: String(err) }));
  const node = nonArticleInNode(pages);
  const inChromium = 'ms' in chromium;
  const contentNonArticleMs = inChromium ? chromium.ms : node.ms;
  const articles = articleSet();
  const ratioChromium = articles ? await ratioInChromium(articles).catch((err: unknown) => ({ error: String(err) })) : null;
  const chromiumRatio = ratioChromium && 'ratio' in ratioChromium ? ratioChromium : null;
  // linkedom's figure only when Chromium could not run it (it adds ~40 s and its DOM costs
  // differ from a browser's), or when asked for with WIRETRACE_BENCH_LINKEDOM=1.
  const ratio = articles && (!chromiumRatio || process.env.WIRETRACE_BENCH_LINKEDOM === '1') ? extractVsReadability(articles) : null;
  const headlineRatio = chromiumRatio?.ratio ?? ratio?.ratio ?? Number.NaN;

  const cold = chromiumRatio ? [...chromiumRatio.coldSlices].sort((x, y) => x - y) : [];
  const pct = (q: number) => (cold.length ? cold[Math.min(cold.length - 1, Math.floor(q * cold.length))] : Number.NaN);
  const over50 = cold.filter((x) => x > 50).length;
  const pageSl = chromiumRatio ? [...chromiumRatio.pageSlices].sort((x, y) => x - y) : [];
  const pagePct = (q: number) => (pageSl.length ? pageSl[Math.min(pageSl.length - 1, Math.floor(q * pageSl.length))] : Number.NaN);
  const pageMax = pageSl.length ? pageSl[pageSl.length - 1] : Number.NaN;
  const figures: Record<string, number> = {
    contentNonArticleMs: round(contentNonArticleMs),
    contentNonArticleNodeMs: round(node.ms),
    extractVsReadabilityRatio: round(headlineRatio),
    pageSliceP95Ms: round(pagePct(0.95)),
    pageSliceMaxMs: round(pageMax),
    offscreenExtractMedianMs: round(pct(0.5)),
    offscreenExtractP95Ms: round(pct(0.95)),
    ...(ratio ? { extractVsReadabilityNodeRatio: round(ratio.ratio) } : {}),
  };
  const lines = [
    TABLE_HEAD,
    budgetRow('contentNonArticleMs', contentNonArticleMs, ' ms', 1, `every-page check, non-article pages, median (${inChromium ? 'Chromium' : 'linkedom'})`),
    budgetRow('contentNonArticleNodeMs', node.ms, ' ms', undefined, 'same, Node + linkedom'),
    budgetRow(
      'extractVsReadabilityRatio',
      headlineRatio,
      '×',
      1.1,
      `detection + extraction ÷ Readability.parse alone (${chromiumRatio ? 'Chromium' : 'linkedom'})`,
    ),
    budgetRow(
      'pageSliceP95Ms',
      pagePct(0.95),
      ' ms',
      50,
      'longest content-script slice on an article page (size check or a serialising slice), cold, p95 over pages (Chromium)',
    ),
    budgetRow('pageSliceMaxMs', pageMax, ' ms', 50, 'same, worst page'),
    budgetRow('offscreenExtractMedianMs', pct(0.5), ' ms', undefined, 'extraction per page, cold, median (runs in the offscreen document, not the page)'),
    budgetRow('offscreenExtractP95Ms', pct(0.95), ' ms', undefined, 'same, 95th percentile'),
    ...(ratio ? [budgetRow('extractVsReadabilityNodeRatio', ratio.ratio, '×', undefined, 'same, Node + linkedom')] : []),
    '',
    `Non-article pages (${Object.keys(pages).length}): ${Object.keys(pages).join(', ')}.`,
    inChromium
      ? `Chromium: ${chromium.method}. Per page (ms): ${Object.entries(chromium.perPage)
          .map(([k, v]) => `${k} ${round(v)}`)
          .join(', ')}.`
      : `Chromium could not start (${(chromium as { error: string }).error.slice(0, 160)}); the figure is linkedom's.`,
    cold.length
      ? `Page-side work: the content script checks the page, counts its visible text in slices of 10,000 nodes and serialises its markup in slices of about 16 ms (src/content/page-size.ts, report-article.ts, serialize.ts); extraction (Readability, metadata, signals) runs in the worker's offscreen document. ` +
        `Were extraction run in the page, it would be one synchronous slice: ${over50} of ${cold.length} real pages take over 50 ms cold (max ${round(cold[cold.length - 1])} ms). ` +
        'A page over 30,000 elements or 1,000,000 characters of visible text is sent in part (its first 29,000 elements and 1,000,000 characters), and the report says how many paragraphs were left out.'
      : '',
    `linkedom per page (ms): ${Object.entries(node.perPage)
      .map(([k, v]) => `${k} ${round(v)}`)
      .join(', ')}.`,
    chromiumRatio
      ? (headlineRatio > 1.1
          ? `Why the ratio misses 1.1: after Readability, extraction reads metadata (JSON-LD, meta tags), cleans and collects blocks and looks for Bulletin-style DOM signals (one pass over the meta tags, one walk over the extracted content, cheap lookups before selector lists); since extraction moved to the offscreen document this costs latency, not page responsiveness. `
          : '') +
        `Extraction in Chromium: ${chromiumRatio.method}; ${chromiumRatio.pages} pages, ours ${round(chromiumRatio.oursMs)} ms vs Readability ${round(chromiumRatio.readabilityMs)} ms summed; median per-page ratio ${round(chromiumRatio.medianPageRatio)}.`
      : ratioChromium
        ? `Extraction in Chromium failed (${(ratioChromium as { error: string }).error.slice(0, 160)}).`
        : '',
    ratio
      ? `Extraction in Node: ${ratio.pages} real pages of realdata/readability-pages (news and other real pages, readerable), Node + linkedom; ours ${round(ratio.oursMs)} ms vs Readability ${round(ratio.readabilityMs)} ms summed over per-page medians of 2 runs; median per-page ratio ${round(ratio.medianPageRatio)}; ${ratio.notArticle} pages stopped at detection.`
      : articles
        ? 'Node + linkedom extraction ratio not run (set WIRETRACE_BENCH_LINKEDOM=1 to add it).'
        : `Extraction: SKIPPED — ${PAGES_DIR} is absent (a fresh clone has no ../shared/realdata).`,
  ];
  return { title: 'Content script and extraction', figures, markdown: lines.join('\n') };
}
