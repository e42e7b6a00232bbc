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
import type { ArticleRow } from './article-row';
import type { Db } from './db';
import { rowMaker, type RowMaker } from './row-pool';
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
  /** Fingerprinting threads: > 1 runs them in worker threads (row-pool.ts); default 1, inline. */
  threads?: number;
  /** Batches written at once, each in its own transaction and connection; default 1. */
  writers?: number;
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

/**
 * Writes rows in batches of `size`, one transaction each, counting what each batch did.
 * Rows are fingerprinted by `rows` (worker threads on a server) and up to `writers` batches
 * are written at once (each transaction on its own connection) while the next is being
 * fingerprinted; a row that fails is recorded as a failure of its argument.
 */
class Batcher {
  private pending: { arg: string; row: Promise<ArticleRow> }[] = [];
  private readonly writing = new Set<Promise<void>>();
  /** The first failed write, rethrown by the next flush or drain. */
  private error: { e: unknown } | undefined;
  readonly counts = { added: 0, skipped: 0, failed: 0 };

  constructor(
    private readonly db: Db,
    private readonly run: number,
    private readonly rows: RowMaker,
    private readonly size: number,
    private readonly writers: number,
    private readonly progress?: (line: string) => void,
  ) {}

  push(arg: string, article: Article): Promise<void> {
    const row = this.rows.row(article, arg);
    // Settled at flush; a handler now so a failed row is not an unhandled rejection meanwhile.
    row.catch(() => {});
    this.pending.push({ arg, row });
    return this.pending.length >= this.size ? this.flush() : Promise.resolve();
  }

  async fail(arg: string, e: unknown): Promise<void> {
    this.counts.failed++;
    await recordFailure(this.db, this.run, arg, message(e));
    this.progress?.(`failed: ${arg}: ${message(e)}`);
  }

  private rethrow(): void {
    if (this.error) throw this.error.e;
  }

  /** Waits for a free writer, then starts this batch's write. */
  async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    while (this.writing.size >= this.writers) await Promise.race(this.writing);
    this.rethrow();
    if (batch.length === 0) return;
    const settled = await Promise.allSettled(batch.map((b) => b.row));
    const rows: ArticleRow[] = [];
    for (const [i, s] of settled.entries()) {
      if (s.status === 'fulfilled') rows.push(s.value);
      else await this.fail(batch[i].arg, s.reason);
    }
    const write: Promise<void> = insertArticles(this.db, rows)
      .then((r) => {
        this.counts.added += r.added;
        this.counts.skipped += r.skipped;
        this.progress?.(`stored ${this.counts.added} new, ${this.counts.skipped} already indexed, ${this.counts.failed} failed`);
      })
      .catch((e: unknown) => {
        this.error ??= { e };
      })
      .finally(() => this.writing.delete(write));
    this.writing.add(write);
  }

  /** Everything pushed, written. */
  async drain(): Promise<void> {
    await this.flush();
    await Promise.all(this.writing);
    this.rethrow();
  }
}

/**
 * Batches written at once by `wiretrace index add/poll`: two on a PostgreSQL server (while
 * one batch's backend waits on its index pages, the other's can use a core), one on PGlite
 * (one process, transactions serialised anyway). Measured on 2 cores into a copy of the 1M
 * bench index, 3,000 articles a run, interleaved, load ~8: 211, 207, 322 articles/s with two
 * writers against 147, 223, 265 with one (1.16× on the means; CPU per article the same).
 */
export function defaultWriters(db: Db): number {
  return db.engine === 'postgres' ? 2 : 1;
}

/** Ingest what `load` makes of each argument (a file or a URL). */
export async function addArticles(db: Db, args: string[], load: (arg: string) => Promise<Article>, options: IngestOptions = {}): Promise<RunSummary> {
  const run = await startRun(db, 'add');
  const rows = rowMaker(options.threads ?? 1);
  const batcher = new Batcher(db, run, rows, options.batchSize ?? 200, options.writers ?? 1, options.progress);
  try {
    for (const arg of args) {
      let article: Article;
      try {
        article = await load(arg);
      } catch (e) {
        await batcher.fail(arg, e);
        continue;
      }
      await batcher.push(arg, article);
    }
    await batcher.drain();
  } finally {
    await rows.close();
  }
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
  const rows = rowMaker(options.threads ?? 1);
  const batcher = new Batcher(db, run, rows, options.batchSize ?? 50, options.writers ?? 1, options.progress);
  const fail = (url: string, e: unknown) => batcher.fail(url, e);
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
      let article: Article;
      try {
        article = await fetchPage(link, options.fetch);
      } catch (e) {
        await fail(link, e);
        continue;
      }
      await batcher.push(link, article);
    }
  }
  try {
    await batcher.drain();
  } finally {
    await rows.close();
  }
  await finishRun(db, run, batcher.counts);
  return { run, ...batcher.counts };
}
