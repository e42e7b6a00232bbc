// "Is this page a version of that one?" on pairs of real article texts (realdata/pairs:
// asprout copies/rewrites with page junk, and SemEval-2022 Task 8 human-scored pairs).
// `copy` and `rewrite` are positives; `same-topic-different` and `unrelated` negatives.
import { basename } from 'node:path';
import { articleFromText } from '../src/core/article';
import { englishText } from '../src/core/english';
import { sameStory } from '../src/core/same-story';
import { FIVE_GRAM_THRESHOLD, fiveGramContainment } from './baselines';
import { listFiles, readJson } from './fsutil';
import { prf, round, type Counts } from './metrics';

interface PairFile {
  id?: string;
  relation: 'copy' | 'rewrite' | 'same-topic-different' | 'unrelated';
  versions: { outlet?: string | null; title?: string | null; text: string; url?: string | null; date?: string | null; lang?: string }[];
}

export interface Confusion extends Counts {
  tn: number;
}

export interface BinaryScore {
  precision: number;
  recall: number;
  tp: number;
  fp: number;
  fn: number;
  tn: number;
  n: number;
}

export interface PairsResult extends BinaryScore {
  semeval: BinaryScore;
  baseline: BinaryScore & { method: string };
  baselineSemeval: BinaryScore;
  /** Pairs the engine got wrong, by id and label, for reading. */
  errors: { id: string; relation: string; said: boolean; reusedShare: number; reason: string }[];
  ms: number;
}

const isPositive = (r: string) => r === 'copy' || r === 'rewrite';

function score(c: Confusion): BinaryScore {
  const { precision, recall } = prf(c);
  return { precision: round(precision), recall: round(recall), tp: c.tp, fp: c.fp, fn: c.fn, tn: c.tn, n: c.tp + c.fp + c.fn + c.tn };
}

function add(c: Confusion, truth: boolean, said: boolean): void {
  if (truth && said) c.tp++;
  else if (!truth && said) c.fp++;
  else if (truth) c.fn++;
  else c.tn++;
}

const empty = (): Confusion => ({ tp: 0, fp: 0, fn: 0, tn: 0 });

export function evaluatePairs(dir: string): PairsResult {
  const t0 = performance.now();
  const all = empty();
  const sem = empty();
  const base = empty();
  const baseSem = empty();
  const errors: PairsResult['errors'] = [];
  for (const file of listFiles(dir, /\.json$/)) {
    const pair = readJson<PairFile>(file);
    if (!pair.versions || pair.versions.length < 2 || !pair.relation) continue;
    const id = pair.id ?? basename(file, '.json');
    const semeval = /^semeval/i.test(id) || 'human_scores_1_most_similar_4_least' in pair;
    const [a, b] = pair.versions
      .slice(0, 2)
      .map((v, i) =>
        articleFromText(v.text, { url: v.url ?? `pair:${id}/${i}`, ...(v.title ? { title: v.title } : {}), ...(v.outlet ? { siteName: v.outlet } : {}) }),
      );
    const truth = isPositive(pair.relation);
    const verdict = sameStory(a, b);
    add(all, truth, verdict.same);
    if (semeval) add(sem, truth, verdict.same);
    if (verdict.same !== truth)
      errors.push({ id, relation: pair.relation, said: verdict.same, reusedShare: round(verdict.reusedShare), reason: englishText(verdict.reason) });
    const baseSaid = fiveGramContainment(pair.versions[0].text, pair.versions[1].text) >= FIVE_GRAM_THRESHOLD;
    add(base, truth, baseSaid);
    if (semeval) add(baseSem, truth, baseSaid);
  }
  return {
    ...score(all),
    semeval: score(sem),
    baseline: { ...score(base), method: `word 5-gram containment of the shorter text ≥ ${FIVE_GRAM_THRESHOLD}, raw texts` },
    baselineSemeval: score(baseSem),
    errors,
    ms: Math.round(performance.now() - t0),
  };
}
