// News articles only (issue 10): which real pages Wiretrace would keep in the library and
// report on, before and after the news-page decision (src/core/news-page.ts), on
// readability-pages (index.json sorts them into news-or-magazine, other real pages and
// synthetic fixtures; the synthetic ones are left out: they are test scaffolding).
//
// Before: the cheap gate (looksLikeArticle) and extraction decide; every page read is kept.
// After: the same, then judgeNewsPage: 'news' is kept, 'unsure' is only compared with the
// library, 'not-news' is neither.
//
// Held out: every third page of index.json (positions 2, 5, 8, …). The rules were written
// while looking at the other pages only; the held-out figures are reported on their own.
//
// The "other" pages mix blog posts (company and personal blogs, which republishing sites
// resemble and which Wiretrace keeps when they carry a date, byline or og:type article)
// with pages that are no article of any kind (docs, encyclopedia, fiction, product and
// site pages). The hand label below says which is which, by the page's title and site;
// "non-news refused" is given for both.
//
// asprout-mturk-content-labels (scraped text only, no markup) measures the text-level
// signs alone: a news text ("Valid") should show a dateline, byline or timestamp line.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { judgeNewsPage, NO_EVIDENCE, type NewsAnswer, type PageEvidence } from '../src/core/news-page';
import { looksLikeArticle } from '../src/extract/detect';
import { extractWithinBudget } from '../src/extract/extract';
import { parseHtml } from '../src/extract/node-dom';
import { readJson, readPage } from './fsutil';
import { round } from './metrics';

/** Other real pages that are blog posts (hand label, by title and site); the rest are no article of any kind. */
const BLOG_POSTS = new Set([
  '001',
  '002',
  'blogger',
  'dropbox-blog',
  'ebb-org',
  'firefox-nightly-blog',
  'gitlab-blog',
  'keep-tabular-data',
  'lazy-image-1',
  'links-in-tables',
  'simplyfound-1',
  'toc-missing',
  'topicseed-1',
  'tumblr',
  'v8-blog',
]);

interface Entry {
  name: string;
  kind: string;
}

export interface NewsPageRow {
  page: string;
  kind: 'news' | 'blog' | 'non-article';
  heldOut: boolean;
  /** Kept before this decision (gate + extraction). */
  before: boolean;
  /** The decision, or 'gate' / 'none' when the page never reached it. */
  after: NewsAnswer | 'gate' | 'none';
  why: string;
}

export interface NewsSplit {
  /** News pages kept (stored), before and after. */
  newsKeptBefore: number;
  newsKeptAfter: number;
  /** News pages at least compared after ('news' or 'unsure'). */
  newsComparedAfter: number;
  news: number;
  /** Other real pages not kept, before and after; and of those, not even compared. */
  otherRefusedBefore: number;
  otherRefusedAfter: number;
  otherNotComparedAfter: number;
  other: number;
  /** The same for the non-article subset (no blog posts). */
  nonArticleRefusedBefore: number;
  nonArticleRefusedAfter: number;
  nonArticle: number;
}

export interface NewsPagesResult {
  dev: NewsSplit;
  heldOut: NewsSplit;
  rows: NewsPageRow[];
  /** asprout texts: news texts with a text-level sign, other texts without one. */
  textSigns?: { newsWithSign: number; news: number; otherWithout: number; other: number };
  ms: number;
}

const NONE: PageEvidence = { ...NO_EVIDENCE, types: [] };

function split(rows: NewsPageRow[]): NewsSplit {
  const news = rows.filter((r) => r.kind === 'news');
  const other = rows.filter((r) => r.kind !== 'news');
  const nonArticle = rows.filter((r) => r.kind === 'non-article');
  const kept = (r: NewsPageRow) => r.after === 'news';
  return {
    newsKeptBefore: news.filter((r) => r.before).length,
    newsKeptAfter: news.filter(kept).length,
    newsComparedAfter: news.filter((r) => r.after === 'news' || r.after === 'unsure').length,
    news: news.length,
    otherRefusedBefore: other.filter((r) => !r.before).length,
    otherRefusedAfter: other.filter((r) => !kept(r)).length,
    otherNotComparedAfter: other.filter((r) => r.after !== 'news' && r.after !== 'unsure').length,
    other: other.length,
    nonArticleRefusedBefore: nonArticle.filter((r) => !r.before).length,
    nonArticleRefusedAfter: nonArticle.filter((r) => !kept(r)).length,
    nonArticle: nonArticle.length,
  };
}

/** Text-level signs alone on asprout's labelled scrapes (blocks split at its " ### " joins). */
function textSigns(file: string): NewsPagesResult['textSigns'] {
  const items = readJson<{ text: string; label?: string }[]>(file);
  let news = 0;
  let newsWithSign = 0;
  let other = 0;
  let otherWithout = 0;
  for (const item of items) {
    const blocks = item.text
      .split(/\s*###\s*/)
      .map((t) => t.trim())
      .filter(Boolean)
      .map((text) => ({ text }));
    const sign = judgeNewsPage({ blocks, evidence: NONE }).answer === 'news';
    if (item.label === 'Valid') {
      news++;
      if (sign) newsWithSign++;
    } else {
      other++;
      if (!sign) otherWithout++;
    }
  }
  return { newsWithSign, news, otherWithout, other };
}

export function evaluateNewsPages(dir: string, asproutFile?: string): NewsPagesResult {
  const t0 = performance.now();
  const index = readJson<Entry[]>(join(dir, 'index.json'));
  const rows: NewsPageRow[] = [];
  index.forEach((entry, i) => {
    if (entry.kind.startsWith('synthetic')) return;
    const file = join(dir, 'pages', entry.name, 'source.html');
    if (!existsSync(file)) return;
    const html = readPage(file);
    const kind = entry.kind.startsWith('news') ? 'news' : BLOG_POSTS.has(entry.name) ? 'blog' : 'non-article';
    const gate = looksLikeArticle(parseHtml(html));
    const article = gate ? extractWithinBudget(parseHtml(html), `https://example.test/${entry.name}`, { parse: parseHtml }) : null;
    const judged = article ? judgeNewsPage(article) : undefined;
    rows.push({
      page: entry.name,
      kind,
      heldOut: i % 3 === 2,
      before: !!article,
      after: !gate ? 'gate' : judged ? judged.answer : 'none',
      why: judged ? `${judged.kind ? `${judged.kind}: ` : ''}${judged.why.join('; ')}`.slice(0, 160) : '',
    });
  });
  return {
    dev: split(rows.filter((r) => !r.heldOut)),
    heldOut: split(rows.filter((r) => r.heldOut)),
    rows,
    ...(asproutFile && existsSync(asproutFile) ? { textSigns: textSigns(asproutFile) } : {}),
    ms: Math.round(performance.now() - t0),
  };
}

export const share = (n: number, d: number) => round(n / Math.max(1, d));
