// Loaded only on pages that look like articles: hand the page's markup to the worker, which
// extracts the article off this page's main thread (Chrome's offscreen document, Firefox's
// background page) with the same code. Readability on a page takes 20-250 ms in one
// synchronous block (npm run bench: extractSliceP95Ms); serialising the markup takes a few
// ms, so the page keeps its responsiveness (issue 6: slices ≤ 50 ms) and Readability's
// bytes never load into pages.
//
// Pages too big to serialise in a short slice (or to extract at all: the worker refuses
// articles over its size budget, shared/validate-article.ts) are not sent: a 200,000-node
// DOM or 10 MB of text would otherwise block the page (e2e/odd-pages.spec.ts).
import { send } from '../platform/messaging';
import { serializeInSlices } from './serialize';
import { timed, yieldToPage } from './timing';

/** Above this many elements even the size of the work is out of proportion for one page. */
export const MAX_ELEMENTS = 30_000;
/** The worker's article text budget (ARTICLE_LIMITS.totalChars), kept here to stay tiny. */
const MAX_TEXT = 1_000_000;

/** True when the worker found an article (false: not an article after all, or too big). */
export async function reportArticle(doc: Document, url: string): Promise<boolean> {
  const tooBig = timed('size', () => doc.getElementsByTagName('*').length > MAX_ELEMENTS || (doc.body?.textContent?.length ?? 0) > MAX_TEXT);
  if (tooBig) {
    await send('NotArticle', { url });
    return false;
  }
  await yieldToPage();
  const html = await serializeInSlices(doc);
  const reply = await send('PageFound', { url, html });
  return reply.found;
}
