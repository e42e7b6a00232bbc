// The every-page check: the content script runs on every http(s) page, so this must cost
// next to nothing on a page that is not an article. Cheapest evidence first; Readability's
// own readerable heuristic (it walks <p> elements) only when nothing else decided.
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';

// Matches `"@type": "NewsArticle"` and `"@type": ["WebPage", "Article"]` without parsing
// the JSON (JSON-LD blocks on news pages can be tens of kilobytes).
const JSONLD_ARTICLE_RE = /"@type"\s*:\s*(?:\[[^\]]*?)?"(?:https?:\/\/schema\.org\/)?(?:\w*NewsArticle|Article|BlogPosting|LiveBlogPosting|Report)"/;

export function looksLikeArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType && ogType.trim().toLowerCase() === 'article') return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (JSONLD_ARTICLE_RE.test(script.textContent ?? '')) return true;
  }
  if (doc.querySelector('article')) return true;
  return isProbablyReaderable(doc);
}
