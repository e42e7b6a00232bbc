// compare(page, other): the one Report every view renders. Steps: prepare both (roles,
// sentence units), same-text decision and shares (same-story.ts), direction (source.ts),
// alignment (align.ts), word diff inside aligned units (worddiff.ts), classification
// (classify.ts, differences.ts), quotes (quotes.ts, quote-compare.ts), verdict (verdict.ts).
import { align } from './align';
import { buildRows, pairDiffs, pushTo, pairDifferences, styleDifferences } from './differences';
import { isAgency, sameOutlet, type Credit } from './credits';
import { bylineDifference } from './metadata-lines';
import { preparedOf, type Prepared } from './prepare';
import { extractQuotes, type ExtractedQuote } from './quotes';
import { compareQuotes } from './quote-compare';
import { containment, decideSame } from './same-story';
import { decideSource, namesOutlet, outletOf } from './source';
import { msg, type Msg } from './messages';
import { keys } from './text/tokens';
import { normaliseTypography } from './text/normalise';
import type { Article, Difference, QuoteReport, Report, Truncation, VersionRef } from './types';
import { decideVerdict } from './verdict';

export { articleFromText } from './article';
export { detectTextSignals } from './signals';
export { extractQuotes } from './quotes';
export { sameStory } from './same-story';

function ref(p: Prepared, shown: Credit[] = []): VersionRef {
  const a = p.article;
  // The page's own credits, plus a photo credit when the verdict rested on it. A credit naming
  // the page's own outlet ("With files from CBC News" on CBC's page) is its own sourcing, kept
  // and marked `own`, never shown as the version crediting someone ("CBC News credits CBC News").
  const credits = [...p.credits, ...shown.filter((c) => c.kind === 'photo' && (p.photoCredits ?? []).includes(c))].map(({ name, evidence, kind }) =>
    namesOutlet({ name, evidence, kind }, a) ? { name, evidence, kind, own: true } : { name, evidence, kind },
  );
  const credit = credits.find((c) => !c.own && (c.kind !== 'copyright' || isAgency(c.name))) ?? credits.find((c) => !c.own);
  return {
    outlet: outletOf(a),
    title: a.title,
    url: a.canonicalUrl || a.url,
    ...(a.published ? { published: a.published } : {}),
    ...(credit ? { credit: credit.name } : {}),
    ...(credits.length ? { credits } : {}),
  };
}

/** Article text for quotes: story blocks only (no junk, no credit lines), one paragraph a line. */
function storyText(p: Prepared): string {
  return p.article.blocks
    .filter((_, i) => p.roles[i] === 'text')
    .map((b) => b.text.replace(/\s*\n\s*/g, ' '))
    .join('\n');
}

// Quotes depend on one version only: a page compared with several candidates reads its own once.
const QUOTES = new WeakMap<Prepared, { text: string; quotes: ExtractedQuote[] }>();
function quotesOf(p: Prepared): { text: string; quotes: ExtractedQuote[] } {
  let q = QUOTES.get(p);
  if (!q) {
    const text = storyText(p);
    QUOTES.set(p, (q = { text, quotes: extractQuotes(text) }));
  }
  return q;
}

function blockDifferences(copy: Prepared, known: Prepared, aOnly: number[], bOnly: number[]): Difference[] {
  const out: Difference[] = [];
  const runs = (units: number[], p: Prepared) => {
    const byBlock = new Map<number, string[]>();
    for (const i of units) if (!p.units[i].heading) pushTo(byBlock, p.units[i].block, p.units[i].text);
    return byBlock;
  };
  for (const [block, texts] of runs(bOnly, known))
    out.push({ kind: 'passage-removed', significance: 'substantive', known: texts.join(' '), knownBlock: block });
  for (const [block, texts] of runs(aOnly, copy)) out.push({ kind: 'passage-added', significance: 'substantive', copy: texts.join(' '), copyBlock: block });
  const knownCredits = known.article.blocks.filter((_, i) => known.roles[i] === 'credit').map((b) => normaliseTypography(b.text));
  const copyCredits = copy.article.blocks.filter((_, i) => copy.roles[i] === 'credit').map((b) => normaliseTypography(b.text));
  known.roles.forEach((r, i) => {
    if (r === 'credit' && !copyCredits.includes(knownCredits[knownCredits.indexOf(normaliseTypography(known.article.blocks[i].text))])) {
      out.push({
        kind: 'attribution-removed',
        significance: 'substantive',
        known: known.article.blocks[i].text,
        notes: [msg('note_creditLineDropped')],
        knownBlock: i,
      });
    }
  });
  copy.roles.forEach((r, i) => {
    const t = copy.article.blocks[i].text;
    if (r === 'credit' && !knownCredits.includes(normaliseTypography(t)))
      out.push({ kind: 'attribution-added', significance: 'substantive', copy: t, copyBlock: i });
    if (r === 'engagement' || r === 'self-promotion')
      out.push({
        kind: 'boilerplate-added',
        significance: 'substantive',
        copy: t.replace(/\s+/g, ' '),
        notes: [msg(r === 'engagement' ? 'note_engagement' : 'note_selfPromotion')],
        copyBlock: i,
      });
  });
  const byline = bylineDifference(copy, known);
  if (byline) out.push(byline);
  return out;
}

function headDifferences(copy: Article, known: Article): Difference[] {
  const out: Difference[] = [];
  if (keys(copy.title).join(' ') !== keys(known.title).join(' '))
    out.push({ kind: 'headline-changed', significance: 'substantive', copy: copy.title, known: known.title, copyBlock: -1, knownBlock: -1 });
  if (known.subtitle && !copy.subtitle)
    out.push({ kind: 'passage-removed', significance: 'substantive', known: known.subtitle, notes: [msg('note_subheadlineMissing')], knownBlock: -1 });
  else if (copy.subtitle && !known.subtitle)
    out.push({ kind: 'passage-added', significance: 'substantive', copy: copy.subtitle, notes: [msg('note_subheadlineOnlyCopy')], copyBlock: -1 });
  else if (copy.subtitle && known.subtitle && keys(copy.subtitle).join(' ') !== keys(known.subtitle).join(' '))
    out.push({
      kind: 'reworded',
      significance: 'substantive',
      copy: copy.subtitle,
      known: known.subtitle,
      notes: [msg('note_subheadlineChanged')],
      copyBlock: -1,
      knownBlock: -1,
    });
  return out;
}

/** Paragraphs from the one holding the first of the last `units` units to the end. */
function paragraphsCut(p: Prepared, units: number): number {
  if (units <= 0) return 0;
  return p.article.blocks.length - p.units[p.units.length - units].block;
}

export interface CompareOptions {
  now?: string;
  /**
   * When Wiretrace first saw each version (epoch ms, the library's addedAt): a publication
   * date a page states later than that does not decide direction (source.ts).
   */
  firstSeen?: { page?: number; other?: number };
  /** Work budget: sentence units aligned per version (align.ts MAX_UNITS); past it Report.truncated says what was left out. */
  maxUnits?: number;
}

// An address in one form: scheme, "www.", fragment and a trailing slash do not make another page.
const addressOf = (u: string | undefined) =>
  u
    ?.trim()
    .toLowerCase()
    .replace(/#.*$/, '')
    .replace(/^https?:\/\/(?:www\.)?/, '')
    .replace(/\/+(?=\?|$)/, '') || undefined;

/** Why the two are one page (same address, or identical text from one outlet), if they are. */
export function samePage(a: Prepared, b: Prepared): Msg | undefined {
  const A = a.article;
  const B = b.article;
  const ua = [addressOf(A.canonicalUrl), addressOf(A.url)].filter(Boolean);
  const ub = [addressOf(B.canonicalUrl), addressOf(B.url)].filter(Boolean);
  if (ua.some((u) => ub.includes(u))) return msg('reason_samePageAddress');
  const sameText = a.units.length > 0 && a.units.length === b.units.length && a.units.every((u, i) => u.keys.join(' ') === b.units[i].keys.join(' '));
  if (sameText && sameOutlet(outletOf(A), outletOf(B))) return msg('reason_samePageText', outletOf(A));
  return undefined;
}

export function compare(page: Article, other: Article, opts: CompareOptions = {}): Report {
  const pp = preparedOf(page);
  const po = preparedOf(other);
  const same = samePage(pp, po);
  if (same) {
    // Not a copy of anything: one page met twice. No source, no copy, no differences.
    return {
      schema: 1,
      verdict: 'same-page',
      reason: [same],
      reusedShare: 1,
      copyReusedShare: 1,
      pageRole: 'source',
      source: ref(pp),
      copy: ref(po),
      otherVersions: [],
      differences: [],
      quotes: [],
      signals: [],
      rows: [],
      generatedAt: opts.now ?? new Date().toISOString(),
    };
  }
  const c = containment(pp, po);
  const sameText = decideSame(c);
  const dir = decideSource(pp, po, opts.now ? Date.parse(opts.now) : Date.now(), { a: opts.firstSeen?.page, b: opts.firstSeen?.other });
  const [copy, known] = dir.aIsSource ? [po, pp] : [pp, po];
  const copyShare = dir.aIsSource ? c.bInA : c.aInB;
  const sourceShare = dir.aIsSource ? c.aInB : c.bInA;
  const { verdict, reason, evidence, sharedOrigin } = decideVerdict({
    same: sameText.same,
    sameReason: sameText.reason,
    copyShare,
    sourceShare,
    copy,
    source: known,
  });

  let differences: Difference[] = [];
  let quotes: QuoteReport[] = [];
  let rows: Report['rows'] = [];
  let truncated: Truncation | undefined;
  // Differences only between versions of one text; quotes also for the same story in own words.
  if (verdict !== 'unrelated') {
    const al = align(copy.units, known.units, opts.maxUnits);
    // Past the alignment's budget, and what the page itself was cut to before it was read.
    const copyCut = paragraphsCut(copy, al.aCut) + (copy.article.cut ?? 0);
    const sourceCut = paragraphsCut(known, al.bCut) + (known.article.cut ?? 0);
    if (copyCut > 0 || sourceCut > 0) truncated = { copyParagraphs: copyCut, sourceParagraphs: sourceCut };
    const pairs = pairDiffs(copy, known, al);
    const cq = quotesOf(copy);
    const kq = quotesOf(known);
    quotes = compareQuotes(cq.quotes, kq.quotes, cq.text, kq.text);
    const altered = quotes.filter((q) => q.status === 'altered');
    const alteredForms = altered.flatMap((q) => [normaliseTypography(q.text), normaliseTypography(q.knownText ?? '')]).filter(Boolean);
    const inAltered = (text: string) => {
      const t = normaliseTypography(text);
      return alteredForms.some((f) => f.includes(t));
    };
    const quoteDiffs: Difference[] = altered.map((q) => ({
      kind: 'quote-altered',
      significance: 'substantive',
      copy: q.text,
      known: q.knownText,
      changes: q.changes,
    }));
    const substantive = [
      ...headDifferences(copy.article, known.article),
      ...pairDifferences(pairs, copy, known, inAltered),
      ...quoteDiffs,
      ...blockDifferences(copy, known, al.aOnly, al.bOnly),
    ];
    if (sameText.same) {
      differences = [...substantive, ...styleDifferences(pairs, copy, known)];
      rows = buildRows(pairs, copy, known, al);
    }
  }
  const pageIsCopy = !dir.aIsSource; // not copy === pp: one article compared with itself is one Prepared
  return {
    schema: 1,
    verdict,
    reason: dir.evidence.length && verdict !== 'unrelated' ? [...reason, msg('reason_direction'), ...dir.evidence] : reason,
    reusedShare: round(c.aInB),
    copyReusedShare: round(copyShare),
    pageRole: pageIsCopy ? 'copy' : 'source',
    ...(sharedOrigin ? { sharedOrigin } : {}),
    source: ref(known),
    copy: ref(copy, evidence),
    otherVersions: [],
    differences,
    quotes,
    signals: dir.copySignals,
    rows,
    ...(truncated ? { truncated } : {}),
    generatedAt: opts.now ?? new Date().toISOString(),
  };
}

const round = (x: number) => Math.round(x * 1000) / 1000;
