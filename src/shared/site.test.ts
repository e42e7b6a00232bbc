import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openLibrary } from '../background/library';
import { readMetadata } from '../extract/metadata';
import { parseHtml } from '../extract/node-dom';
import { registrableDomain, sameSite } from './site';
import { validateArticle } from './validate-article';

describe('registrableDomain', () => {
  it('finds the site a host belongs to', () => {
    expect(registrableDomain('www.cbc.ca')).toBe('cbc.ca');
    expect(registrableDomain('News.BBC.co.uk')).toBe('bbc.co.uk');
    expect(registrableDomain('www.abc.net.au')).toBe('abc.net.au');
    expect(registrableDomain('www3.nhk.or.jp')).toBe('nhk.or.jp');
    expect(registrableDomain('a.b.lemonde.fr')).toBe('lemonde.fr');
    expect(registrableDomain('someone.github.io')).toBe('someone.github.io');
    expect(registrableDomain('x.y.blogspot.com')).toBe('y.blogspot.com');
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('localhost')).toBe('localhost');
  });
  it('tells sites apart', () => {
    expect(sameSite('https://www.cbc.ca/news/1', 'http://cbc.ca/news/1')).toBe(true);
    expect(sameSite('https://m.bbc.co.uk/x', 'https://www.bbc.co.uk/x')).toBe(true);
    expect(sameSite('http://evil.test/a', 'http://cbc.test/story')).toBe(false);
    expect(sameSite('https://evil.co.uk/a', 'https://bbc.co.uk/a')).toBe(false);
    expect(sameSite('https://evil.github.io/a', 'https://victim.github.io/a')).toBe(false);
    expect(sameSite('https://127.0.0.2/a', 'https://127.0.0.1/a')).toBe(false);
    expect(sameSite('javascript:alert(1)', 'javascript:alert(1)')).toBe(false);
  });
});

// Issue 14, item 3: a page on evil.test with <link rel="canonical" href="http://cbc.test/story">
// replaced the library's CBC record with its own text.
describe('a canonical URL on another site', () => {
  const html = (canonical: string, og: string) =>
    `<html><head><link rel="canonical" href="${canonical}"><meta property="og:url" content="${og}"></head><body></body></html>`;

  it('is not read from the page', () => {
    expect(readMetadata(parseHtml(html('http://cbc.test/story', 'http://cbc.test/story')), 'http://evil.test/copy').canonicalUrl).toBeUndefined();
    expect(readMetadata(parseHtml(html('http://cbc.test/story', 'http://www.evil.test/c')), 'http://evil.test/copy').canonicalUrl).toBe(
      'http://www.evil.test/c',
    );
    expect(readMetadata(parseHtml(html('/amp/x', '')), 'http://m.evil.test/copy').canonicalUrl).toBe('http://m.evil.test/amp/x');
  });

  it('is dropped when an article arrives, and never replaces the other site’s stored version', async () => {
    const lib = await openLibrary(`site-${Math.random()}`);
    const cbc = await lib.putArticle(
      { url: 'http://cbc.test/story', title: 'CBC story', blocks: [{ text: 'The minister said the plan works.' }], signals: [] },
      'visited',
    );
    const sent = {
      url: 'http://evil.test/copy',
      canonicalUrl: 'http://cbc.test/story',
      title: 'Evil story',
      blocks: [{ text: 'The minister said "I lied."' }],
      signals: [],
    };
    expect(validateArticle(sent).canonicalUrl).toBeUndefined();
    // Also when it reaches the library without validateArticle (an import, an older caller).
    const evil = await lib.putArticle(sent, 'visited');
    expect(evil.id).not.toBe(cbc.id);
    expect((await lib.getArticleByUrl('http://cbc.test/story'))?.article.title).toBe('CBC story');
    lib.close();
  });
});
