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
import { msg, type Msg } from './messages';
import type { Verdict } from './types';

export const COPY_MIN = 0.6;
export const TITLE_MIN = 0.3;

export interface VerdictResult {
  verdict: Verdict;
  /** Sentences as messages (messages.ts), read in order. */
  reason: Msg[];
  /** The credit lines the verdict rests on, copy's first. */
  evidence?: Credit[];
  /** The agency or outlet both versions credit, when they carry the same story from it. */
  sharedOrigin?: string;
}

export function decideVerdict(args: {
  same: boolean;
  /** Why the texts are or are not versions of one text (same-story.ts), said when they are not. */
  sameReason?: Msg;
  copyShare: number;
  sourceShare?: number;
  copy: Prepared;
  source: Prepared;
}): VerdictResult {
  const { same, copyShare, copy, source } = args;
  const sourceShare = args.sourceShare ?? 0;
  // Percent signs are in the messages: French writes "95 %".
  const pct = String(Math.round(copyShare * 100));
  const C = outletOf(copy.article);
  const S = outletOf(source.article);
  if (!same) {
    const t = dice(keys(copy.article.title), keys(source.article.title));
    const why = args.sameReason ? [args.sameReason] : [];
    if (t >= TITLE_MIN) return { verdict: 'same-story-own-text', reason: [msg('reason_headlinesClose'), ...why] };
    return { verdict: 'unrelated', reason: [msg('reason_notVersions'), ...why] };
  }
  // An updated or extended copy (a live blog carried on) holds nearly all of the source's text.
  if (copyShare < COPY_MIN && sourceShare < COPY_MIN) return { verdict: 'same-story-own-text', reason: [msg('reason_ownText', pct, C, S)] };
  const head = copyShare < COPY_MIN ? msg('reason_shareExtended', pct, C, S, String(Math.round(sourceShare * 100))) : msg('reason_share', pct, C, S);
  const named = creditTo(copy, source.article);
  if (named) return { verdict: 'credited-copy', reason: [head, msg('reason_credits', C, S, named.evidence)], evidence: [named] };
  const copyOther = otherCredits(copy);
  const sourceOther = otherCredits(source);
  for (const c of copyOther) {
    const s = sourceOther.find((x) => sameOutlet(x.name, c.name));
    if (s)
      return {
        verdict: 'credited-copy',
        reason: [msg('reason_sharedOrigin', c.name, C, c.evidence, S, s.evidence)],
        evidence: [c, s],
        sharedOrigin: c.name,
      };
  }
  if (copyOther.length) {
    const c = copyOther.find((x) => isAgency(x.name)) ?? copyOther[0];
    return { verdict: 'credited-copy', reason: [head, msg('reason_credits', C, c.name, c.evidence)], evidence: [c] };
  }
  // Caption text carries its credit in the caption: "(AP Photo/…)" on a page whose shared text is an AP gallery.
  const photo = (copy.photoCredits ?? []).find((p) => namesOutlet(p, source.article) || sourceOther.some((s) => sameOutlet(s.name, p.name)));
  if (photo)
    return {
      verdict: 'credited-copy',
      reason: [head, msg('reason_photoOnly', C, photo.name, photo.evidence, S)],
      evidence: [photo],
    };
  const thin = !copy.article.byline?.trim() ? [msg('reason_noByline', C)] : [];
  return { verdict: 'uncredited-copy', reason: [head, msg('reason_noCredit', C, S), ...thin] };
}
