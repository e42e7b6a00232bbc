import { describe, expect, it } from 'vitest';
import { articleNode, JSONLD_LIMITS, jsonLdTypes, nameOf, parseJsonLd } from './jsonld';

describe('parseJsonLd (page-controlled JSON-LD, bounded)', () => {
  it('flattens @graph, arrays and mainEntity', () => {
    const graph = JSON.stringify({
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebPage', mainEntity: { '@type': 'https://schema.org/NewsArticle', headline: 'H' } },
        { '@type': 'Organization', name: 'Org' },
      ],
    });
    const nodes = parseJsonLd([graph, JSON.stringify([{ '@type': ['Thing', 'BreadcrumbList'] }])]);
    expect(jsonLdTypes(nodes)).toEqual(['WebPage', 'NewsArticle', 'Organization', 'Thing', 'BreadcrumbList']);
    expect(articleNode(nodes)?.headline).toBe('H');
  });

  it('skips a malformed block and still reads the next one', () => {
    const nodes = parseJsonLd(['{"@type": "Product", ', '{"@type":"NewsArticle"}', 'null', '"text"', '[[[[[[[[[[[[[[[[{"@type":"Deep"}]]]]]]]]]]]]]]]]']);
    expect(jsonLdTypes(nodes)).toEqual(['NewsArticle']);
  });

  it('skips an oversized block whole and stops at the node cap', () => {
    const big = JSON.stringify({ '@type': 'NewsArticle', articleBody: 'x'.repeat(JSONLD_LIMITS.blockChars) });
    expect(parseJsonLd([big])).toEqual([]);
    const many = JSON.stringify({ '@graph': Array.from({ length: 5000 }, () => ({ '@type': 'Product' })) });
    expect(parseJsonLd([many]).length).toBe(JSONLD_LIMITS.nodes);
  });

  it('survives hostile nesting in names', () => {
    let deep: unknown = 'Name';
    for (let i = 0; i < 10_000; i++) deep = { name: deep };
    expect(nameOf(deep)).toBeUndefined();
    expect(nameOf([{ name: 'A' }, 'B', { name: 'A' }])).toBe('A, B');
  });
});
