// What the page's markup shows about what kind of page it is (core/news-page.ts decides).
// Counting only, and bounded: each lookup reads a capped number of elements, so a page of
// 30,000 elements costs a few capped walks. Runs on the worker's copy of the page (the
// offscreen document), never in the reader's page.
import { jsonLdTypes, type JsonLdNode } from '../core/jsonld';
import type { PageEvidence } from '../core/news-page';

/** Elements read per lookup: enough to tell a shape, bounded on hostile pages. */
const CAP = 400;

function* capped<T>(list: Iterable<T>, cap = CAP): Generator<T> {
  let n = 0;
  for (const x of list) {
    if (++n > cap) return;
    yield x;
  }
}

const count = (list: Iterable<unknown>, cap = CAP) => {
  let n = 0;
  for (const _ of capped(list, cap)) n++;
  return n;
};

const textLength = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim().length;

/** Microdata types (`itemtype="https://schema.org/Product"`), capped. */
function microdataTypes(doc: Document): string[] {
  const out: string[] = [];
  for (const el of capped(doc.querySelectorAll('[itemtype]'), 60)) {
    for (const t of (el.getAttribute('itemtype') ?? '').split(/\s+/).slice(0, 4)) {
      const name = /schema\.org\/([A-Za-z]{1,60})$/.exec(t)?.[1];
      if (name && !out.includes(name)) out.push(name);
    }
  }
  return out;
}

// Forum posts and replies: the class names forum software and Q&A sites give each message.
const POST_SELECTOR = [
  '[itemtype*="DiscussionForumPosting"]',
  '[itemtype*="schema.org/Comment"]',
  '[itemtype*="schema.org/Answer"]',
  '.topic-post',
  '.post-message',
  '.message-body',
  '.forum-post',
  '.postbody',
  '.post-body.reply',
  '.answer',
  '[id^="post-"][class*="post"]',
  '[id^="post_"]',
  '[data-post-id]',
].join(', ');

/**
 * Forum shape: posts, and the share of the page's visible text they hold. Only posts that
 * hold no other post count: an element around a whole article and its comments (a CMS's
 * `data-post-id` wrapper) is a container, not one message.
 */
function posts(doc: Document, bodyChars: number): { posts: number; postShare: number } {
  // Buttons and links share the class names ("Reply"); they are not messages.
  const found = [...capped(doc.querySelectorAll(POST_SELECTOR), 200)].filter((el) => el.tagName !== 'BUTTON' && el.tagName !== 'A');
  // Leaves do not overlap, so reading their text costs one pass over the page at most.
  const lengths = found.filter((el) => !found.some((o) => o !== el && el.contains(o))).map(textLength);
  const leaves = lengths.filter((n) => n >= 20);
  const chars = leaves.reduce((n, c) => n + c, 0);
  return { posts: leaves.length, postShare: bodyChars ? Math.min(1, chars / bodyChars) : 0 };
}

/** Internal links per paragraph of prose (paragraphs of 40+ characters). */
function linksPerParagraph(doc: Document, host: string): number {
  let paragraphs = 0;
  let links = 0;
  for (const p of capped(doc.getElementsByTagName('p'), 300)) {
    if (textLength(p) < 40) continue;
    paragraphs++;
    for (const a of capped(p.getElementsByTagName('a'), 50)) {
      const href = a.getAttribute('href') ?? '';
      if (href.startsWith('#')) continue;
      if (/^(\/(?!\/)|\.\.?\/|[^:/?#]+(?:[/?#]|$))/.test(href) || (host && href.includes(`//${host}`))) links++;
    }
  }
  return paragraphs >= 3 ? Math.round((links / paragraphs) * 10) / 10 : 0;
}

const API_HEADING = /^[\w.$:<>]{1,80}\([^)]{0,80}\)\s*$|^(class|interface|function|method|module|enum|struct|trait|namespace|property)\s+[\w.$]+/;

export function pageEvidence(doc: Document, url: string, ld: readonly JsonLdNode[], meta: { byline?: string; published?: string }): PageEvidence {
  let host = '';
  try {
    host = new URL(url).host;
  } catch {
    // A page URL always parses; stay total anyway.
  }
  const body = doc.body;
  // Visible text only: <script>/<style> text is not the page's prose.
  const bodyChars = body
    ? Math.max(1, textLength(body) - [...capped(body.querySelectorAll('script, style, noscript'), 200)].reduce((n, el) => n + textLength(el), 0))
    : 1;
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content')?.trim().toLowerCase().slice(0, 40) || undefined;
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content')?.trim().toLowerCase().slice(0, 60) || undefined;
  const types = [...new Set([...jsonLdTypes(ld), ...microdataTypes(doc)])].slice(0, 40);

  const editLinks = count(doc.querySelectorAll('.mw-editsection, .editsection, a[href*="action=edit&section"]'), 50);
  const infobox = !!doc.querySelector('table.infobox, .infobox, .portable-infobox, table.wikitable');

  const codeBlocks = count(doc.querySelectorAll('pre, div.highlight, .codehilite, .code-block, div[class*="language-"]'), 100);
  let apiHeadings = 0;
  for (const h of capped(doc.querySelectorAll('h2, h3, h4, dt'), 200)) {
    const t = (h.textContent ?? '').trim();
    if (t.length < 120 && (API_HEADING.test(t) || (h.firstElementChild?.tagName === 'CODE' && textLength(h.firstElementChild) >= t.length - 2))) apiHeadings++;
  }
  let navLinks = 0;
  for (const nav of capped(doc.querySelectorAll('nav, aside, [role="navigation"], .sidebar, .toc, #toc, .sphinxsidebar'), 30)) {
    navLinks += count(nav.getElementsByTagName('a'), 300);
    if (navLinks >= 1000) break;
  }

  let shop = count(doc.querySelectorAll('[itemprop="price"], [itemprop="priceCurrency"], .price, .product-price, [data-price]'), 20);
  for (const b of capped(doc.querySelectorAll('button, input[type="submit"], a[class*="cart"]'), 200)) {
    const t = (b.textContent || b.getAttribute('value') || '').trim();
    if (t.length < 40 && /\b(add to (cart|basket|bag|trolley)|buy now|in den warenkorb|ajouter au panier)\b/i.test(t)) shop++;
  }

  return {
    types,
    ...(ogType ? { ogType } : {}),
    published: !!meta.published,
    byline: !!meta.byline?.trim(),
    ...posts(doc, bodyChars),
    infobox,
    editLinks,
    linksPerParagraph: linksPerParagraph(doc, host),
    codeBlocks,
    apiHeadings,
    navLinks: Math.min(navLinks, 1000),
    shop: Math.min(shop, 20),
    ...(generator ? { generator } : {}),
  };
}
