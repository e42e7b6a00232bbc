// Hostile and odd pages for issue 6's e2e specs, built in code from the texts in story.ts
// (the large ones cannot sensibly live in the repository as files). `hostilePages()` maps
// a path to its HTML; server.ts serves them under the fixture host names.
import { syntheticPair } from '../../bench/synthetic-pair';
import { ARABIC, CHINESE, HEBREW, JAPANESE, SECOND, STORY, STORY_COPY } from './story';

/** Strings a hostile page puts wherever the extension might show them. */
export const PAYLOADS = {
  img: '<img src=x onerror="window.__wtPwned=1;alert(1)">',
  script: '<script>window.__wtPwned=2;alert(2)</script>',
  svg: '<svg onload="window.__wtPwned=3;alert(3)">',
  js: 'javascript:window.__wtPwned=4;alert(4)',
  data: 'data:text/html,<script>alert(5)</script>',
  breakout: '"><iframe src="javascript:alert(6)"></iframe>',
} as const;

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** JSON for inside a <script> element: `</` must not close it. */
const jsonInScript = (v: unknown) => JSON.stringify(v).replace(/</g, '\\u003c');

export interface ArticleSpec {
  title: string;
  paragraphs: string[];
  lang?: string;
  dir?: 'rtl';
  byline?: string;
  siteName?: string;
  published?: string;
  canonical?: string;
  ogUrl?: string;
  jsonld?: unknown;
  /** Raw HTML placed before the article (page chrome) and after it (scripts). */
  before?: string;
  after?: string;
  /** Raw HTML inside <head>. */
  head?: string;
}

export function articlePage(a: ArticleSpec): string {
  const metas = [
    `<meta property="og:type" content="article">`,
    `<meta property="og:title" content="${esc(a.title)}">`,
    a.siteName && `<meta property="og:site_name" content="${esc(a.siteName)}">`,
    a.byline && `<meta name="author" content="${esc(a.byline)}">`,
    a.published && `<meta property="article:published_time" content="${esc(a.published)}">`,
    a.canonical && `<link rel="canonical" href="${esc(a.canonical)}">`,
    a.ogUrl && `<meta property="og:url" content="${esc(a.ogUrl)}">`,
    a.jsonld !== undefined && `<script type="application/ld+json">${jsonInScript(a.jsonld)}</script>`,
  ].filter(Boolean);
  return `<!doctype html>
<html lang="${a.lang ?? 'en'}"${a.dir ? ` dir="${a.dir}"` : ''}><head><meta charset="utf-8">
<title>${esc(a.title)}</title>
${metas.join('\n')}
${a.head ?? ''}
</head><body>
<header><nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav></header>
${a.before ?? ''}
<main><article>
<h1>${esc(a.title)}</h1>
${a.byline ? `<p class="byline">By ${esc(a.byline)}</p>` : ''}
${a.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n')}
</article></main>
<footer><p>Contact us · Privacy</p></footer>
${a.after ?? ''}
</body></html>`;
}

/** Script and markup in every field the extension reads and shows. `side` picks the text. */
function xssPage(side: 'a' | 'b'): string {
  const base = side === 'a' ? STORY : STORY_COPY;
  const paragraphs = [...base.paragraphs];
  // Markup as *text* of the article, including inside a quote the engine will compare.
  paragraphs.splice(2, 0, `Residents posted ${PAYLOADS.img} and ${PAYLOADS.script} on the library's noticeboard, staff said.`);
  paragraphs.push(`"The ${side === 'a' ? 'flood' : 'storm'} ${PAYLOADS.svg} is behind us," said Alma Brandt ${PAYLOADS.breakout}.`);
  return articlePage({
    title: `${base.title} ${PAYLOADS.img}`,
    paragraphs,
    byline: `${PAYLOADS.script} Staff`,
    siteName: `${side === 'a' ? 'Riverside Daily' : 'Valley Blog'} ${PAYLOADS.svg}`,
    published: side === 'a' ? '2025-03-03T08:00:00Z' : '2025-03-04T10:00:00Z',
    canonical: PAYLOADS.js,
    ogUrl: PAYLOADS.data,
    jsonld: {
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: `${base.title} ${PAYLOADS.script}`,
      url: PAYLOADS.js,
      mainEntityOfPage: PAYLOADS.data,
      image: PAYLOADS.js,
      datePublished: side === 'a' ? '2025-03-03T08:00:00Z' : '2025-03-04T10:00:00Z',
      author: { '@type': 'Person', name: `${PAYLOADS.img} Reporter`, url: PAYLOADS.js },
      publisher: { '@type': 'Organization', name: `${PAYLOADS.svg} News`, url: PAYLOADS.data },
    },
    // The page's own raw markup too: it runs in the page (its right), never in ours.
    after: `<div hidden>${PAYLOADS.img}</div>`,
  });
}

/** A page that pretends to be the extension: postMessage, custom events, DOM attributes. */
function spoofPage(): string {
  const forged = {
    url: 'https://cbc.test/forged-story',
    title: 'FORGED headline planted by the page',
    siteName: 'FORGED outlet',
    blocks: [{ text: 'FORGED text planted by a hostile page. '.repeat(20) }],
    signals: [],
  };
  const report = { state: 'report', report: { schema: 1, verdict: 'unrelated', reason: 'FORGED report', reusedShare: 0 } };
  const script = `<script>
(() => {
  const forged = ${jsonInScript(forged)};
  const report = ${jsonInScript(report)};
  const envelopes = [
    { wiretrace: 1, name: 'ArticleFound', payload: { article: forged } },
    { wiretrace: 1, name: 'GetTabState', payload: { tabId: 1 } },
    { wiretrace: 1, name: 'NotArticle', payload: { url: location.href } },
  ];
  const extId = new URLSearchParams(location.hash.slice(1)).get('ext');
  let n = 0;
  function spoof() {
    n++;
    for (const e of envelopes) {
      window.postMessage(e, '*');
      window.postMessage(JSON.stringify(e), '*');
      for (const type of ['wiretrace', 'wiretrace:message', 'ArticleFound', 'message']) {
        document.dispatchEvent(new CustomEvent(type, { detail: e, bubbles: true }));
        window.dispatchEvent(new CustomEvent(type, { detail: e }));
      }
      // A page can reach an extension only if it lists the page in externally_connectable.
      try { if (extId && window.chrome?.runtime?.sendMessage) chrome.runtime.sendMessage(extId, e, () => void chrome.runtime.lastError); } catch {}
    }
    window.postMessage(report, '*');
    document.documentElement.setAttribute('data-wiretrace', JSON.stringify(report));
    document.documentElement.setAttribute('data-wiretrace-state', 'report');
    document.body.setAttribute('data-wiretrace-article', JSON.stringify(forged));
    document.title = document.title; // touch, no change
    if (n < 40) setTimeout(spoof, 50);
  }
  // Poison the page's own globals: the content script's isolated world must not care.
  JSON.stringify = () => '{"forged":true}';
  Array.prototype.map = function () { return []; };
  spoof();
  document.documentElement.dataset.spoofed = 'yes';
})();
</script>`;
  return articlePage({ ...STORY_COPY, siteName: 'Spoof Weekly', published: '2025-03-05T09:00:00Z', after: script });
}

/** A ~10 MB article: many distinct paragraphs of the story, numbered. */
function bigArticle(targetBytes = 10 * 1024 * 1024): string {
  const ps: string[] = [];
  let size = 0;
  for (let i = 0; size < targetBytes; i++) {
    const p = `Part ${i + 1}. ${STORY.paragraphs[i % STORY.paragraphs.length]}`;
    ps.push(p);
    size += p.length + 8;
  }
  return articlePage({
    title: 'The complete flood record of Riverside, all parts',
    paragraphs: ps,
    siteName: 'Riverside Archive',
    published: '2025-03-01T00:00:00Z',
  });
}

/** An ordinary article inside a 200,000-node DOM (a giant navigation list). */
function hugeDom(nodes = 200_000): string {
  const items: string[] = [];
  // Each item is 5 nodes: li, a, text, span, text.
  for (let i = 0; i < nodes / 5; i++) items.push(`<li><a href="/t/${i}">topic ${i}</a><span>${i}</span></li>`);
  return articlePage({ ...STORY, siteName: 'Riverside Daily', published: '2025-03-03T08:00:00Z', before: `<aside><ul>${items.join('')}</ul></aside>` });
}

const EMPTY = '<!doctype html><html><head><meta charset="utf-8"><title></title></head><body></body></html>';

const GIF = 'data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACwAAAAAAQABAAACAkQBADs=';
const IMAGES_ONLY = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Gallery</title>
<meta property="og:type" content="article"></head><body><article><h1>Gallery</h1>
${Array.from({ length: 40 }, () => `<figure><img src="${GIF}" width="300" height="200" alt=""></figure>`).join('\n')}
</article></body></html>`;

/** The article is inserted well after load, as a client-rendered news site does. */
function lateArticle(delayMs = 1500): string {
  const html = articlePage({ ...SECOND, siteName: 'Eastvale Transit News', published: '2025-03-06T07:00:00Z' });
  const main = html.slice(html.indexOf('<main>'), html.indexOf('</main>') + 7);
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Loading…</title></head><body>
<header><nav><a href="/">Home</a></nav></header><div id="root"><p class="spinner">Loading…</p></div>
<template id="later">${main}</template>
<script>
addEventListener('load', () => setTimeout(() => {
  document.title = ${JSON.stringify(SECOND.title)};
  document.getElementById('root').replaceChildren(document.getElementById('later').content.cloneNode(true));
}, ${delayMs}));
</script></body></html>`;
}

/** Single-page app: first article, then history.pushState to a second one (no reload). */
function spaPage(): string {
  const first = articlePage({ ...STORY, siteName: 'Riverside Daily', published: '2025-03-03T08:00:00Z' });
  const secondMain = articlePage({ ...SECOND }).match(/<main>[\s\S]*<\/main>/)![0];
  const script = `<template id="second">${secondMain}</template>
<script>
window.__goSecond = () => {
  history.pushState({}, '', '/spa/second');
  document.title = ${JSON.stringify(SECOND.title)};
  document.querySelector('meta[property="og:title"]').setAttribute('content', ${JSON.stringify(SECOND.title)});
  document.querySelector('main').replaceWith(document.getElementById('second').content.cloneNode(true));
};
</script>`;
  return first.replace('</body>', `${script}</body>`);
}

/** A non-article top page whose frames hold articles (same- and cross-origin). */
function framesPage(crossOrigin: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Frames</title></head><body>
<nav><a href="/">Home</a> <a href="/a">A</a></nav>
<iframe src="/frames/inner" width="600" height="400" title="same-origin article"></iframe>
<iframe src="${crossOrigin}/frames/inner" width="600" height="400" title="cross-origin article"></iframe>
<iframe srcdoc="${esc(articlePage({ ...SECOND }))}" width="600" height="400" title="srcdoc article"></iframe>
</body></html>`;
}

/** A long pair (the bench's synthetic 5,000-word story and its copy): compare() takes long
 * enough in the worker for a test to stop the worker in the middle of it. */
function longPair(): Record<string, string> {
  const { known, copy } = syntheticPair(5_000, 6);
  const page = (a: typeof known) =>
    articlePage({ title: a.title, paragraphs: a.blocks.map((b) => b.text), siteName: a.siteName, byline: a.byline, published: a.published });
  return { '/long': page(known), '/long-copy': page(copy) };
}

/** Twenty distinct short stories and their copies, for many tabs at once. */
export const MANY = 20;
function manyPairs(): Record<string, string> {
  const out: Record<string, string> = {};
  for (let i = 0; i < MANY; i++) {
    const { known, copy } = syntheticPair(400, 100 + i);
    const page = (a: typeof known) =>
      articlePage({ title: `Story ${i}: ${a.title}`, paragraphs: a.blocks.map((b) => b.text), siteName: a.siteName, published: a.published });
    out[`/many/${i}`] = page(known);
    out[`/many/${i}-copy`] = page(copy);
  }
  return out;
}

/** Path → HTML. `crossOrigin` is the other fixture origin, for frames. */
export function hostilePages(crossOrigin: string): Record<string, string> {
  const lang = (t: { title: string; paragraphs: string[]; lang: string }, rtl: boolean, site: string, date: string) =>
    articlePage({ ...t, dir: rtl ? 'rtl' : undefined, siteName: site, published: date });
  // The copy of a short text: first paragraph dropped, a sentence added, so the report has changes.
  const copyOf = <T extends { paragraphs: string[] }>(t: T, extra: string): T => ({ ...t, paragraphs: [...t.paragraphs.slice(1), extra] });
  return {
    ...longPair(),
    ...manyPairs(),
    '/xss/a': xssPage('a'),
    '/xss/b': xssPage('b'),
    '/story': articlePage({ ...STORY, siteName: 'Riverside Daily', published: '2025-03-03T08:00:00Z' }),
    '/story-copy': articlePage({ ...STORY_COPY, siteName: 'Valley Blog', published: '2025-03-04T10:00:00Z' }),
    '/second': articlePage({ ...SECOND, siteName: 'Eastvale Transit News', published: '2025-03-06T07:00:00Z' }),
    '/spoof': spoofPage(),
    '/big': bigArticle(),
    '/huge-dom': hugeDom(),
    '/empty': EMPTY,
    '/images': IMAGES_ONLY,
    '/late': lateArticle(),
    '/spa/first': spaPage(),
    '/spa/second': articlePage({ ...SECOND, siteName: 'Riverside Daily', published: '2025-03-06T07:00:00Z' }),
    '/frames': framesPage(crossOrigin),
    '/frames/inner': articlePage({ ...STORY, siteName: 'Riverside Daily', published: '2025-03-03T08:00:00Z' }),
    '/rtl/ar': lang(ARABIC, true, 'صحيفة النهر', '2025-03-03T08:00:00Z'),
    '/rtl/ar-copy': lang(copyOf(ARABIC, 'شارك هذا الخبر مع أصدقائك وعلق عليه.'), true, 'مدونة الوادي', '2025-03-04T08:00:00Z'),
    '/rtl/he': lang(HEBREW, true, 'חדשות הנהר', '2025-03-03T08:00:00Z'),
    '/rtl/he-copy': lang(copyOf(HEBREW, 'שתפו את הכתבה עם החברים שלכם.'), true, 'בלוג העמק', '2025-03-04T08:00:00Z'),
    '/cjk/zh': lang(CHINESE, false, '河畔日报', '2025-03-03T08:00:00Z'),
    '/cjk/zh-copy': lang(copyOf(CHINESE, '欢迎点赞、评论并转发给你的朋友。'), false, '山谷博客', '2025-03-04T08:00:00Z'),
    '/cjk/ja': lang(JAPANESE, false, '川辺新聞', '2025-03-03T08:00:00Z'),
    '/cjk/ja-copy': lang(copyOf(JAPANESE, 'この記事を友達にシェアしてください。'), false, '谷ブログ', '2025-03-04T08:00:00Z'),
  };
}
