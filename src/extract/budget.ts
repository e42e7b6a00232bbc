// The work budget of reading one page: elements and nesting depth, checked in one walk
// before Readability runs. Readability's cost grows with depth × size (its scoring reads
// textContent at every level): 100,000 nested <div>s ran for over 300 s in the CLI, and a
// <noscript> full of markup (25 live elements, ~140k once the serialised page is parsed
// with scripting off) for 25 s in the offscreen document (issue 14, items 2, 8 and 11).
// Real pages sit far below both caps: across the 410 saved pages of ../shared/realdata the
// deepest nests 37 elements and the largest holds 9,888 (measured with linkedom).

export const PAGE_LIMITS = {
  /** The content script's own guard (content/report-article.ts MAX_ELEMENTS), 3× the largest real page. */
  elements: 30_000,
  /** 3.5× the deepest real page; Chromium's parser itself stops nesting at 512. */
  depth: 128,
} as const;

/** A page over the reading budget: not read, with the reason in plain words. */
export class PageTooLargeError extends Error {
  override name = 'PageTooLargeError';
}

/** Throws PageTooLargeError when `doc` is over PAGE_LIMITS; stops walking at the first limit passed. */
export function checkPageBudget(doc: Document, limits: { elements: number; depth: number } = PAGE_LIMITS): void {
  let el: Element | null = doc.documentElement;
  let depth = 0;
  let count = 0;
  // Iterative pre-order walk (a recursive one overflows the stack on deep pages).
  while (el) {
    if (++count > limits.elements) throw new PageTooLargeError(`the page has more than ${limits.elements.toLocaleString('en')} elements`);
    if (depth > limits.depth) throw new PageTooLargeError(`the page nests elements more than ${limits.depth} deep`);
    const child: Element | null = el.firstElementChild;
    if (child) {
      el = child;
      depth++;
      continue;
    }
    while (el && !el.nextElementSibling) {
      el = el.parentElement;
      depth--;
    }
    el = el ? el.nextElementSibling : null;
  }
}
