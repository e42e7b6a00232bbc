// The fingerprint workers of `index add/poll`: the esbuild bundle they start from and the tsx
// bootstrap it falls back to both give exactly the rows the inline path gives.
import { describe, expect, it } from 'vitest';
import { rowOf } from './article-row';
import { defaultThreads, rowMaker, workerModule } from './row-pool';
import { fixtureArticle } from './testing';

const cbc = fixtureArticle('cbc.html', 'https://www.cbc.ca/news/world/story-1.123');
const bulletin = fixtureArticle('bulletin.html', 'https://bigtownbulletin.com/2025/04/story');

async function rowsFrom(code: Promise<URL>) {
  const pool = rowMaker(2, code);
  try {
    return await Promise.all([pool.row(cbc), pool.row(bulletin), pool.row({ ...bulletin, url: '' }, 'https://example.test/fetched')]);
  } finally {
    await pool.close();
  }
}

describe('fingerprint workers', () => {
  const inline = [rowOf(cbc), rowOf(bulletin), rowOf({ ...bulletin, url: '' }, 'https://example.test/fetched')];

  it('start from one bundled module, not through the tsx loader', async () => {
    expect((await workerModule()).protocol).toBe('data:');
  });

  it('give the inline rows from the bundle and from the tsx bootstrap (the fallback)', { timeout: 60_000 }, async () => {
    for (const code of [workerModule(), Promise.resolve(new URL('./row-worker.mjs', import.meta.url))]) {
      const rows = await rowsFrom(code);
      expect(rows.map((r) => ({ ...r, signature: [...r.signature] }))).toEqual(inline.map((r) => ({ ...r, signature: [...r.signature] })));
    }
  });

  it('run inline on up to 2 cores, else one per core up to 4', () => {
    expect([1, 2, 3, 4, 16].map((n) => defaultThreads(n))).toEqual([1, 1, 3, 4, 4]);
  });
});
