// Loaded only on pages that look like articles: hand the page's markup to the worker, which
// extracts the article off this page's main thread (Chrome's offscreen document, Firefox's
// background page) with the same code. Readability on a page takes 20-250 ms in one
// synchronous block (npm run bench: extractSliceP95Ms); serialising the markup takes a few
// ms, so the page keeps its responsiveness (issue 6: slices ≤ 50 ms) and Readability's
// bytes never load into pages.
//
// A page over the size limits (elements, or visible text: scripts and styles do not count,
// issue 10) is not refused: its first part, within the limits, is sent, with the number of
// paragraphs left out, and the report says they were not compared (issue 14). A 200,000-node
// DOM or 10 MB of text would otherwise block the page or the worker (e2e/odd-pages.spec.ts).
import { send } from '../platform/messaging';
import { measurePage } from './page-size';
import { type MarkupBudget, serializeInSlices } from './serialize';
import { yieldToPage } from './timing';

/** Above this many elements even the size of the work is out of proportion for one page. */
export const MAX_ELEMENTS = 30_000;
/** The worker's article text budget (ARTICLE_LIMITS.totalChars), kept here to stay tiny. */
export const MAX_TEXT = 1_000_000;
/**
 * What is sent of an oversized page: under the worker's reading budget (extract/budget.ts
 * PAGE_LIMITS.elements, with room for the elements a parser adds) and the article text
 * limit (the worker cuts the article it reads to its own limits again).
 */
const PART_ELEMENTS = MAX_ELEMENTS - 1_000;
const PART_TEXT = MAX_TEXT;
/** Markup characters sent at most (PageFound carries up to 16,000,000). */
const PART_MARKUP = 12_000_000;

/** True when the worker found an article (false: not an article after all). */
export async function reportArticle(doc: Document, url: string): Promise<boolean> {
  const size = await measurePage(doc, MAX_TEXT);
  const oversized = size.tooManyNodes || size.elements > MAX_ELEMENTS || size.text > MAX_TEXT;
  await yieldToPage();
  const budget: MarkupBudget | undefined = oversized
    ? { elements: PART_ELEMENTS, text: PART_TEXT, markup: PART_MARKUP, cutParagraphs: 0, cutElements: 0 }
    : undefined;
  const html = await serializeInSlices(doc, undefined, budget);
  const cut = budget && (budget.cutParagraphs || (budget.cutElements ? 1 : 0));
  const reply = await send('PageFound', { url, html, ...(cut ? { cut } : {}) });
  return reply.found;
}
