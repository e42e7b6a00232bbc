// Node only (CLI, tests, evaluation): a DOM from linkedom, so the same extraction code the
// content script runs can read saved pages. Never imported by browser code.
import { DOMParser } from 'linkedom';
import { PAGE_LIMITS, PageTooLargeError } from './budget';

/**
 * Markup nested deeper than this is refused before linkedom parses it: linkedom's parser
 * slows with depth × size (25,000 nested <div>s: 0.5 s, 50,000: 2 s, 100,000 never
 * finished here), and browsers' own parsers stop nesting at 512 (Chromium), so no page a
 * reader sees is deeper. The DOM budget (budget.ts) then applies to what was parsed.
 */
export const MARKUP_DEPTH = 512;

export function parseHtml(html: string): Document {
  const shape = markupShape(html, MARKUP_DEPTH, PAGE_LIMITS.elements);
  if (shape.depth > MARKUP_DEPTH) throw new PageTooLargeError(`the page's markup nests elements more than ${MARKUP_DEPTH} deep`);
  // Each start tag makes one element: past the DOM budget, linkedom's parse (1.4 s for a
  // <noscript> of 140,000) would be spent on a page the budget refuses anyway.
  if (shape.elements > PAGE_LIMITS.elements) throw new PageTooLargeError(`the page has more than ${PAGE_LIMITS.elements.toLocaleString('en')} elements`);
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

// Elements that never nest (void) or whose end tag may be left out (a new one closes the
// last): counting them would read a list of 1,000 unclosed <li>s as 1,000 deep.
const FLAT = new Set(
  'area base br col embed hr img input link meta param source track wbr p li dt dd tr td th thead tbody tfoot option optgroup rp rt colgroup caption html head body'.split(
    ' ',
  ),
);
// Raw text: their content is not markup.
const RAW = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'plaintext']);
const RAW_END = new Map([...RAW].map((n) => [n, new RegExp(`</${n}`, 'gi')]));
// One tag at the given position; attributes stop at the next '<' so a failed match costs
// at most the distance to it (each character is read a bounded number of times).
const TAG_AT = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^<>]*>/y;

/** An upper estimate of the markup's nesting depth (see markupShape). */
export function markupDepth(html: string, stopAt = Number.POSITIVE_INFINITY): number {
  return markupShape(html, stopAt).depth;
}

/**
 * An upper estimate of the markup's nesting depth and its count of start tags, in one
 * linear pass over its tags, stopping as soon as either passes its limit.
 */
export function markupShape(html: string, maxDepth = Number.POSITIVE_INFINITY, maxElements = Number.POSITIVE_INFINITY): { depth: number; elements: number } {
  let depth = 0;
  let max = 0;
  let elements = 0;
  let i = html.indexOf('<');
  while (i !== -1) {
    TAG_AT.lastIndex = i;
    const m = TAG_AT.exec(html);
    if (!m) {
      i = html.indexOf('<', i + 1);
      continue;
    }
    const name = m[2].toLowerCase();
    let next = TAG_AT.lastIndex;
    if (m[1]) {
      if (!FLAT.has(name) && depth > 0) depth--;
    } else {
      if (++elements > maxElements) break;
      if (RAW.has(name)) {
        const close = RAW_END.get(name)!;
        close.lastIndex = next;
        next = close.exec(html)?.index ?? html.length;
      } else if (!FLAT.has(name) && !m[0].endsWith('/>')) {
        if (++depth > max) max = depth;
        if (max > maxDepth) break;
      }
    }
    i = html.indexOf('<', next);
  }
  return { depth: max, elements };
}
