// Credit and verdict on real syndication (realdata/pairs-credits.json, hand-checked labels
// for the asprout copy/rewrite pairs): each labelled pair is compared both ways, each
// version as the open page, through articleFromText with the pair's outlet and date.
//   falseAccusations   a page that credits its origin, or is the original publisher,
//                      reported as an uncredited copy
//   creditNamedRecall  of crediting pages, the share whose report names the credited origin
//   directionAccuracy  on credit-each-other pairs, the original publisher named as source
//   uncreditedRecall   pages with no credit that are not the original, reported uncredited
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { articleFromText } from '../src/core/article';
import { compare } from '../src/core/compare';
import { englishAll } from '../src/core/english';
import type { Report, VersionRef } from '../src/core/types';
import { readJson } from './fsutil';
import { round } from './metrics';

interface LabelVersion {
  outlet: string;
  credits: string[];
  credited_origin: string | null;
  is_original_publisher: boolean;
}
interface LabelPair {
  id: string;
  expected: string;
  versions: LabelVersion[];
}
interface PairFile {
  versions: { outlet?: string | null; title?: string | null; text: string; url?: string | null; date?: string | null }[];
}

export interface PageOutcome {
  pair: string;
  page: string;
  other: string;
  verdict: Report['verdict'];
  pageRole: Report['pageRole'];
  /** Credits the report names for the open page. */
  named: string[];
  labelOrigin: string | null;
  original: boolean;
  reason: string;
}

export interface CreditsResult {
  pages: number;
  falseAccusations: number;
  falseAccusationRate: number;
  creditNamedRecall: number;
  crediting: number;
  directionAccuracy: number;
  directionPages: number;
  uncreditedRecall: number;
  uncreditedPages: number;
  /** Pages that went wrong on any measure, for reading. */
  misses: (PageOutcome & { why: string })[];
  ms: number;
}

// Label names and report names in one form: "The Associated Press", "AP" → "associated press";
// "Craig Murray (blog)" → "craig murray". Whole-name comparison, no substrings.
const ALIAS: Record<string, string> = { ap: 'associated press', 'cnn newsource': 'cnn', 'cnn wire': 'cnn', 'cnn wires': 'cnn' };
export function labelName(s: string): string {
  const n = s
    .toLowerCase()
    .replace(/\([^)]*\)/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
  return ALIAS[n] ?? n;
}

function namesOf(ref: VersionRef): string[] {
  const withCredits = ref as VersionRef & { credits?: { name: string }[] };
  return withCredits.credits?.map((c) => c.name) ?? (ref.credit ? [ref.credit] : []);
}

export function evaluateCredits(labelsFile: string, pairsDir: string): CreditsResult | undefined {
  if (!existsSync(labelsFile)) return undefined;
  const t0 = performance.now();
  const labels = readJson<LabelPair[]>(labelsFile);
  const outcomes: PageOutcome[] = [];
  for (const label of labels) {
    const file = join(pairsDir, `${label.id}.json`);
    if (!existsSync(file)) continue;
    const pair = readJson<PairFile>(file);
    const arts = pair.versions.slice(0, 2).map((v, i) =>
      articleFromText(v.text, {
        url: v.url ?? `pair:${label.id}/${i}`,
        ...(v.title ? { title: v.title } : {}),
        ...(v.outlet ? { siteName: v.outlet } : {}),
        ...(v.date ? { published: v.date } : {}),
      }),
    );
    for (const i of [0, 1]) {
      const r = compare(arts[i], arts[1 - i], { now: '2026-01-01T00:00:00Z' });
      const ref = r.pageRole === 'copy' ? r.copy : r.source;
      const lv = label.versions[i];
      outcomes.push({
        pair: label.id,
        page: lv.outlet,
        other: label.versions[1 - i].outlet,
        verdict: r.verdict,
        pageRole: r.pageRole,
        named: namesOf(ref),
        labelOrigin: lv.credited_origin,
        original: lv.is_original_publisher,
        reason: englishAll(r.reason),
      });
    }
  }
  const misses: CreditsResult['misses'] = [];
  const accused = (o: PageOutcome) => o.pageRole === 'copy' && o.verdict === 'uncredited-copy';
  const falseAcc = outcomes.filter((o) => (o.labelOrigin || o.original) && accused(o));
  for (const o of falseAcc) misses.push({ ...o, why: 'false accusation' });
  const crediting = outcomes.filter((o) => o.labelOrigin);
  const namedOk = crediting.filter((o) => o.named.some((n) => labelName(n) === labelName(o.labelOrigin!)));
  for (const o of crediting) if (!namedOk.includes(o)) misses.push({ ...o, why: 'credit not named' });
  const dirPairs = labels.filter((l) => l.expected === 'credit-each-other');
  const dirOutcomes = outcomes.filter((o) => dirPairs.some((l) => l.id === o.pair));
  const dirOk = dirOutcomes.filter((o) => {
    const l = dirPairs.find((x) => x.id === o.pair)!;
    const orig = l.versions.find((v) => v.is_original_publisher)?.outlet;
    return orig !== undefined && (o.page === orig) === (o.pageRole === 'source');
  });
  for (const o of dirOutcomes) if (!dirOk.includes(o)) misses.push({ ...o, why: 'direction wrong' });
  const uncredited = outcomes.filter((o) => !o.labelOrigin && !o.original);
  const uncOk = uncredited.filter(accused);
  for (const o of uncredited) if (!uncOk.includes(o)) misses.push({ ...o, why: 'uncredited copy not reported' });
  const share = (a: number, b: number) => (b ? round(a / b) : 1);
  return {
    pages: outcomes.length,
    falseAccusations: falseAcc.length,
    falseAccusationRate: share(falseAcc.length, outcomes.length),
    creditNamedRecall: share(namedOk.length, crediting.length),
    crediting: crediting.length,
    directionAccuracy: share(dirOk.length, dirOutcomes.length),
    directionPages: dirOutcomes.length,
    uncreditedRecall: share(uncOk.length, uncredited.length),
    uncreditedPages: uncredited.length,
    misses,
    ms: Math.round(performance.now() - t0),
  };
}
