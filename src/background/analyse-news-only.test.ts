// News articles only (issue 10): what the worker does with each answer of core/news-page.ts.
import { describe, expect, it } from 'vitest';
import { NO_EVIDENCE, type PageEvidence } from '../core/news-page';
import { analyseArticle } from './analyse';
import { article, fakeCompare, fakeLibrary } from './testing';

const none: PageEvidence = { ...NO_EVIDENCE, types: [] };
const orig = article('https://a-wire.example/story');
const product = { ...article('https://shop.example/kettle'), evidence: { ...none, types: ['Product', 'Offer'], ogType: 'product' } };
const plain = { ...article('https://someone.example/notes'), evidence: none };
const news = { ...article('https://c-paper.example/story'), evidence: { ...none, ogType: 'article' } };
const urls = (library: ReturnType<typeof fakeLibrary>) => [...library.items.values()].map((v) => v.article.url);

describe('analyseArticle: news articles only', () => {
  it('a product page is neither kept nor compared, even when it shares text', async () => {
    const library = fakeLibrary();
    await library.putArticle(orig, 'visited');
    const compare = () => {
      throw new Error('compared a product page');
    };
    const state = await analyseArticle(product, { library, compare, remember: true });
    expect(state).toEqual({ state: 'not-news', kind: 'product' });
    expect(urls(library)).toEqual([orig.url]);
  });

  it('a page with no sign either way is compared, not kept, and the report says it does not look like news', async () => {
    const library = fakeLibrary();
    await library.putArticle(orig, 'visited');
    const state = await analyseArticle(plain, { library, compare: fakeCompare({ [plain.url]: { [orig.url]: 0.9 } }), remember: true });
    if (state.state !== 'report') throw new Error(state.state);
    expect(state.report.pageNotNews).toBe(true);
    expect(urls(library)).toEqual([orig.url]);
  });

  it('the same page sharing nothing: not kept, no badge state, and never sent to discovery', async () => {
    const library = fakeLibrary();
    const discover = async () => {
      throw new Error('looked further for a page that is not news');
    };
    const state = await analyseArticle(plain, { library, compare: fakeCompare({}), remember: true, discover });
    expect(state).toEqual({ state: 'not-news', compared: true });
    expect(urls(library)).toEqual([]);
  });

  it('a news page is kept without its markup evidence', async () => {
    const library = fakeLibrary();
    const state = await analyseArticle(news, { library, compare: fakeCompare({}), remember: true });
    expect(state).toMatchObject({ state: 'no-known-version', article: { kept: true } });
    const [stored] = [...library.items.values()];
    expect(stored.article.url).toBe(news.url);
    expect('evidence' in stored.article).toBe(false);
  });
});
