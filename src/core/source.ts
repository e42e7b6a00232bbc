// Which version came first. Argument order never decides unless nothing else does:
// each piece of evidence scores for one side, with the weights below.
//   published earlier (≥ DATE_GAP_MIN apart) ............ +3
//   credited by the other version (names its outlet) ..... +4
//   carries a credit line or byline, the other none ...... +2
//   Bulletin-style signals on the other side ............. +1 each (max 3)
import type { JunkKind } from './boilerplate';
import type { BlockRole, Prepared } from './prepare';
import { detectTextSignals } from './signals';
import type { Article, Signal } from './types';

export const DATE_GAP_MIN_MS = 10 * 60 * 1000;

export function outletOf(a: Article): string {
  if (a.siteName?.trim()) return a.siteName.trim();
  // No URL class in the engine's lib (it also runs where only ES2023 is typed): a regex does.
  const host = /^[a-z][a-z0-9+.-]*:\/\/(?:[^@/]*@)?([^/:?#]+)/i.exec(a.canonicalUrl || a.url)?.[1];
  return host ? host.replace(/^www\./, '') : 'Unknown outlet';
}

/** The article's own signals, plus text-level ones it lacks. */
export function signalsOf(a: Article, p?: Prepared): Signal[] {
  const names = new Set(a.signals.map((s) => s.name));
  // Junk kinds are the roles prepare() gave (it tests junk before anything else).
  const pre = p && { kinds: p.roles.map((r) => (isJunkRole(r) ? r : undefined)), credits: p.blockCredits };
  return [...a.signals, ...detectTextSignals(a.blocks, { byline: a.byline }, pre).filter((s) => !names.has(s.name))];
}

const isJunkRole = (r: BlockRole): r is JunkKind => r !== 'text' && r !== 'heading' && r !== 'credit';

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/** Does `by` credit the outlet of `of`? */
export function credits(by: Prepared, of: Article): boolean {
  const outlet = norm(outletOf(of));
  const host = norm((of.canonicalUrl || of.url).replace(/^https?:\/\/(www\.)?/, '').split('/')[0].split('.')[0] ?? '');
  return by.credits.some((c) => {
    const n = norm(c.name);
    return (outlet.length > 1 && (n.includes(outlet) || outlet.includes(n))) || (host.length > 2 && n.replace(/ /g, '').includes(host));
  });
}

export interface Direction {
  /** True when `a` is the likely source of `b`. */
  aIsSource: boolean;
  evidence: string[];
  /** Signals of the version found to be the copy (computed here anyway). */
  copySignals: Signal[];
}

export function decideSource(a: Prepared, b: Prepared): Direction {
  let score = 0; // > 0: a is the source
  const ev: string[] = [];
  const A = a.article;
  const B = b.article;
  const ta = A.published ? Date.parse(A.published) : NaN;
  const tb = B.published ? Date.parse(B.published) : NaN;
  if (!Number.isNaN(ta) && !Number.isNaN(tb) && Math.abs(ta - tb) >= DATE_GAP_MIN_MS) {
    score += ta < tb ? 3 : -3;
    ev.push(`${outletOf(ta < tb ? A : B)} published first`);
  }
  if (credits(b, A)) { score += 4; ev.push(`${outletOf(B)} credits ${outletOf(A)}`); }
  if (credits(a, B)) { score -= 4; ev.push(`${outletOf(A)} credits ${outletOf(B)}`); }
  const hasCredit = (p: Prepared) => p.credits.length > 0 || !!p.article.byline?.trim();
  if (hasCredit(a) !== hasCredit(b)) {
    score += hasCredit(a) ? 2 : -2;
    ev.push(`only ${outletOf(hasCredit(a) ? A : B)} carries a byline or credit`);
  }
  const sigA = signalsOf(A, a);
  const sigB = signalsOf(B, b);
  const sa = sigA.filter((s) => s.name !== 'no-byline-or-credit').length;
  const sb = sigB.filter((s) => s.name !== 'no-byline-or-credit').length;
  if (sa !== sb) {
    score += Math.max(-3, Math.min(3, sb - sa));
    ev.push(`${outletOf(sa > sb ? A : B)} shows ${Math.max(sa, sb)} copy-site signals`);
  }
  // Nothing decides: the version the reader's library knew first (b, the other) stays the source.
  return { aIsSource: score > 0, evidence: ev, copySignals: score > 0 ? sigB : sigA };
}
