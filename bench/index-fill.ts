// The shared-index bench's background articles (bench/index-server.ts), made in worker
// threads: synthetic word-hash articles (bench/word-library.ts: Zipf vocabulary, 300–900
// words) fingerprinted by the same core code as real text (fingerprintShingles: MinHash,
// whole-article band keys, passage keys), returned as COPY text for articles and band_keys.
import { parentPort } from 'node:worker_threads';
import { fingerprintShingles } from '../src/core/index/fingerprint.ts';
import { shinglesOfWords } from '../src/core/index/shingles.ts';
import { signatureBytes } from '../src/server/article-row.ts';
import { WordLibrary } from './word-library.ts';

export interface FillJob {
  firstId: number;
  count: number;
  seed: number;
}

export interface FillChunk {
  articles: string;
  postings: string;
  keys: number;
}

export function fillChunk(job: FillJob): FillChunk {
  const words = new WordLibrary(job.seed);
  const articles: string[] = [];
  const postings: string[] = [];
  let keys = 0;
  for (let i = 0; i < job.count; i++) {
    const id = job.firstId + i;
    const fp = fingerprintShingles(shinglesOfWords(words.article()));
    const host = `outlet${id % 200}.test`;
    const url = `https://${host}/news/${id}`;
    // COPY text format; bytea as \\x hex. Text is a short placeholder (see BENCHMARKS.md).
    articles.push(
      `${id}\t${url}\t${url}\t${host}\tSynthetic story ${id}\tsynthetic\t\\\\x${Buffer.from(signatureBytes(fp.sig)).toString('hex')}\t${fp.size}\n`,
    );
    for (const k of new Set(fp.bands)) {
      postings.push(`${k}\t${id}\n`);
      keys++;
    }
  }
  return { articles: articles.join(''), postings: postings.join(''), keys };
}

parentPort?.on('message', (job: FillJob) => parentPort?.postMessage(fillChunk(job)));
