// Which version came first. Argument order never decides unless nothing else does:
// each piece of evidence scores for one side, with the weights below.
//   published earlier (≥ DATE_GAP_MIN apart) ............ +3
//   credited by the other version (names its outlet) ..... +4  (+2 when only its metadata does)
//   its own byline or dateline names its own outlet ...... +3  ("(CNN)" on cnn.com)
//   names the agency or outlet the text came from, the
//   other names nobody (and is not the one named) ........ +3
//   carries a credit line or byline, the other none ...... +2
//   Bulletin-style signals on the other side ............. +1 each (max 3)
// What a page says about itself is evidence with limits: a stated date in the future, later
// than Wiretrace first saw the page (the library's addedAt), or DATE_GAP_MAX_MS or more from
// the other version's, does not decide direction alone; when the dates point one way and the
// credits the other, the evidence says so. A credit in a page's metadata (JSON-LD
// isBasedOn, sourceOrganization, …) counts as the page crediting that outlet, weighed below
// a credit in its text, and never alone makes the named outlet the origin of others.
import type { JunkKind } from './boilerplate';
import { isAgency, sameOutlet, type Credit } from './credits';
import { nameFitsHost } from './outlet-name';
import { counted, msg, type Msg } from './messages';
import type { BlockRole, Prepared } from './prepare';
import { detectTextSignals } from './signals';
import type { Article, Signal } from './types';

export const DATE_GAP_MIN_MS = 10 * 60 * 1000;
/** Versions of one text stated this far apart: the earlier date is not believed alone. */
export const DATE_GAP_MAX_MS = 365 * 24 * 60 * 60 * 1000;

export function outletOf(a: Article): string {
  return statedName(a) ?? hostOf(a) ?? 'Unknown outlet';
}

// No URL class in the engine's lib (it also runs where only ES2023 is typed): a regex does.
const HOST_RE = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i;

/**
 * The site name the page states, when its own address bears it out (outlet-name.ts); the
 * page's address, not its canonical link, since the page writes both. No web address (a
 * text or a file given to the CLI, which names it): the name as given.
 */
export function statedName(a: Article): string | undefined {
  const name = a.siteName?.trim();
  if (!name) return undefined;
  const host = /^https?:/i.test(a.url) ? HOST_RE.exec(a.url)?.[1] : a.canonicalUrl ? HOST_RE.exec(a.canonicalUrl)?.[1] : undefined;
  return !host || nameFitsHost(name, host) ? name : undefined;
}

/** The article's own signals, plus text-level ones it lacks. */
export function signalsOf(a: Article, p?: Prepared): Signal[] {
  const names = new Set(a.signals.map((s) => s.name));
  // Junk kinds are the roles prepare() gave (it tests junk before anything else).
  const pre = p && { kinds: p.roles.map((r) => (isJunkRole(r) ? r : undefined)), credits: p.blockCredits };
  const all = [...a.signals, ...detectTextSignals(a.blocks, { byline: a.byline }, pre).filter((s) => !names.has(s.name))];
  // A credit in the page's metadata is a credit: the page is not one with "no byline or credit".
  return p?.credits.some((c) => c.kind === 'metadata') ? all.filter((s) => s.name !== 'no-byline-or-credit') : all;
}

const isJunkRole = (r: BlockRole): r is JunkKind => r !== 'text' && r !== 'heading' && r !== 'credit' && r !== 'meta';

/** The page's host without "www." (the outlet's name when it states none the host bears out). */
function hostOf(a: Article): string | undefined {
  return HOST_RE.exec(a.canonicalUrl || a.url)?.[1]?.replace(/^www\./, '');
}

/** Does the credit name this article's outlet (its stated name or its host)? Whole names only. */
export function namesOutlet(c: Credit, of: Article): boolean {
  const name = statedName(of);
  if (name && sameOutlet(c.name, name)) return true;
  const host = hostOf(of);
  return !!host && sameOutlet(c.name, host);
}

/** The credit in `by` that names the outlet of `of`, if any: a line in its text before its metadata. */
export function creditTo(by: Prepared, of: Article): Credit | undefined {
  const named = by.credits.filter((c) => namesOutlet(c, of));
  return named.find((c) => c.kind !== 'metadata') ?? named[0];
}

/** Does `by` credit the outlet of `of`? */
export function credits(by: Prepared, of: Article): boolean {
  return !!creditTo(by, of);
}

/** Credits naming the page's own outlet: its own byline or dateline ("(CNN)" on cnn.com). */
export function selfCredits(p: Prepared): Credit[] {
  return p.credits.filter((c) => c.kind !== 'copyright' && namesOutlet(c, p.article));
}

/**
 * Credits to someone other than the page's own outlet. A copyright line counts only when it
 * names an agency (a site's own footer names its owner, not a source).
 */
export function otherCredits(p: Prepared): Credit[] {
  return p.credits.filter((c) => !namesOutlet(c, p.article) && (c.kind !== 'copyright' || isAgency(c.name)));
}

export interface Direction {
  /** True when `a` is the likely source of `b`. */
  aIsSource: boolean;
  /** What points which way, as sentences for the reader (messages.ts). */
  evidence: Msg[];
  /** Signals of the version found to be the copy (computed here anyway). */
  copySignals: Signal[];
  /** True when the stated dates point one way and the credits the other. */
  conflict?: boolean;
}

/** When Wiretrace first saw each version (epoch ms; the library's addedAt), when known. */
export interface FirstSeen {
  a?: number;
  b?: number;
}

/**
 * A stated publication time the evidence can use, or NaN (absent, unparsable, in the future,
 * or later than Wiretrace first saw the page: a page cannot have been published after it was
 * read, so its date says nothing about which came first).
 */
function statedTime(a: Article, now: number, firstSeen: number | undefined): number {
  const t = a.published ? Date.parse(a.published) : NaN;
  if (t > now) return NaN;
  return firstSeen !== undefined && t > firstSeen + DATE_GAP_MIN_MS ? NaN : t;
}

/** True when the page states a date later than Wiretrace first saw it. */
function laterThanSeen(a: Article, firstSeen: number | undefined): boolean {
  const t = a.published ? Date.parse(a.published) : NaN;
  return firstSeen !== undefined && t > firstSeen + DATE_GAP_MIN_MS;
}

export function decideSource(a: Prepared, b: Prepared, now = Date.now(), firstSeen: FirstSeen = {}): Direction {
  let score = 0; // > 0: a is the source
  const ev: Msg[] = [];
  const A = a.article;
  const B = b.article;
  const ta = statedTime(A, now, firstSeen.a);
  const tb = statedTime(B, now, firstSeen.b);
  // Said only where the date would have counted: the other version states a usable date.
  if (laterThanSeen(A, firstSeen.a) && !Number.isNaN(tb) && Date.parse(A.published ?? '') <= now) ev.push(msg('dir_laterThanSeen', outletOf(A)));
  if (laterThanSeen(B, firstSeen.b) && !Number.isNaN(ta) && Date.parse(B.published ?? '') <= now) ev.push(msg('dir_laterThanSeen', outletOf(B)));
  let dateSays = 0;
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && Math.abs(ta - tb) >= DATE_GAP_MIN_MS) {
    dateSays = ta < tb ? 1 : -1;
    const years = Math.floor(Math.abs(ta - tb) / DATE_GAP_MAX_MS);
    if (years >= 1) ev.push(counted('dir_dateGapIgnored', years, outletOf(ta < tb ? A : B), String(years), outletOf(ta < tb ? B : A)));
    else {
      score += 3 * dateSays;
      ev.push(msg('dir_publishedFirst', outletOf(ta < tb ? A : B)));
    }
  }
  let creditSays = 0;
  const bToA = creditTo(b, A);
  const aToB = creditTo(a, B);
  // A credit only in metadata weighs less: a page's metadata is easier to dress than its text.
  const weight = (c: Credit) => (c.kind === 'metadata' ? 2 : 4);
  const credits = (by: Article, of: Article, c: Credit) =>
    msg(c.kind === 'metadata' ? 'dir_creditsMetadata' : 'dir_credits', outletOf(by), outletOf(of), c.evidence);
  if (bToA) {
    score += weight(bToA);
    creditSays += 1;
    ev.push(credits(B, A, bToA));
  }
  if (aToB) {
    score -= weight(aToB);
    creditSays -= 1;
    ev.push(credits(A, B, aToB));
  }
  const ownA = !aToB && selfCredits(a)[0];
  const ownB = !bToA && selfCredits(b)[0];
  if (!!ownA !== !!ownB) {
    score += ownA ? 3 : -3;
    ev.push(msg('dir_ownCredit', outletOf(ownA ? A : B), (ownA || (ownB as Credit)).evidence));
  }
  // A version that names where the text came from (an agency, another outlet) against one that
  // names nobody: the silent one is not the origin either, unless it is the one named.
  // Text credits only: a metadata claim alone does not make a page the closer one to the origin.
  const origin = (p: Prepared, other: Article) => otherCredits(p).find((c) => c.kind !== 'metadata' && !namesOutlet(c, other));
  const oA = !aToB && !bToA && origin(a, B);
  const oB = !aToB && !bToA && origin(b, A);
  if (!!oA !== !!oB && !otherCredits(oA ? b : a).length) {
    score += oA ? 3 : -3;
    ev.push(msg('dir_namesOrigin', outletOf(oA ? A : B), (oA || (oB as Credit)).name));
  }
  // A credit naming the other version is evidence for the other, not for this one.
  const hasCredit = (p: Prepared) => p.credits.some((c) => !namesOutlet(c, p === a ? B : A)) || !!p.article.byline?.trim();
  if (hasCredit(a) !== hasCredit(b)) {
    score += hasCredit(a) ? 2 : -2;
    ev.push(msg('dir_onlyCredit', outletOf(hasCredit(a) ? A : B)));
  }
  const sigA = signalsOf(A, a);
  const sigB = signalsOf(B, b);
  const sa = sigA.filter((s) => s.name !== 'no-byline-or-credit').length;
  const sb = sigB.filter((s) => s.name !== 'no-byline-or-credit').length;
  if (sa !== sb) {
    score += Math.max(-3, Math.min(3, sb - sa));
    ev.push(counted('dir_signals', Math.max(sa, sb), outletOf(sa > sb ? A : B), String(Math.max(sa, sb))));
  }
  // Conflicting evidence is said, not hidden: the credits outweigh a page's own stated date.
  const conflict = dateSays !== 0 && creditSays !== 0 && Math.sign(creditSays) !== dateSays;
  if (conflict) ev.push(msg('dir_conflict'));
  // Nothing decides: the version Wiretrace saw first is the source when both times are known
  // (its own observation, not the pages' word); else the other (b, the known version) stays it.
  const sa0 = firstSeen.a;
  const sb0 = firstSeen.b;
  if (score === 0 && sa0 !== undefined && sb0 !== undefined && Math.abs(sa0 - sb0) >= DATE_GAP_MIN_MS) {
    score = sa0 < sb0 ? 1 : -1;
    ev.push(msg('dir_seenFirst', outletOf(sa0 < sb0 ? A : B)));
  }
  return { aIsSource: score > 0, evidence: ev, copySignals: score > 0 ? sigB : sigA, ...(conflict ? { conflict } : {}) };
}
