// The names a page's metadata gives (JSON-LD author, publisher, sourceOrganization, isBasedOn,
// <meta name="author">, article:author), read where the page is parsed. Snippets follow real
// pages' markup (Yoast @graph references, NYT/Engadget sourceOrganization, AP-style bylines);
// the stories are invented.
import { describe, expect, it } from 'vitest';
import { CLAIM_LIMITS } from './credit-claims';
import { extractArticle } from './extract';
import { JSONLD_LIMITS } from '../core/jsonld';
import { parseHtml } from './node-dom';

const body = Array.from(
  { length: 4 },
  (_, i) => `<p>Paragraph ${i + 1} of the harbour story: the council voted on the new bridge after a long debate about its cost and the ferry it replaces.</p>`,
).join('');

function page(head: string): string {
  return `<!doctype html><html lang="en"><head><title>Harbour bridge vote delayed</title>${head}</head><body><article><h1>Harbour bridge vote delayed</h1>${body}</article></body></html>`;
}
const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
const claimsOf = (head: string, url = 'https://dailypaper.test/story') => extractArticle(parseHtml(page(head)), url)?.creditClaims ?? [];

describe('credit claims in page metadata', () => {
  it('reads sourceOrganization, isBasedOn (address or work), an organisation author and a person with an affiliation', () => {
    const claims = claimsOf(
      ld({
        '@context': 'https://schema.org',
        '@type': 'NewsArticle',
        headline: 'Harbour bridge vote delayed',
        author: [
          { '@type': 'Person', name: 'Jan M. Olsen', affiliation: { '@type': 'Organization', name: 'Associated Press' } },
          { '@type': 'Organization', name: 'Reuters' },
        ],
        publisher: { '@type': 'NewsMediaOrganization', name: 'Daily Paper', url: 'https://dailypaper.test/' },
        sourceOrganization: { '@type': 'Organization', name: 'The Canadian Press' },
        isBasedOn: ['https://www.cbc.ca/news/canada/harbour-bridge-1.7000001', { '@type': 'NewsArticle', publisher: { name: 'The Washington Post' } }],
      }),
    );
    expect(claims).toEqual([
      { field: 'author', name: 'Jan M. Olsen', type: 'Person', affiliation: 'Associated Press' },
      { field: 'author', name: 'Reuters', type: 'Organization' },
      { field: 'publisher', name: 'Daily Paper', type: 'NewsMediaOrganization', url: 'https://dailypaper.test/' },
      { field: 'sourceOrganization', name: 'The Canadian Press', type: 'Organization' },
      { field: 'isBasedOn', url: 'https://www.cbc.ca/news/canada/harbour-bridge-1.7000001' },
      { field: 'isBasedOn', name: 'The Washington Post', type: 'NewsArticle' },
    ]);
  });

  it('follows an @id reference into the graph (Yoast-style author and worksFor)', () => {
    const claims = claimsOf(
      ld({
        '@context': 'https://schema.org',
        '@graph': [
          { '@type': 'NewsArticle', '@id': 'https://dailypaper.test/story#article', author: { '@id': 'https://dailypaper.test/#/schema/person/1' } },
          { '@type': 'Person', '@id': 'https://dailypaper.test/#/schema/person/1', name: 'Jill Colvin', worksFor: { '@id': 'https://apnews.test/#org' } },
          { '@type': 'Organization', '@id': 'https://apnews.test/#org', name: 'The Associated Press' },
        ],
      }),
    );
    expect(claims).toContainEqual({
      field: 'author',
      name: 'Jill Colvin',
      type: 'Person',
      affiliation: 'The Associated Press',
      url: 'https://dailypaper.test/#/schema/person/1',
    });
  });

  it('reads <meta name="author"> and article:author, but not a profile address', () => {
    const claims = claimsOf(
      '<meta name="author" content="By Ellen Knickmeyer, Associated Press"><meta property="article:author" content="https://www.facebook.com/someone">',
    );
    expect(claims).toEqual([{ field: 'meta-author', name: 'By Ellen Knickmeyer, Associated Press' }]);
    expect(claimsOf('<meta property="article:author" content="Reuters">')).toEqual([{ field: 'article-author', name: 'Reuters' }]);
  });

  it('reads only the article node: an image’s sourceOrganization (a photo library) is not the article’s', () => {
    const claims = claimsOf(
      ld({
        '@type': 'NewsArticle',
        image: { '@type': 'ImageObject', url: 'https://img.test/a.jpg', sourceOrganization: { '@type': 'Organization', name: 'Pixabay' } },
        author: { '@type': 'Organization', name: 'DailyPaper.test' },
      }),
    );
    expect(claims).toEqual([{ field: 'author', name: 'DailyPaper.test', type: 'Organization' }]);
  });

  it('is bounded on page-controlled JSON: long lists, long strings, oversized and broken blocks', () => {
    const many = claimsOf(ld({ '@type': 'NewsArticle', author: Array.from({ length: 500 }, (_, i) => ({ '@type': 'Person', name: `Writer ${i}` })) }));
    expect(many).toHaveLength(CLAIM_LIMITS.perField);
    const long = claimsOf(ld({ '@type': 'NewsArticle', sourceOrganization: { name: 'A'.repeat(100_000) } }));
    expect(long[0].name).toHaveLength(CLAIM_LIMITS.chars);
    // A block over the size cap is not parsed; a broken one is skipped without hiding the next.
    const huge = ld({ '@type': 'NewsArticle', sourceOrganization: 'Reuters', articleBody: 'x'.repeat(JSONLD_LIMITS.blockChars) });
    expect(claimsOf(huge)).toEqual([]);
    expect(
      claimsOf(
        `<script type="application/ld+json">{"@type": "NewsArticle", "author": </script>${ld({ '@type': 'NewsArticle', sourceOrganization: 'Reuters' })}`,
      ),
    ).toEqual([{ field: 'sourceOrganization', name: 'Reuters' }]);
    // Deep nesting (100,000 levels) is read one level into a node at most.
    const n = 100_000;
    const deep = `{"@type": "NewsArticle", "isBasedOn": ${'{"@type": "CreativeWork", "publisher": '.repeat(n)}{"name": "Deep Agency"}${'}'.repeat(n)}}`;
    expect(claimsOf(`<script type="application/ld+json">${deep}</script>`)).toEqual([]);
  });
});
