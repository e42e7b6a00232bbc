// News articles only (issue 10): small hand-written pages of each kind, read as the worker
// reads them (extractArticle on the markup, then core/news-page.ts decides).
import { describe, expect, it } from 'vitest';
import { judgeNewsPage } from '../core/news-page';
import { extractArticle } from './extract';
import { parseHtml } from './node-dom';

const prose = (topic: string, n = 4) =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} about ${topic} goes on for a while, with enough ordinary words in it to read as running prose rather than a caption or a label, and it ends here.</p>`,
  ).join('\n');

const page = (head: string, body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>T</title>${head}</head><body>${body}</body></html>`;

function judge(html: string, url = 'https://site.test/page') {
  const article = extractArticle(parseHtml(html), url, { parse: parseHtml });
  expect(article, 'the cheap gate and extraction let the page through').not.toBeNull();
  return judgeNewsPage(article!);
}

const ld = (v: unknown) => `<script type="application/ld+json">${JSON.stringify(v)}</script>`;

describe('judgeNewsPage on hand-written pages', () => {
  it('refuses a product page (Product JSON-LD, og:type product, price and cart)', () => {
    const html = page(
      `<meta property="og:type" content="product">${ld({ '@context': 'https://schema.org', '@type': 'Product', name: 'Trail kettle', offers: { '@type': 'Offer', price: '39.00' } })}`,
      `<main><h1>Trail kettle, 1.2 litres</h1><p class="price" itemprop="price">39.00</p><button>Add to cart</button>${prose('the kettle and its steel body')}</main>`,
    );
    expect(judge(html)).toMatchObject({ answer: 'not-news', kind: 'product' });
  });

  it('refuses a forum thread by its shape alone (posts hold the text, reply buttons)', () => {
    const posts = Array.from(
      { length: 6 },
      (_, i) =>
        `<div class="topic-post" id="post_${i + 1}"><div class="names">user${i}</div><div class="cooked"><p>Reply ${i + 1}: I had the same problem with my router after the update, and resetting it to factory settings did not help at all, so I rolled back.</p></div><button class="reply">Reply</button></div>`,
    ).join('\n');
    const html = page('<meta property="og:type" content="website">', `<main><h1>Router drops connection after update</h1>${posts}</main>`);
    expect(judge(html)).toMatchObject({ answer: 'not-news', kind: 'forum' });
  });

  it('refuses an encyclopedia entry even when it declares Article and a date (infobox, [edit], linked prose)', () => {
    const linked = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>The <a href="/wiki/River">river</a> rises in the <a href="/wiki/Hills">hills</a> near <a href="/wiki/Town_${i}">Town ${i}</a> and flows past the <a href="/wiki/Mill">old mill</a> into the <a href="/wiki/Bay">bay</a>, where it forms a wide estuary.</p>`,
    ).join('\n');
    const html = page(
      ld({ '@context': 'https://schema.org', '@type': 'Article', name: 'Northwater River', datePublished: '2004-05-01T00:00:00Z' }),
      `<main><h1>Northwater River</h1><table class="infobox"><tr><th>Length</th><td>84 km</td></tr></table>${linked}<h2>Course<span class="mw-editsection">[<a href="/w/index.php?title=N&action=edit&section=1">edit</a>]</span></h2>${prose('the river course', 2)}<h2>History<span class="mw-editsection">[<a href="/w/index.php?title=N&action=edit&section=2">edit</a>]</span></h2>${prose('the history', 2)}</main>`,
    );
    expect(judge(html)).toMatchObject({ answer: 'not-news', kind: 'encyclopedia' });
  });

  it('refuses a docs page (navigation sidebar, code blocks, API headings)', () => {
    const nav = `<nav class="sidebar">${Array.from({ length: 45 }, (_, i) => `<a href="/docs/page-${i}">Page ${i}</a>`).join(' ')}</nav>`;
    const code = (i: number) => `<pre><code>const r${i} = await client.fetch('/items/${i}', { retries: 2 });</code></pre>`;
    const html = page(
      '<meta property="og:type" content="website">',
      `${nav}<main><h1>Client API</h1>${prose('the client', 2)}<h2>client.fetch(path, options)</h2>${code(1)}${prose('fetching', 1)}<h2>client.close()</h2>${code(2)}${code(3)}${prose('closing', 1)}</main>`,
    );
    expect(judge(html)).toMatchObject({ answer: 'not-news', kind: 'docs' });
  });

  it('keeps a news page whose only sign is og:type article', () => {
    const html = page(
      '<meta property="og:type" content="article">',
      `<article><h1>Council approves new ferry schedule</h1>${prose('the ferry schedule')}</article>`,
    );
    expect(judge(html)).toMatchObject({ answer: 'news' });
  });

  it('keeps a news page whose only sign is a NewsArticle inside a JSON-LD @graph', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        { '@type': 'WebSite', name: 'Paper' },
        { '@type': 'NewsArticle', headline: 'Council approves new ferry schedule' },
      ],
    };
    const html = page(ld(graph), `<div><h1>Council approves new ferry schedule</h1>${prose('the ferry schedule')}</div>`);
    expect(judge(html)).toMatchObject({ answer: 'news', why: ['schema.org NewsArticle'] });
  });

  it('keeps a news page with no metadata but a byline and a dateline', () => {
    const html = page(
      '',
      `<div><h1>Council approves new ferry schedule</h1><p>By Jane Doe</p><p>NORTH HARBOUR — The council voted on Tuesday to add two evening crossings to the ferry timetable from next month, the mayor said.</p>${prose('the ferry schedule', 3)}</div>`,
    );
    const j = judge(html);
    expect(j.answer).toBe('news');
    expect(j.why.join(' ')).toMatch(/dateline/);
  });

  it('is unsure about long article-shaped text with no sign either way', () => {
    const html = page('', `<div><h1>Notes on my garden</h1>${prose('the garden', 5)}</div>`);
    expect(judge(html).answer).toBe('unsure');
  });

  it('keeps a news article with a long comment thread under it (NewsArticle decides)', () => {
    const comments = Array.from(
      { length: 12 },
      (_, i) =>
        `<div class="reply" data-post-id="${i}"><p>Comment ${i}: this schedule change is long overdue and the evening crossings will help everyone who works late in town.</p></div>`,
    ).join('\n');
    const html = page(
      ld({ '@type': 'NewsArticle', headline: 'H' }),
      `<article><h1>Council approves new ferry schedule</h1>${prose('the ferry schedule', 2)}</article><section>${comments}</section>`,
    );
    expect(judge(html).answer).toBe('news');
  });

  it('reads no markup evidence as no gate (a pasted text, an import)', () => {
    expect(judgeNewsPage({ blocks: [{ text: 'Some text.' }] }).answer).toBe('news');
  });
});
