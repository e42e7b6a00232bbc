// An Article made ready for comparison: each body block gets a role (story text, sub-heading,
// credit line or page junk) and story text is cut into sentence units with matching keys.
// Only 'text' and 'heading' blocks are article text: junk, credit lines and metadata lines
// (bylines, timestamps, a dateline alone) never count in shared-text shares and are compared on
// their own terms (boilerplate, attribution, one byline change).
import { isJunkSentence, junkKind, type JunkKind } from './boilerplate';
import { bylineCredits, findCredits, findPhotoCredits, isCreditLine, metadataCredits, sameOutlet, type Credit } from './credits';
import { isFurnitureBlock } from './furniture';
import { isMetadataLine } from './metadata-lines';
import { namesOutlet } from './source';
import { intlLanguage } from './text/lang';
import { sentences } from './text/normalise';
import { keys } from './text/tokens';
import type { Article } from './types';

export type BlockRole = 'text' | 'heading' | 'credit' | 'meta' | JunkKind;

export interface Unit {
  /** Index in Prepared.units. */
  i: number;
  block: number;
  text: string;
  keys: string[];
  heading: boolean;
}

export interface Prepared {
  article: Article;
  roles: BlockRole[];
  units: Unit[];
  credits: Credit[];
  /** Photo and video credits naming an agency: they credit pictures, not text. */
  photoCredits?: Credit[];
  /** Credits found in the body blocks alone (credits without the byline's agency). */
  blockCredits: number;
  lang: string;
}

// Intl.Segmenter ends a sentence at "U.S. Secretary" or "Mr. Smith": rejoin after such abbreviations.
const ABBREV_END = /(?:\b(?:\p{Lu}\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Rep|Gov|Lt|Col|Capt|Prof|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|Jr|Sr)\.)$/u;

export function splitSentences(text: string, lang: string): string[] {
  const out: string[] = [];
  for (const s of sentences(text, lang)) {
    if (out.length && ABBREV_END.test(out[out.length - 1])) out[out.length - 1] += ` ${s}`;
    else out.push(s);
  }
  return out;
}

// Bylines, timestamps and a lone dateline sit above the story (after a gallery at most) or
// under it: only blocks there are read as metadata, so a page of many short lines costs little.
export const META_HEAD_BLOCKS = 24;
export const META_TAIL_BLOCKS = 4;

function roleOf(text: string, heading: boolean | undefined, metaPlace: boolean): BlockRole {
  const junk = junkKind(text);
  if (junk) return junk;
  if (isCreditLine(text)) return 'credit';
  if (metaPlace && isMetadataLine(text)) return 'meta';
  return heading ? 'heading' : 'text';
}

export function prepare(article: Article): Prepared {
  const lang = intlLanguage(article.lang).split('-')[0];
  const n = article.blocks.length;
  const roles = article.blocks.map((b, i) => roleOf(b.text, b.heading, i < META_HEAD_BLOCKS || i >= n - META_TAIL_BLOCKS));
  const units: Unit[] = [];
  article.blocks.forEach((b, block) => {
    const role = roles[block];
    if (role !== 'text' && role !== 'heading') return;
    // A sign-up, paywall or newsletter block is furniture as a whole ("Cancel anytime." is not
    // story text either): one site's pages share it word for word.
    if (role === 'text' && isFurnitureBlock(b.text)) return;
    const parts = role === 'heading' ? [b.text.trim()] : splitSentences(b.text, lang);
    const junk = parts.map((text) => isJunkSentence(text));
    for (const [j, text] of parts.entries()) {
      if (junk[j]) continue; // site furniture glued into the text (or posing as a sub-heading)
      const k = keys(text, lang);
      if (k.length) units.push({ i: units.length, block, text, keys: k, heading: role === 'heading' });
    }
  });
  const credits = findCredits(article.blocks);
  const blockCredits = credits.length;
  for (const c of bylineCredits(article.byline)) if (!credits.some((x) => x.name === c.name && x.kind === c.kind)) credits.push(c);
  // Metadata last, and only what the text does not already credit: the line a reader can see
  // is the better evidence. A site naming itself (publisher, organisation author) credits nobody.
  for (const c of metadataCredits(article.creditClaims, (c) => namesOutlet(c, article))) if (!credits.some((x) => sameOutlet(x.name, c.name))) credits.push(c);
  return { article, roles, units, credits, photoCredits: findPhotoCredits(article.blocks), blockCredits, lang };
}

// The worker compares one page with each candidate version in turn (background/analyse.ts),
// so the page's preparation is reused while its text is unchanged. Held weakly: an entry goes
// with its article.
interface PreparedEntry {
  texts: string[];
  headings: (boolean | undefined)[];
  lang: string | undefined;
  byline: string | undefined;
  claims: Article['creditClaims'];
  prepared: Prepared;
}
const PREPARED = new WeakMap<Article, PreparedEntry>();

// Everything prepare() reads: an article edited in place is prepared again.
function unchanged(e: PreparedEntry, a: Article): boolean {
  if (e.lang !== a.lang || e.byline !== a.byline || e.claims !== a.creditClaims || e.texts.length !== a.blocks.length) return false;
  return a.blocks.every((b, i) => b.text === e.texts[i] && b.heading === e.headings[i]);
}

/** prepare(), reused for an article already prepared with the same text. */
export function preparedOf(article: Article): Prepared {
  const hit = PREPARED.get(article);
  if (hit && unchanged(hit, article)) return hit.prepared;
  const prepared = prepare(article);
  const { blocks, lang, byline, creditClaims: claims } = article;
  PREPARED.set(article, { texts: blocks.map((b) => b.text), headings: blocks.map((b) => b.heading), lang, byline, claims, prepared });
  return prepared;
}

/** Number of matching-key tokens of article text (what shares are measured on). */
export function textSize(p: Prepared): number {
  return p.units.reduce((n, u) => n + u.keys.length, 0);
}
