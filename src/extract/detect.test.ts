import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeArticle } from './detect';
import { parseHtml } from './node-dom';

const seed = (name: string) => readFileSync(resolve(import.meta.dirname, '../../test-fixtures/seed-pair', name), 'utf8');

describe('looksLikeArticle', () => {
  it('accepts both seed pages', () => {
    expect(looksLikeArticle(parseHtml(seed('bulletin.html')))).toBe(true);
    expect(looksLikeArticle(parseHtml(seed('cbc.html')))).toBe(true);
  });

  it('rejects a search/home page with only links and short text', () => {
    const doc = parseHtml(`<!doctype html><html><head><title>Example Search</title>
      <meta property="og:type" content="website"></head><body>
      <nav><a href="/">Home</a> <a href="/news">News</a></nav>
      <form><input name="q"><button>Search</button></form>
      <ul><li><a href="/a">First result</a></li><li><a href="/b">Second result</a></li></ul>
      <footer>© Example</footer></body></html>`);
    expect(looksLikeArticle(doc)).toBe(false);
  });

  it('finds an article type inside a JSON-LD @graph with a type list', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">
      {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"X"},
      {"@type":["ReportageNewsArticle"],"headline":"H"}]}</script></head><body><p>Short.</p></body></html>`);
    expect(looksLikeArticle(doc)).toBe(true);
  });

  it('does not take a WebPage-only JSON-LD block for an article', () => {
    const doc = parseHtml(`<html><head><script type="application/ld+json">{"@type":"WebPage","name":"Shop"}</script>
      </head><body><p>Buy now.</p></body></html>`);
    expect(looksLikeArticle(doc)).toBe(false);
  });

  it('falls back to the readerable heuristic for long unmarked text', () => {
    const para = '<p>' + 'The council voted on Tuesday to extend the transit line to the airport. '.repeat(6) + '</p>';
    const doc = parseHtml(`<html><head><title>t</title></head><body><div>${para.repeat(4)}</div></body></html>`);
    expect(looksLikeArticle(doc)).toBe(true);
  });
});
