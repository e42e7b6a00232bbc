// The page-kind evidence arrives with an article read from a page: every field is the page's.
import { describe, expect, it } from 'vitest';
import { judgeNewsPage } from '../core/news-page';
import { validateArticle, validateEvidence } from './validate-article';

describe('validateEvidence', () => {
  it('clamps counts, drops odd values and caps strings', () => {
    const e = validateEvidence({
      types: ['NewsArticle', 42, 'x'.repeat(500), ...Array.from({ length: 100 }, () => 'Thing')],
      ogType: ' ARTICLE ',
      published: 'yes',
      posts: -5,
      postShare: 7,
      editLinks: Number.NaN,
      linksPerParagraph: 1e300,
      codeBlocks: '9',
      extra: 'dropped',
    });
    expect(e.types.length).toBeLessThanOrEqual(40);
    expect(e.types[1].length).toBe(60);
    expect(e).toMatchObject({ ogType: 'article', published: false, posts: 0, postShare: 1, editLinks: 0, linksPerParagraph: 100, codeBlocks: 0 });
    expect('extra' in e).toBe(false);
  });

  it('travels with a validated article and still decides', () => {
    const a = validateArticle({
      url: 'https://shop.test/x',
      title: 'X',
      blocks: [{ text: 'Some product text.' }],
      signals: [],
      evidence: { types: ['Product'] },
    });
    expect(judgeNewsPage(a)).toMatchObject({ answer: 'not-news', kind: 'product' });
  });
});
