// Getting articles into the index: `wiretrace index add <files|urls>` (articles loaded by
// the CLI) and `wiretrace index poll --feeds FILE` (publisher feeds, fetched within the
// extension's own bounds: shared/fetch-bounded.ts). Rows are written in batches, one
// transaction each; URLs the index already holds are not fetched again; every failure is
// kept in ingestion_failures beside its run.
import { parseFeed } from '../core/feeds/parse';
import type { Article } from '../core/types';
import { extractArticle } from '../extract/extract';
import { parseHtml } from '../extract/node-dom';
import { fetchBounded, type FetchFn } from '../shared/fetch-bounded';
import { canonicalUrl, resolveHttp } from '../shared/urls';
import { rowOf, type ArticleRow } from './article-row';
import type { Db } from './db';
import { finishRun, insertArticles, knownUrls, recordFailure, startRun } from './store';

export interface RunSummary {
  run: number;
  added: number;
  skipped: number;
  failed: number;
}

export interface IngestOptions {
  /** Articles per transaction. */
  batchSize?: number;
  progress?: (line: string) => void;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/** Writes rows in batches of `batchSize` as they come, counting what each batch did. */
class Batcher {
  private rows: ArticleRow[] = [];
  readonly counts = { added: 0, skipped: 0, failed: 0 };

  constructor(
    private readonly db: Db,
    private readonly size: number,
    private readonly progress?: (line: string) => void,
  ) {}

  async push(row: ArticleRow): Promise<void> {
    this.rows.push(row);
    if (this.rows.length >= this.size) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.rows.length === 0) return;
    const batch = this.rows;
    this.rows = [];
    const r = await insertArticles(this.db, batch);
    this.counts.added += r.added;
    this.counts.skipped += r.skipped;
    this.progress?.(`stored ${this.counts.added} new, ${this.counts.skipped} already indexed, ${this.counts.failed} failed`);
  }
}

/** Ingest what `load` makes of each argument (a file or a URL). */
export async function addArticles(db: Db, args: string[], load: (arg: string) => Promise<Article>, options: IngestOptions = {}): Promise<RunSummary> {
  const run = await startRun(db, 'add');
  const batcher = new Batcher(db, options.batchSize ?? 200, options.progress);
  for (const arg of args) {
    try {
      await batcher.push(rowOf(await load(arg), arg));
    } catch (e) {
      batcher.counts.failed++;
      await recordFailure(db, run, arg, message(e));
      options.progress?.(`failed: ${arg}: ${message(e)}`);
    }
  }
  await batcher.flush();
  await finishRun(db, run, batcher.counts);
  return { run, ...batcher.counts };
}

/** Feed URLs from a file: one per line; blank lines and lines starting with # are ignored. */
export function feedList(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#') && /^https?:\/\/\S+$/i.test(l));
}

export interface PollOptions extends IngestOptions {
  fetch?: FetchFn;
  /** New items fetched per feed per poll at most. */
  itemsPerFeed?: number;
}

/** Page → article, with the page's own URL when it names none. */
async function fetchPage(url: string, fetchFn?: FetchFn): Promise<Article> {
  const page = await fetchBounded(url, 'html', undefined, fetchFn);
  const article = extractArticle(parseHtml(page.body), page.url, { parse: parseHtml });
  if (!article) throw new Error('no article found on the page');
  return article;
}

/** Poll each feed once and ingest its items the index does not hold yet. */
export async function pollFeeds(db: Db, feeds: string[], options: PollOptions = {}): Promise<RunSummary> {
  const run = await startRun(db, 'poll');
  const batcher = new Batcher(db, options.batchSize ?? 50, options.progress);
  const fail = async (url: string, e: unknown) => {
    batcher.counts.failed++;
    await recordFailure(db, run, url, message(e));
    options.progress?.(`failed: ${url}: ${message(e)}`);
  };
  for (const feedUrl of feeds) {
    let links: string[];
    try {
      const got = await fetchBounded(feedUrl, 'feed', undefined, options.fetch);
      const items = parseFeed(got.body, got.contentType).items;
      // One link per canonical URL: a feed may list a story twice with different tracking.
      const byCanonical = new Map<string, string>();
      for (const i of items) {
        const u = resolveHttp(i.link, got.url);
        if (u && !byCanonical.has(canonicalUrl(u))) byCanonical.set(canonicalUrl(u), u);
      }
      links = [...byCanonical.values()];
    } catch (e) {
      await fail(feedUrl, e);
      continue;
    }
    const known = await knownUrls(db, [...links, ...links.map(canonicalUrl)]);
    const fresh = links.filter((u) => !known.has(u) && !known.has(canonicalUrl(u))).slice(0, options.itemsPerFeed ?? 100);
    batcher.counts.skipped += links.length - fresh.length;
    options.progress?.(`${feedUrl}: ${links.length} items, ${fresh.length} new`);
    for (const link of fresh) {
      try {
        await batcher.push(rowOf(await fetchPage(link, options.fetch), link));
      } catch (e) {
        await fail(link, e);
      }
    }
  }
  await batcher.flush();
  await finishRun(db, run, batcher.counts);
  return { run, ...batcher.counts };
}
