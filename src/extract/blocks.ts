// Turns Readability's article element into the engine's blocks: one block per paragraph,
// heading, list item or quotation, in reading order. Readability keeps some page chrome
// (share bars, captions, "related" lists); the filters below drop what it commonly lets
// through, and say why.
import type { Block } from '../core/types';

const BLOCK_TAGS = new Set([
  'P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'BLOCKQUOTE', 'PRE', 'DIV', 'SECTION', 'ARTICLE',
  'UL', 'OL', 'DL', 'DT', 'DD', 'TABLE', 'TR', 'TD', 'TH', 'FIGURE', 'HEADER', 'FOOTER', 'ASIDE', 'MAIN', 'TBODY', 'THEAD',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Captions describe a photo, not the story; copies drop or rewrite them freely.
const SKIP_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'SVG', 'IFRAME', 'NAV', 'TEMPLATE']);
// Chrome that survives Readability on real pages (share bars, comment prompts).
const CHROME_LINE = /^(share this:?|share on (facebook|twitter|x)|leave a (reply|response|comment)|related( posts| stories| articles)?:?|recent posts|advertisement|tags?:|filed under:?)$/i;

function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function hasBlockChild(el: Element): boolean {
  for (const c of el.children) if (BLOCK_TAGS.has(c.tagName) || hasBlockChild(c)) return true;
  return false;
}

/**
 * Blocks in reading order. Leaf block elements become one block each; text that sits
 * directly in a container between block children (common in old CMS markup with <br>s)
 * becomes its own block.
 */
export function collectBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const walk = (el: Element): void => {
    if (SKIP_TAGS.has(el.tagName)) return;
    if (!hasBlockChild(el)) {
      const text = squash(el.textContent ?? '');
      if (text) out.push(HEADING_TAGS.has(el.tagName) ? { text, heading: true } : { text });
      return;
    }
    let run = '';
    const flush = () => {
      const t = squash(run);
      if (t) out.push({ text: t });
      run = '';
    };
    for (const node of el.childNodes) {
      if (node.nodeType === 3) run += node.textContent ?? '';
      else if (node.nodeType === 1) {
        const child = node as Element;
        if (BLOCK_TAGS.has(child.tagName) || hasBlockChild(child) || SKIP_TAGS.has(child.tagName)) {
          flush();
          walk(child);
        } else if (child.tagName === 'BR') run += '\n';
        else run += child.textContent ?? '';
      }
    }
    flush();
  };
  walk(root);
  return out;
}

function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\s]+/gu, ' ').trim();
}

/**
 * Drops the headline and a visible deck when Readability kept them (the Article carries
 * them as title/subtitle; a copy in blocks would be compared twice) and page chrome lines.
 */
export function cleanBlocks(blocks: Block[], title?: string, deck?: string): Block[] {
  const skip = new Set([title, deck].filter((x): x is string => !!x).map(fold));
  return blocks.filter((b, i) => {
    if (CHROME_LINE.test(b.text)) return false;
    // Only near the top: the same words later on are the article's own.
    if (i < 4 && skip.has(fold(b.text))) return false;
    return true;
  });
}
