// How big the page is, as the reader sees it: elements, and the text outside <script>,
// <style>, <noscript> and <template> (issue 10: a news article with 970,000 characters of
// inline script was refused when textContent counted them). The walk is itself page-
// controlled work, so it is bounded (at most MAX_NODES nodes visited, stopping as soon as
// the text limit is passed) and cut into slices so no slice blocks the page for long.
import { timed, yieldToPage } from './timing';

/** Elements whose text the reader never sees as text. */
const HIDDEN_TEXT = new Set(['script', 'style', 'noscript', 'template']);
/** Nodes visited at most; a page with more is treated as over the size limit. */
export const MAX_NODES = 200_000;
/** Nodes visited per slice (~1-3 ms in Chromium). */
const NODES_PER_SLICE = 10_000;

export interface PageSize {
  elements: number;
  /** Visible text characters counted, up to just past `textLimit`. */
  text: number;
  /** True when the walk stopped at MAX_NODES (the page counts as over the limit). */
  tooManyNodes: boolean;
}

/** The next node in document order after `node`'s subtree, within `root`. */
function after(node: Node, root: Node): Node | null {
  let n: Node | null = node;
  while (n && n !== root) {
    if (n.nextSibling) return n.nextSibling;
    n = n.parentNode;
  }
  return null;
}

/** Visible text of `doc` counted in slices; stops past `textLimit` characters or MAX_NODES nodes. */
export async function measurePage(doc: Document, textLimit: number, maxNodes = MAX_NODES): Promise<PageSize> {
  const elements = timed('size', () => doc.getElementsByTagName('*').length);
  const root = doc.body ?? doc.documentElement;
  let text = 0;
  let visited = 0;
  let node: Node | null = root;
  while (node) {
    await yieldToPage();
    timed('size', () => {
      const sliceEnd = visited + NODES_PER_SLICE;
      while (node && visited < sliceEnd && visited < maxNodes && text <= textLimit) {
        visited++;
        const n: Node = node;
        if (n.nodeType === 3) {
          text += (n as Text).data.length;
          node = after(n, root);
        } else if (n.nodeType === 1 && HIDDEN_TEXT.has((n as Element).localName)) {
          node = after(n, root);
        } else {
          node = n.firstChild ?? after(n, root);
        }
      }
    });
    if (visited >= maxNodes || text > textLimit) break;
  }
  return { elements, text, tooManyNodes: node !== null && visited >= maxNodes };
}
