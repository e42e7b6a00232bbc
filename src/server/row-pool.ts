// Fingerprinting (text → word shingles → MinHash → band keys, src/core/index) is the CPU
// part of ingest: ~1 ms per article on one idle core, as much as the database's share. Worker
// threads spread it over the machine's cores while the main thread feeds PostgreSQL, so the
// two overlap. Each worker runs the very rowOf the inline path runs (row-worker.ts).
import { availableParallelism } from 'node:os';
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

class RowPool implements RowMaker {
  private readonly workers: Worker[] = [];
  private readonly waiting = new Map<number, { resolve: (r: ArticleRow) => void; reject: (e: Error) => void }>();
  private readonly busy: number[];
  private next = 0;

  constructor(threads: number) {
    this.busy = new Array(threads).fill(0);
    for (let i = 0; i < threads; i++) {
      // A .mjs bootstrap registers tsx's loader in the worker (the CLI runs TypeScript
      // through tsx, bin/wiretrace.mjs) before importing the TypeScript worker.
      const w = new Worker(new URL('./row-worker.mjs', import.meta.url));
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
  }

  private failAll(e: Error): void {
    for (const job of this.waiting.values()) job.reject(e);
    this.waiting.clear();
  }

  row(article: Article, fetchedUrl?: string): Promise<ArticleRow> {
    const id = this.next++;
    // The least busy worker: articles differ in length ten-fold.
    const i = this.busy.indexOf(Math.min(...this.busy));
    this.busy[i]++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.workers[i].ref();
      this.workers[i].postMessage({ id, article, fetchedUrl });
    }).finally(() => {
      if (this.busy[i] === 0) this.workers[i].unref();
    }) as Promise<ArticleRow>;
  }

  async close(): Promise<void> {
    this.failAll(new Error('fingerprint pool closed'));
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

/** One fingerprinting thread per core, at most 4 (the database needs the rest). */
export function defaultThreads(): number {
  return Math.min(4, availableParallelism());
}

/** Worker threads for `threads` > 1, else inline. */
export function rowMaker(threads: number): RowMaker {
  return threads > 1 ? new RowPool(threads) : inlineRows();
}
