// The verdict from shares, direction and credit.
//   not the same text (same-story.ts) ..................... unrelated, or same-story-own-text
//                                                            when headlines share words (TITLE_MIN)
//   same text, copy reuses < COPY_MIN of its text and holds
//   < COPY_MIN of the source's (not an extended copy) ...... same-story-own-text
//   same text, copy reuses ≥ COPY_MIN, and
//     credits the source's outlet ......................... credited-copy
//     both credit the same agency or outlet ............... credited-copy (shared origin: neither
//                                                            is the other's copy)
//     credits another agency or outlet .................... credited-copy
//     credits the source or its agency only in photo
//     credits (the shared text is captions) ............... credited-copy, said so
//   otherwise ............................................. uncredited-copy, saying what was
//                                                            looked for and not found
// "Copy without credit" is an accusation: it needs the copy's text and metadata to hold no
// credit to the source or the agency it came from.
import { dice } from './align';
import { isAgency, sameOutlet, type Credit } from './credits';
import type { Prepared } from './prepare';
import { keys } from './text/tokens';
import { creditTo, namesOutlet, otherCredits, outletOf } from './source';
import type { Verdict } from './types';

export const COPY_MIN = 0.6;
export const TITLE_MIN = 0.3;

export interface VerdictResult {
  verdict: Verdict;
  reason: string;
  /** The credit lines the verdict rests on, copy's first. */
  evidence?: Credit[];
  /** The agency or outlet both versions credit, when they carry the same story from it. */
  sharedOrigin?: string;
}

const quote = (c: Credit) => `"${c.evidence}"`;

export function decideVerdict(args: {
  same: boolean;
  sameReason: string;
  copyShare: number;
  sourceShare?: number;
  copy: Prepared;
  source: Prepared;
}): VerdictResult {
  const { same, copyShare, copy, source } = args;
  const sourceShare = args.sourceShare ?? 0;
  const pct = `${Math.round(copyShare * 100)}%`;
  const C = outletOf(copy.article);
  const S = outletOf(source.article);
  if (!same) {
    const t = dice(keys(copy.article.title), keys(source.article.title));
    if (t >= TITLE_MIN)
      return { verdict: 'same-story-own-text', reason: `The headlines are close but the texts are not versions of one text (${args.sameReason}).` };
    return { verdict: 'unrelated', reason: `The texts are not versions of one story (${args.sameReason}).` };
  }
  // An updated or extended copy (a live blog carried on) holds nearly all of the source's text.
  if (copyShare < COPY_MIN && sourceShare < COPY_MIN)
    return { verdict: 'same-story-own-text', reason: `Same story, but only ${pct} of ${C}'s text comes from ${S}.` };
  const extended = copyShare < COPY_MIN ? ` (an extended version: it carries ${Math.round(sourceShare * 100)}% of ${S}'s text)` : '';
  const head = `${pct} of ${C}'s text is ${S}'s${extended}`;
  const named = creditTo(copy, source.article);
  if (named) return { verdict: 'credited-copy', reason: `${head}, and it credits ${S} (${quote(named)}).`, evidence: [named] };
  const copyOther = otherCredits(copy);
  const sourceOther = otherCredits(source);
  for (const c of copyOther) {
    const s = sourceOther.find((x) => sameOutlet(x.name, c.name));
    if (s)
      return {
        verdict: 'credited-copy',
        reason: `Both versions carry the ${c.name} story and credit it (${C}: ${quote(c)}; ${S}: ${quote(s)}); neither is the other's uncredited copy.`,
        evidence: [c, s],
        sharedOrigin: c.name,
      };
  }
  if (copyOther.length) {
    const c = copyOther.find((x) => isAgency(x.name)) ?? copyOther[0];
    return { verdict: 'credited-copy', reason: `${head}, and it credits ${c.name} (${quote(c)}).`, evidence: [c] };
  }
  // Caption text carries its credit in the caption: "(AP Photo/…)" on a page whose shared text is an AP gallery.
  const photo = (copy.photoCredits ?? []).find((p) => namesOutlet(p, source.article) || sourceOther.some((s) => sameOutlet(s.name, p.name)));
  if (photo)
    return {
      verdict: 'credited-copy',
      reason: `${head}; ${C} credits ${photo.name} only in photo credits (${quote(photo)}), as ${S} credits it for the story.`,
      evidence: [photo],
    };
  const thin = !copy.article.byline?.trim() ? ` No byline was found on ${C}'s page either, so its byline area may not have been read.` : '';
  return {
    verdict: 'uncredited-copy',
    reason: `${pct} of ${C}'s text is found in ${S}'s version${extended}, with no credit to it or any agency in its byline, dateline, credit lines or metadata.${thin}`,
  };
}
