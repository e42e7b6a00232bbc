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

/** Chunks of markup, in document order; big subtrees are entered, small ones whole. */
export function* markupChunks(el: Element, wholeElements = WHOLE_ELEMENTS): Generator<string> {
  yield openTag(el);
  for (const child of Array.from(el.childNodes)) {
    if (child.nodeType === 1) {
      const c = child as Element;
      if (c.firstElementChild && c.getElementsByTagName('*').length > wholeElements) yield* markupChunks(c, wholeElements);
      else yield c.outerHTML;
    } else if (child.nodeType === 3) {
      // Only elements with many descendants are entered, never raw-text ones (script,
      // style, textarea), so every text met here is ordinary and is escaped.
      yield escText((child as Text).data);
    } else if (child.nodeType === 8) {
      yield `<!--${(child as Comment).data}-->`;
    }
  }
  yield `</${el.localName}>`;
}

/** The whole document's markup, built across as many short slices as it needs. */
export async function serializeInSlices(doc: Document, wholeElements = WHOLE_ELEMENTS): Promise<string> {
  const out: string[] = [];
  const chunks = markupChunks(doc.documentElement, wholeElements);
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
