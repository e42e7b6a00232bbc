// Fingerprinting (text → word shingles → MinHash → band keys, src/core/index) is the CPU
// part of ingest: ~0.3 ms per article on one core. Worker threads spread it over the
// machine's cores while the main thread feeds PostgreSQL; inline, it still overlaps the
// database's work on the previous batch (another process). Each worker runs the very rowOf
// the inline path runs (row-worker.ts).
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article } from '../core/types';
import { rowOf, type ArticleRow } from './article-row';

export interface RowMaker {
  row(article: Article, fetchedUrl?: string): Promise<ArticleRow>;
  close(): Promise<void>;
}

/** rowOf on the calling thread (PGlite tests, one-core machines). */
export function inlineRows(): RowMaker {
  return { row: async (article, fetchedUrl) => rowOf(article, fetchedUrl), close: async () => {} };
}

type Reply = { id: number; row?: ArticleRow; error?: string };

let workerCode: Promise<URL> | undefined;

/**
 * The worker's code as one ES module: row-worker.ts and the core modules it imports, bundled
 * by esbuild (the transformer tsx itself runs) from the source of this very checkout, so it
 * is never stale. A worker starts from it as from any plain module; through tsx's loader
 * (row-worker.mjs, the fallback when esbuild cannot be loaded) each worker spent ~0.55 CPU-s
 * starting. Bundled once per process.
 */
export function workerModule(): Promise<URL> {
  workerCode ??= (async () => {
    try {
      const { build } = await import('esbuild');
      const out = await build({
        entryPoints: [fileURLToPath(new URL('./row-worker.ts', import.meta.url))],
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'node20',
        write: false,
        logLevel: 'silent',
      });
      return new URL(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);
    } catch {
      return new URL('./row-worker.mjs', import.meta.url);
    }
  })();
  return workerCode;
}

class RowPool implements RowMaker {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: ArticleRow) => void; reject: (e: Error) => void }>();
  private readonly busy: number[];
  private readonly ready: Promise<void>;
  private next = 0;

  constructor(threads: number, code: Promise<URL>) {
    this.busy = new Array(threads).fill(0);
    this.ready = code.then((url) => {
      for (let i = 0; i < threads; i++) {
        const w = new Worker(url);
        w.on('message', (m: Reply) => {
          this.busy[i]--;
          const job = this.waiting.get(m.id);
          this.waiting.delete(m.id);
          if (m.row) job?.resolve(m.row);
          else job?.reject(new Error(m.error ?? 'fingerprint worker failed'));
        });
        w.on('error', (e: Error) => this.failAll(e));
        // Idle workers must not keep the process alive after the last job.
        w.unref();
        this.workers.push(w);
      }
    });
  }

  private failAll(e: Error): void {
    for (const job of this.waiting.values()) job.reject(e);
    this.waiting.clear();
  }

  async row(article: Article, fetchedUrl?: string): Promise<ArticleRow> {
    await this.ready;
    const id = this.next++;
    // The least busy worker: articles differ in length ten-fold.
    const i = this.busy.indexOf(Math.min(...this.busy));
    this.busy[i]++;
    return new Promise<ArticleRow>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[i].ref();
      this.workers[i].postMessage({ id, article, fetchedUrl });
    }).finally(() => {
      if (this.busy[i] === 0) this.workers[i].unref();
    });
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    this.failAll(new Error('fingerprint pool closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/**
 * Fingerprinting threads for `index add/poll`: inline (1) on up to 2 cores, else one worker per
 * core, at most 4. Measured on 2 cores (4,000 articles into an empty PostgreSQL index, three
 * runs each, interleaved, load ~9): inline cost 0.66–0.69 ms of Node CPU per article and 2
 * bundled workers 1.11–1.15 ms (each worker's start-up, the copies to and from it, a second
 * JIT and heap), while PostgreSQL, not Node, held the cores; wall clock 448–507 against
 * 345–567 articles/s. Above 2 cores the workers' parallelism is not measured here.
 */
export function defaultThreads(cores = availableParallelism()): number {
  return cores <= 2 ? 1 : Math.min(4, cores);
}

/** Worker threads for `threads` > 1 (from `code`, by default the bundled module), else inline. */
export function rowMaker(threads: number, code: Promise<URL> = workerModule()): RowMaker {
  return threads > 1 ? new RowPool(threads, code) : inlineRows();
}
