import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../core/types';
import { extractArticle } from './extract';
import { parseHtml } from './node-dom';

const dir = resolve(import.meta.dirname, '../../test-fixtures/seed-pair');
const expected = JSON.parse(readFileSync(resolve(dir, 'expected.json'), 'utf8')) as { not_article_text: string[] };
const load = (name: string, url: string): Article => {
  const html = readFileSync(resolve(dir, name), 'utf8');
  const a = extractArticle(parseHtml(html), url);
  if (!a) throw new Error(`no article in ${name}`);
  return a;
};
const bulletin = load('bulletin.html', 'https://bigtownbulletin.test/2025/04/18/ukraine-talks/');
const cbc = load('cbc.html', 'https://cbc.test/news/world/ukraine-us-talks-paris-1.7512345');
const bodyText = (a: Article) => a.blocks.map((b) => b.text).join('\n');

describe('extractArticle metadata', () => {
  it('prefers JSON-LD over the <title> and og:site_name', () => {
    expect(cbc.title).toBe('Talks about Ukraine with U.S. have put Europeans back at the table, France says');
    expect(cbc.siteName).toBe('CBC News'); // JSON-LD publisher, not og:site_name "CBC"
    expect(cbc.byline).toBe('Reuters');
    expect(cbc.published).toBe('2025-04-17T16:51:00.000Z');
    expect(cbc.modified).toBe('2025-04-17T19:05:00.000Z');
    // Served at cbc.test, the page's canonical on www.cbc.ca is another site's address: a page
    // speaks only for itself (issue 14, item 3). At home on cbc.ca it is the page's own.
    expect(cbc.canonicalUrl).toBeUndefined();
    expect(load('cbc.html', 'https://cbc.ca/news/world/ukraine-us-talks-paris-1.7512345?cmp=rss').canonicalUrl).toBe(
      'https://www.cbc.ca/news/world/ukraine-us-talks-paris-1.7512345',
    );
    expect(cbc.subtitle).toBe('Kyiv, European allies hope Washington will take a tougher line with Moscow');
    expect(cbc.lang).toBe('en');
  });

  it('reads og:title, og:site_name and article:published_time without JSON-LD', () => {
    expect(bulletin.title).toBe('Ukraine talks with US in Paris shows Europeans at the table, France says');
    expect(bulletin.title).not.toContain('Big Town Bulletin');
    expect(bulletin.siteName).toBe('Big Town Bulletin News');
    expect(bulletin.published).toBe('2025-04-18T09:12:44.000Z');
    expect(bulletin.byline).toBeUndefined();
    expect(bulletin.subtitle).toBeUndefined();
    expect(bulletin.lang).toBe('en-US');
  });

  it('strips the " – Site" suffix from <title> when nothing better exists', () => {
    const body = '<p>' + 'Officials said the bridge would reopen after repairs to its deck were finished. '.repeat(5) + '</p>';
    const a = extractArticle(
      parseHtml(`<html><head><title>Bridge to reopen in May &#8211; Riverside Daily</title></head>
      <body><div>${body.repeat(3)}</div></body></html>`),
      'https://riverside.test/a',
    );
    expect(a?.title).toBe('Bridge to reopen in May');
  });

  it('skips an author that is a profile URL and uses the next source of a name', () => {
    const body = '<p>' + 'The museum will open a new wing for regional art next spring, its director said. '.repeat(5) + '</p>';
    const a = extractArticle(
      parseHtml(`<html><head><title>Museum</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Museum","author":"https://www.facebook.com/someone"}</script>
      <meta name="author" content="Ana Ruiz"></head><body><article>${body.repeat(3)}</article></body></html>`),
      'https://museum.test/a',
    );
    expect(a?.byline).toBe('Ana Ruiz');
  });

  it('keeps only http(s) canonical URLs', () => {
    const body = '<p>' + 'The museum will open a new wing for regional art next spring, its director said. '.repeat(5) + '</p>';
    const a = extractArticle(
      parseHtml(`<html><head><link rel="canonical" href="javascript:alert(1)"><title>Museum</title></head>
      <body><article>${body.repeat(3)}</article></body></html>`),
      'https://museum.test/a',
    );
    expect(a?.canonicalUrl).toBeUndefined();
  });
});

describe('extractArticle blocks', () => {
  it('keeps sub-headings flagged and does not repeat headline or deck', () => {
    expect(cbc.blocks.filter((b) => b.heading).map((b) => b.text)).toEqual(['Security guarantees', 'Talks to reach nuclear deal with Iran']);
    expect(bulletin.blocks.filter((b) => b.heading).map((b) => b.text)).toEqual(['SECURITY GUARANTEES', 'IRAN TALKS']);
    for (const a of [cbc, bulletin]) {
      expect(a.blocks.some((b) => b.text === a.title)).toBe(false);
      if (a.subtitle) expect(a.blocks.some((b) => b.text === a.subtitle)).toBe(false);
    }
  });

  it('leaves page chrome out of the blocks', () => {
    const text = bodyText(bulletin);
    for (const chrome of expected.not_article_text) {
      const asLine = bulletin.blocks.some((b) => b.text.includes(chrome) && !/^For more/.test(b.text));
      expect(asLine, chrome).toBe(false);
    }
    expect(text).not.toMatch(/Recent Posts|Markets rally as tariff fears ease|Post Comment|Theme: Newsup/);
    expect(bodyText(cbc)).not.toMatch(/Related Stories|Top Stories|Radio-Canada/);
  });

  it('keeps trailing boilerplate and credit lines that are inside the article body', () => {
    const last = bulletin.blocks.slice(-3).map((b) => b.text);
    expect(last[0]).toBe('Please like, comment, and share this article if you found it helpful and informative.');
    expect(last[1]).toMatch(/^For more news check out/);
    expect(cbc.blocks.at(-1)?.text).toBe('With files from CBC News');
  });

  it('never mutates the page it reads', () => {
    const html = readFileSync(resolve(dir, 'bulletin.html'), 'utf8');
    const doc = parseHtml(html);
    const before = doc.documentElement.outerHTML;
    extractArticle(doc, 'https://bigtownbulletin.test/a');
    expect(doc.documentElement.outerHTML).toBe(before);
  });

  it('re-parses the markup when cloning the document throws (CRXJS dev content scripts)', () => {
    const doc = parseHtml(readFileSync(resolve(dir, 'cbc.html'), 'utf8'));
    doc.cloneNode = () => {
      throw new Error('Permission denied');
    };
    let parsed = 0;
    const a = extractArticle(doc, 'https://cbc.test/a', { parse: (h) => (parsed++, parseHtml(h)) });
    expect(parsed).toBe(1);
    expect(a?.blocks.length).toBe(cbc.blocks.length);
  });

  it('falls back to JSON-LD articleBody when the visible page is a paywall stub', () => {
    const body = 'The council voted on Tuesday to extend the transit line to the airport by 2030.';
    const ld = JSON.stringify({
      '@type': 'NewsArticle',
      headline: 'Transit line to reach airport',
      articleBody: `${body} ${body}\n\nThe vote was 9 to 2, and work starts next year after a final review of the costs.`,
    });
    const a = extractArticle(
      parseHtml(`<html><head><script type="application/ld+json">${ld}</script></head>
      <body><article><h1>Transit line to reach airport</h1><p>Subscribe to read the full story.</p></article></body></html>`),
      'https://x.test/a',
    );
    expect(a?.title).toBe('Transit line to reach airport');
    expect(a?.blocks.map((b) => b.text)).toEqual([`${body} ${body}`, 'The vote was 9 to 2, and work starts next year after a final review of the costs.']);
  });

  it('returns null for a page with no article text', () => {
    expect(extractArticle(parseHtml('<html><body><nav><a href="/">Home</a></nav><p>Hello.</p></body></html>'), 'https://x.test/')).toBeNull();
  });
});

describe('extractArticle signals', () => {
  const byName = (a: Article, name: string) => a.signals.find((s) => s.name === name);

  it('finds the blog comment form with its text as evidence', () => {
    const s = byName(bulletin, 'blog-comment-form');
    expect(s?.evidence).toContain('LEAVE A RESPONSE');
    expect(s?.evidence).toContain('Your email address will not be published');
    // The form itself as markup (a selector), not as English words (issue 16).
    expect(s?.evidence).toMatch(/form[#.]/);
    expect(s?.evidence).not.toMatch(/comment form/);
  });

  it('finds WordPress markup with the generator as evidence', () => {
    const s = byName(bulletin, 'blog-platform-markup');
    expect(s?.evidence).toContain('WordPress 6.5.2');
    expect(s?.evidence).toContain('.entry-content');
  });

  it("merges the engine's text-level signals, each with its evidence", () => {
    expect(byName(bulletin, 'engagement-boilerplate')?.evidence).toMatch(/^Please like, comment, and share/);
    expect(byName(bulletin, 'self-promotion')?.evidence).toMatch(/For more news check out/);
    expect(byName(bulletin, 'bare-wire-dateline')?.evidence).toMatch(/PARIS/);
    expect(new Set(bulletin.signals.map((s) => s.name)).size).toBe(bulletin.signals.length);
    expect(cbc.signals).toEqual([]);
  });

  it('flags a page with no byline and no credit, not one with a byline', () => {
    expect(byName(bulletin, 'no-byline-or-credit')).toBeDefined();
    expect(byName(cbc, 'no-byline-or-credit')).toBeUndefined();
    expect(byName(cbc, 'blog-comment-form')).toBeUndefined();
    expect(byName(cbc, 'blog-platform-markup')).toBeUndefined();
  });

  it('does not flag a missing byline when the text carries a wire credit', () => {
    const body = '<p>' + 'Officials said the bridge would reopen after repairs to its deck were finished. '.repeat(5) + '</p>';
    const a = extractArticle(
      parseHtml(`<html><head><title>Bridge</title></head><body><article>
      <p>OTTAWA (Reuters) - The bridge will reopen, officials said on Monday after weeks of repair work on its deck.</p>${body.repeat(3)}</article></body></html>`),
      'https://x.test/a',
    );
    expect(a?.signals.find((s) => s.name === 'no-byline-or-credit')).toBeUndefined();
  });
});
