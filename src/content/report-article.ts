// Loaded only on pages that look like articles: extract, then send one ArticleFound.
// Extraction (Readability on a copy of the page) is one synchronous slice on the page's
// main thread, so it is skipped on pages too big for it to stay short: a 200,000-node DOM
// or a 10 MB text would block the page for seconds (measured: e2e/odd-pages.spec.ts), and
// the worker refuses articles over its size budget anyway (shared/validate-article.ts).
import { extractArticle } from '../extract/extract';
import { send } from '../platform/messaging';
import { ARTICLE_LIMITS } from '../shared/validate-article';
import { timed, yieldToPage } from './timing';

/** Above this many elements Readability alone takes longer than a second (Chromium, 2 cores). */
export const MAX_ELEMENTS = 30_000;

/** True when an article was sent (false: not an article after all, or too big). */
export async function reportArticle(doc: Document, url: string): Promise<boolean> {
  const tooBig = timed('size', () => doc.getElementsByTagName('*').length > MAX_ELEMENTS || (doc.body?.textContent?.length ?? 0) > ARTICLE_LIMITS.totalChars);
  await yieldToPage();
  const article = tooBig ? null : timed('extract', () => extractArticle(doc, url));
  if (!article) {
    await send('NotArticle', { url });
    return false;
  }
  await send('ArticleFound', { article });
  return true;
}
