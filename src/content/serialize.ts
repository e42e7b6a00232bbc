// The page's markup, serialised in slices so no slice blocks the page for long (issue 6:
// ≤ 50 ms). `documentElement.outerHTML` is one native call: 5-20 ms on most news pages,
// but over 100 ms on the heaviest real ones (npm run bench: pageSliceMaxMs). Here an
// element whose subtree is small is serialised whole by outerHTML; a big one is opened,
// walked child by child, and closed, and the work stops for the page every SLICE_MS.
// The result parses to the same document (the extraction only ever reads it through
// DOMParser), which serialize.test.ts checks through the extracted article.
import { measureSince, yieldToPage } from './timing';

/** Subtrees up to this many elements go through one outerHTML call (~1-3 ms). */
const WHOLE_ELEMENTS = 1_500;
/** Work per slice before yielding; leaves headroom under 50 ms for one big leaf. */
const SLICE_MS = 16;

const escText = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
const escAttr = (s: string) =>
  s
    .replace(/&/g, '&amp;')
    .replace(/\u00a0/g, '&nbsp;')
    .replace(/"/g, '&quot;');

function openTag(el: Element): string {
  let s = `<${el.localName}`;
  for (const a of Array.from(el.attributes)) s += ` ${a.name}="${escAttr(a.value)}"`;
  return `${s}>`;
}

/**
 * What may still be sent of an oversized page (issue 14: a partial report, not a refusal).
 * `elements` and `text` count down as markup is written; once either is spent, the rest of
 * the page is left out and its paragraphs (<p> elements) are counted in `cutParagraphs`.
 */
export interface MarkupBudget {
  elements: number;
  /** Text characters (a whole subtree's textContent, so an overestimate: scripts count). */
  text: number;
  cutParagraphs: number;
  /** Characters of markup (the message that carries it has a size limit). */
  markup: number;
  /** Elements left out (a left-out part with no <p> still counts as cut). */
  cutElements: number;
}

/** Raw-text elements: their text is not markup-escaped, so they are written whole or left out. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'plaintext', 'template']);

/**
 * Page furniture: navigation, side columns and footers never hold the article (Readability
 * drops them too). On an oversized page one of them too big to write whole is left out
 * rather than entered, so a giant menu does not use up what may be sent of the article.
 */
const FURNITURE = new Set(['nav', 'aside', 'footer']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo']);
const isFurniture = (el: Element) => FURNITURE.has(el.localName) || FURNITURE_ROLES.has(el.getAttribute('role') ?? '');

const spent = (b: MarkupBudget | undefined) => b !== undefined && (b.elements <= 0 || b.text <= 0 || b.markup <= 0);

function countCut(b: MarkupBudget, el: Element): void {
  b.cutParagraphs += (el.localName === 'p' ? 1 : 0) + el.getElementsByTagName('p').length;
  b.cutElements++;
}

/**
 * Chunks of markup, in document order; big subtrees are entered, small ones whole. With a
 * budget, writing stops once it is spent (the open elements are still closed, so the
 * markup parses to the first part of the page).
 */
export function* markupChunks(el: Element, wholeElements = WHOLE_ELEMENTS, budget?: MarkupBudget): Generator<string> {
  const open = openTag(el);
  yield open;
  if (budget) {
    budget.elements--;
    budget.markup -= open.length;
  }
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 1) {
      const c = child as Element;
      if (spent(budget)) {
        countCut(budget!, c);
        continue;
      }
      const size = c.firstElementChild ? c.getElementsByTagName('*').length : 0;
      let whole =
        (!c.firstElementChild || size <= wholeElements) && (!budget || (size + 1 <= budget.elements && (c.textContent?.length ?? 0) <= budget.text))
          ? c.outerHTML
          : undefined;
      if (budget && whole !== undefined && whole.length > budget.markup) whole = undefined;
      if (whole !== undefined) {
        if (budget) {
          budget.elements -= size + 1;
          budget.text -= c.textContent?.length ?? 0;
          budget.markup -= whole.length;
        }
        yield whole;
      } else if (budget && (RAW_TEXT.has(c.localName) || !c.firstChild)) {
        // Too big to write whole and not safe to enter: left out (never visible text).
        countCut(budget, c);
      } else if (budget && isFurniture(c)) {
        // Not the article: left out without counting as cut text (its paragraphs still count).
        budget.cutParagraphs += c.getElementsByTagName('p').length;
      } else {
        yield* markupChunks(c, wholeElements, budget);
      }
    } else if (child.nodeType === 3) {
      // Only elements with many descendants (or over the budget) are entered, never raw-text
      // ones (script, style, textarea), so every text met here is ordinary and is escaped.
      const data = (child as Text).data;
      if (!budget) yield escText(data);
      else if (!spent(budget)) {
        const part = escText(data.slice(0, Math.min(budget.text, budget.markup)));
        yield part;
        budget.text -= data.length;
        budget.markup -= part.length;
      }
    } else if (child.nodeType === 8) {
      if (!spent(budget)) yield `<!--${(child as Comment).data}-->`;
    }
  }
  yield `</${el.localName}>`;
}

/** The whole document's markup (or as much as `budget` allows), built across as many short slices as it needs. */
export async function serializeInSlices(doc: Document, wholeElements = WHOLE_ELEMENTS, budget?: MarkupBudget): Promise<string> {
  const out: string[] = [];
  const chunks = markupChunks(doc.documentElement, wholeElements, budget);
  for (;;) {
    const start = performance.now();
    let next = chunks.next();
    while (!next.done) {
      out.push(next.value);
      if (performance.now() - start >= SLICE_MS) break;
      next = chunks.next();
    }
    measureSince('serialize', start);
    if (next.done) return out.join('');
    await yieldToPage();
  }
}
