// Turns Readability's article element into the engine's blocks: one block per paragraph,
// heading, list item or quotation, in reading order. Readability keeps some page chrome
// (share bars, captions, "related" lists); the filters below drop what it commonly lets
// through, and say why.
import { isCreditLine } from '../core/credits';
import { splitLengthUpTo } from '../core/text/normalise';
import type { Block } from '../core/types';

const BLOCK_TAGS = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'FIGURE',
  'HEADER',
  'FOOTER',
  'ASIDE',
  'MAIN',
  'TBODY',
  'THEAD',
]);
const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6']);
// Captions describe a photo, not the story; copies drop or rewrite them freely.
const SKIP_TAGS = new Set(['FIGCAPTION', 'SCRIPT', 'STYLE', 'NOSCRIPT', 'BUTTON', 'FORM', 'SVG', 'IFRAME', 'NAV', 'TEMPLATE']);
// Chrome lines that survive Readability on real pages, in the languages of the evaluation
// corpora (realdata/trafilatura-eval leaks: "Das könnte Sie auch interessieren", "Veja
// também:", "Photograph by", "AFP / MARCO BERTORELLO", "23.10.2018"). Only short lines
// are tested, so a sentence of the article that happens to start the same way stays.
const CHROME_LINE = new RegExp(
  [
    // share bars, comment prompts, ad labels
    String.raw`^(share( this( article| story)?)?|share on \w+|teilen|partager|compartir|tweet|e-?mail|print|drucken|leave a (reply|response|comment)|kommentare?( schreiben)?|\d+ (comments?|kommentare)|comments?|advertisement|anzeige:?|werbung|publicidad|publicité|tags?|schlagwörter|filed under|recent posts|permalink|permalien)\W*$`,
    // "related" teasers
    String.raw`^(related( posts| stories| articles| content)?|recommended( for you)?|read (more|also|next)|more on this|you (may|might) also like|see also|lesen sie auch|mehr zum thema|das könnte (sie|dich) auch interessieren|verwandte artikel|empfohlene beiträge|empfehlungen aus dem|weitere (artikel|beiträge|informationen)( zum thema)?|veja também|leia também|lee también|mira|à lire aussi|voir aussi|sur le même sujet|themen im artikel)\b`,
    // photo credits
    String.raw`^(photo|photograph|picture|image|foto|bild|crédits? photos?|credit|source|quelle|fuente|źródło)s?(\s+by\s+|\s*[:©]\s*)\p{Lu}`,
    String.raw`(getty images|shutterstock|imago images|\bafp\s*/|\breuters\s*/|/\s*dpa\b|\bap photo\b|bild anzeigen)`,
    // a bare date or time
    String.raw`^[\d\s.:/,-]*\d[\d\s.:/,-]*(am|pm|uhr|h)?$`,
  ].join('|'),
  'iu',
);
const CHROME_MAX_WORDS = 10;

// Class or id names of page chrome that Readability keeps inside the article container.
const CHROME_CLASS =
  /(^|[\s_-])(caption|credits?|author-?(box|bio|info)|bio|share|sharing|social|related|recommend\w*|newsletter|promo|advert\w*|ads?|tags|breadcrumbs?|subscribe|signup|paywall|comments?|timestamp|published|dateline-time)($|[\s_-])/i;
const CHROME_ELEMENT_MAX_CHARS = 300;

function isChromeElement(el: Element): boolean {
  const names = `${el.getAttribute('class') ?? ''} ${el.id ?? ''}`;
  if (!names.trim() || !CHROME_CLASS.test(names)) return false;
  const text = squash(el.textContent ?? '');
  // Never drop a big container, nor a credit line ("With files from …"): the engine needs it.
  return text.length < CHROME_ELEMENT_MAX_CHARS && !isCreditLine(text);
}

// Photos, videos and embeds with their captions: not the story's text.
function isMediaFigure(el: Element): boolean {
  return el.tagName === 'FIGURE' && !!el.querySelector('img, picture, video, iframe, svg') && squash(el.textContent ?? '').length < CHROME_ELEMENT_MAX_CHARS;
}

// A teaser: "MIRA: <another headline>", "Read more: <headline>", any length up to a headline's.
const TEASER = /^(mira|lee también|veja também|leia também|read (more|also)|see also|lesen sie auch|mehr zum thema|à lire aussi|voir aussi|related)\s*:/iu;
const TEASER_MAX_WORDS = 25;

export function isChromeLine(text: string): boolean {
  const n = splitLengthUpTo(text, TEASER_MAX_WORDS);
  if (n <= TEASER_MAX_WORDS && TEASER.test(text)) return true;
  return n <= CHROME_MAX_WORDS && CHROME_LINE.test(text) && !isCreditLine(text);
}

/** Runs of whitespace as one space, trimmed. */
export function squash(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * Which elements under a root hold a block element or a <br> below them, in one walk of the
 * root's descendants (instead of a querySelector('br') per leaf and a recursive scan per
 * element): each block element or <br> marks its ancestors up to the root, stopping at one
 * already marked.
 */
interface Below {
  block: Set<Element>;
  br: Set<Element>;
}

function markAncestors(el: Element, root: Element, set: Set<Element>): void {
  for (let p = el.parentElement; p && !set.has(p); p = p.parentElement) {
    set.add(p);
    if (p === root) break;
  }
}

function below(root: Element): Below {
  const out: Below = { block: new Set(), br: new Set() };
  for (const el of root.querySelectorAll('*')) {
    if (BLOCK_TAGS.has(el.tagName)) markAncestors(el, root, out.block);
    else if (el.tagName === 'BR') markAncestors(el, root, out.br);
  }
  return out;
}

/** Text of an element with line breaks kept as spaces (textContent drops <br>). */
function textOf(el: Element, has: Below): string {
  if (!has.br.has(el)) return el.textContent ?? '';
  let out = '';
  for (const node of el.childNodes) {
    if (node.nodeType === 3) out += node.textContent ?? '';
    else if (node.nodeType === 1) out += (node as Element).tagName === 'BR' ? ' ' : textOf(node as Element, has);
  }
  return out;
}

/**
 * Blocks in reading order. Leaf block elements become one block each; text that sits
 * directly in a container between block children (common in old CMS markup with <br>s)
 * becomes its own block.
 */
export function collectBlocks(root: Element): Block[] {
  const out: Block[] = [];
  const has = below(root);
  const walk = (el: Element): void => {
    if (SKIP_TAGS.has(el.tagName) || isChromeElement(el) || isMediaFigure(el)) return;
    if (!has.block.has(el)) {
      const text = squash(textOf(el, has));
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
        if (BLOCK_TAGS.has(child.tagName) || has.block.has(child) || SKIP_TAGS.has(child.tagName) || isChromeElement(child)) {
          flush();
          walk(child);
        } else if (child.tagName === 'BR') run += '\n';
        else run += textOf(child, has);
      }
    }
    flush();
  };
  walk(root);
  return out;
}

function fold(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\s]+/gu, ' ')
    .trim();
}

/**
 * Drops the headline and a visible deck when Readability kept them (the Article carries
 * them as title/subtitle; a copy in blocks would be compared twice) and page chrome lines.
 */
export function cleanBlocks(blocks: Block[], title?: string, deck?: string): Block[] {
  const skip = new Set([title, deck].filter((x): x is string => !!x).map(fold));
  return blocks.filter((b, i) => {
    if (isChromeLine(b.text)) return false;
    // Only near the top: the same words later on are the article's own.
    if (i < 4 && skip.has(fold(b.text))) return false;
    return true;
  });
}
