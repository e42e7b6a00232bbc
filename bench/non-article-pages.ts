// Deterministic pages that are NOT articles, the kind a reader opens most often: a news
// front page, search results, an app shell with a data table, a shop listing. Generated,
// not saved, so the repository holds no one else's pages. Used by the content-script
// benchmark (cost of the every-page check) and by e2e checks that such pages stay quiet.

import { rng } from '../src/core/index/synthetic.ts';

export { rng };

const WORDS = (
  'council vote budget road school storm police market election minister talks city river ' +
  'weather health hospital trade power prices housing court ruling strike workers team season ' +
  'final record museum festival fire rescue bridge transit airport climate energy water farm'
).split(' ');

function phrase(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1);
}

function shell(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<meta name="viewport" content="width=device-width"><meta property="og:type" content="website">
<link rel="stylesheet" href="data:text/css,body{font-family:sans-serif}"></head><body>
<header><nav>${Array.from({ length: 40 }, (_, i) => `<a href="/section/${i}">Section ${i}</a>`).join(' ')}</nav></header>
${body}
<footer>${Array.from({ length: 30 }, (_, i) => `<a href="/about/${i}">About ${i}</a>`).join(' | ')}<p>© Example Media</p></footer>
</body></html>`;
}

function frontPage(r: () => number): string {
  const cards = Array.from(
    { length: 60 },
    (_, i) =>
      `<div class="card"><a href="/news/${i}"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt=""><h3>${phrase(r, 8)}</h3></a><p class="teaser">${phrase(r, 12)}.</p><span class="time">${i + 1}h ago</span></div>`,
  );
  return shell('Example News – Front page', `<main><section class="top">${cards.join('\n')}</section></main>`);
}

function searchResults(r: () => number): string {
  const results = Array.from(
    { length: 25 },
    (_, i) =>
      `<li class="result"><a href="https://site${i}.example/${i}"><h3>${phrase(r, 7)}</h3></a><cite>site${i}.example</cite><span class="snippet">${phrase(r, 18)}…</span></li>`,
  );
  return shell('search results', `<form><input name="q" value="storm"><button>Search</button></form><ol>${results.join('\n')}</ol>`);
}

function appShell(r: () => number): string {
  const rows = Array.from(
    { length: 300 },
    (_, i) => `<tr><td>${i}</td><td>${phrase(r, 2)}</td><td>${Math.floor(r() * 1e5)}</td><td><button>Edit</button></td></tr>`,
  );
  const nested = (d: number): string => (d === 0 ? `<span>${phrase(r, 2)}</span>` : `<div class="l${d}">${nested(d - 1)}${nested(d - 1)}</div>`);
  return shell(
    'Dashboard',
    `<div id="app"><aside>${nested(7)}</aside><table><thead><tr><th>#</th><th>Name</th><th>Value</th><th></th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`,
  );
}

function shopListing(r: () => number): string {
  const items = Array.from(
    { length: 80 },
    () =>
      `<div class="product"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="${phrase(r, 3)}"><h4>${phrase(r, 4)}</h4><div class="price">$${(r() * 100).toFixed(2)}</div><button>Add to cart</button></div>`,
  );
  return shell('Shop', `<div class="grid">${items.join('\n')}</div>`);
}

/** Name → HTML of every generated non-article page. */
export function nonArticlePages(): Record<string, string> {
  const r = rng(6);
  return {
    'front-page': frontPage(r),
    'search-results': searchResults(r),
    'app-shell': appShell(r),
    'shop-listing': shopListing(r),
  };
}
