// Issue 14, item 6: a page calling replaceState every 1.5 s stored a new ~0.9 MB article
// each time and evicted the reader's library (CBC's article gone within 30 s at a 10 MB cap).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArticleGenerator } from '../../core/index/synthetic';
import type { Article, Report } from '../../core/types';
import { analyseArticle } from '../analyse';
import { openLibrary } from './index';
import { SITE_WINDOW_ARTICLES, SITE_WINDOW_MS } from './site-quota';

const gen = new ArticleGenerator(606);
const unrelated = (() => ({ verdict: 'unrelated' }) as Report) as (a: Article, b: Article) => Report;

/** ~180 KB of distinct text at a new address (the attack's were ~0.9 MB against a 10 MB cap; scaled down 5×). */
function flood(i: number): Article {
  const text = `Paragraph ${i} ` + 'word '.repeat(1_800);
  return {
    url: `http://evil.test/story?page=${i}`,
    title: `Flood ${i}`,
    blocks: Array.from({ length: 20 }, (_, k) => ({ text: `${k} ${text}` })),
    signals: [],
  };
}

describe('per-site share of the library', () => {
  it('one site’s flood of new articles does not evict the reader’s library', async () => {
    let now = 1_000_000;
    const lib = await openLibrary(`quota-${Math.random()}`, { now: () => now });
    await lib.setCapBytes(2 * 1024 * 1024);
    const cbc = gen.article('cbc.test');
    const deps = { library: lib, compare: unrelated, remember: true };
    await analyseArticle(cbc, deps);
    // 14 × ~180 KB is past the 2 MB cap: without a per-site share CBC is evicted.
    for (let i = 0; i < 14; i++) {
      now += 1500;
      await analyseArticle(flood(i), deps);
    }
    expect(await lib.getArticleByUrl(cbc.url), 'the reader’s CBC article').toBeDefined();
    const usage = await lib.usage();
    expect(usage.count).toBeLessThanOrEqual(3);
    // Other sites are not held back, and a revisit of a stored page is free.
    const other = gen.article('other.test');
    await analyseArticle(other, deps);
    await analyseArticle(flood(0), deps);
    expect(await lib.getArticleByUrl(other.url)).toBeDefined();
    // After the window, the site may add again.
    now += SITE_WINDOW_MS;
    await analyseArticle(flood(100), deps);
    expect(await lib.getArticleByUrl(flood(100).url)).toBeDefined();
    lib.close();
  }, 120_000);

  it('caps the count of small new articles per site per hour', async () => {
    let now = 5_000_000;
    const lib = await openLibrary(`quota-n-${Math.random()}`, { now: () => now });
    const deps = { library: lib, compare: unrelated, remember: true };
    for (let i = 0; i < SITE_WINDOW_ARTICLES + 10; i++) {
      now += 1000;
      await analyseArticle({ ...gen.article('spam.test'), url: `http://spam.test/p/${i}` }, deps);
    }
    expect((await lib.usage()).count).toBe(SITE_WINDOW_ARTICLES);
    lib.close();
  }, 120_000);
});
