// One fingerprint worker (row-pool.ts): Article in, ArticleRow out, errors as messages.
import { parentPort } from 'node:worker_threads';
import type { Article } from '../core/types';
import { rowOf } from './article-row';

parentPort?.on('message', (m: { id: number; article: Article; fetchedUrl?: string }) => {
  try {
    parentPort?.postMessage({ id: m.id, row: rowOf(m.article, m.fetchedUrl) });
  } catch (e) {
    parentPort?.postMessage({ id: m.id, error: e instanceof Error ? e.message : String(e) });
  }
});
