// Text-level Bulletin-style signals (DESIGN.md "Terms"): what a reader can see in the
// article's own blocks. The DOM extractor adds markup signals (WordPress generator,
// entry-content) and calls this for the rest, so both paths name signals the same way.
import { junkKind, type JunkKind } from './boilerplate';
import { findCredits } from './credits';
import type { Block, Signal } from './types';

// "PARIS -Talks", "WASHINGTON — The": a dateline in capitals followed by a dash.
const DATELINE = /^(?<city>[A-Z][A-Z.'’ ]{1,30}(?:,\s*[A-Z][A-Za-z.]{1,20})?)\s*[-–—]\s*\S/;

/** The bare dateline ("PARIS -") at the start of a paragraph, when no agency is named. */
export function bareDateline(text: string): string | undefined {
  const m = DATELINE.exec(text.trim());
  return m?.groups ? `${m.groups.city.trim()} -` : undefined;
}

/**
 * `pre` passes what prepare() already computed for these blocks (each block's junk kind and
 * the credits found in them) so compare() does not run the line rules a second time.
 */
export function detectTextSignals(blocks: Block[], meta: { byline?: string } = {}, pre?: { kinds: (JunkKind | undefined)[]; credits: number }): Signal[] {
  const out: Signal[] = [];
  const seen = new Set<string>();
  const add = (name: Signal['name'], evidence: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    out.push({ name, evidence: evidence.trim().slice(0, 200) });
  };
  const kinds = pre?.kinds ?? blocks.map((b) => junkKind(b.text));
  blocks.forEach((b, i) => {
    const kind = kinds[i];
    if (kind === 'engagement') add('engagement-boilerplate', b.text);
    else if (kind === 'self-promotion') add('self-promotion', b.text);
    else if (kind === 'comment-form') add('blog-comment-form', b.text);
  });
  const creditCount = pre?.credits ?? findCredits(blocks).length;
  const body = blocks.filter((b, i) => !b.heading && !kinds[i]);
  const first = body.find((b) => b.text.trim().split(/\s+/).length >= 8);
  const dl = first && bareDateline(first.text);
  // Evidence is the page's own text only: the signal's name says the rest in the reader's
  // language (an English explanation here reached French readers, issue 16). An absence has none.
  if (dl && creditCount === 0) add('bare-wire-dateline', dl);
  if (creditCount === 0 && !meta.byline?.trim()) add('no-byline-or-credit', '');
  return out;
}
