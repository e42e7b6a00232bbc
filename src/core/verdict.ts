// The verdict from shares, direction and credit.
//   not the same text (same-story.ts) ..................... unrelated, or same-story-own-text
//                                                            when headlines share words (TITLE_MIN)
//   same text, copy reuses < COPY_MIN of its text and holds
//   < COPY_MIN of the source's (not an extended copy) ...... same-story-own-text
//   same text, copy reuses ≥ COPY_MIN, credits source/agency credited-copy
//   otherwise ............................................. uncredited-copy
import { dice } from './align';
import type { Prepared } from './prepare';
import { keys } from './text/tokens';
import { credits as creditsOutlet, outletOf } from './source';
import type { Verdict } from './types';

export const COPY_MIN = 0.6;
export const TITLE_MIN = 0.3;

export function decideVerdict(args: { same: boolean; sameReason: string; copyShare: number; sourceShare?: number; copy: Prepared; source: Prepared }): { verdict: Verdict; reason: string } {
  const { same, copyShare, copy, source } = args;
  const sourceShare = args.sourceShare ?? 0;
  const pct = `${Math.round(copyShare * 100)}%`;
  if (!same) {
    const t = dice(keys(copy.article.title), keys(source.article.title));
    if (t >= TITLE_MIN) return { verdict: 'same-story-own-text', reason: `The headlines are close but the texts are not versions of one text (${args.sameReason}).` };
    return { verdict: 'unrelated', reason: `The texts are not versions of one story (${args.sameReason}).` };
  }
  // An updated or extended copy (a live blog carried on) holds nearly all of the source's text.
  if (copyShare < COPY_MIN && sourceShare < COPY_MIN) return { verdict: 'same-story-own-text', reason: `Same story, but only ${pct} of ${outletOf(copy.article)}'s text comes from ${outletOf(source.article)}.` };
  const extended = copyShare < COPY_MIN ? ` (an extended version: it carries ${Math.round(sourceShare * 100)}% of ${outletOf(source.article)}'s text)` : '';
  const named = creditsOutlet(copy, source.article);
  if (named || copy.credits.length) {
    const who = named ? outletOf(source.article) : copy.credits[0].name;
    return { verdict: 'credited-copy', reason: `${pct} of ${outletOf(copy.article)}'s text is ${outletOf(source.article)}'s${extended}, and it credits ${who}.` };
  }
  return { verdict: 'uncredited-copy', reason: `${pct} of ${outletOf(copy.article)}'s text is found in ${outletOf(source.article)}'s version${extended}, with no credit to it or any agency.` };
}
