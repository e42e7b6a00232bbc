// Scoring functions shared by the evaluation corpora. The shingle scorer follows the
// article-extraction-benchmark's evaluate.py (scrapinghub/article-extraction-benchmark):
// \w+ tokens, word 4-gram shingles counted as a multiset, per-document tp/fp/fn normalised
// to sum 1, precision and recall averaged over documents, F1 from the two averages.

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}

const TOKEN_RE = /[\p{L}\p{N}_\p{M}]+/gu;

export function tokens(text: string): string[] {
  return text.match(TOKEN_RE) ?? [];
}

function shingleCounts(text: string, n: number): Map<string, number> {
  const t = tokens(text);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, t.length - n + 1); i++) {
    const key = t.slice(i, i + n).join('\u0001');
    if (key) out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** One document's shingle tp/fp/fn, normalised so long texts weigh no more than short ones. */
export function shingleMatch(truth: string, pred: string, n = 4): Counts {
  const t = shingleCounts(truth, n);
  const p = shingleCounts(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const a = t.get(key) ?? 0;
    const b = p.get(key) ?? 0;
    tp += Math.min(a, b);
    fp += Math.max(0, b - a);
    fn += Math.max(0, a - b);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

function precisionScore({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

function recallScore({ tp, fp, fn }: Counts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Benchmark-style averages over documents. */
export function averageShingleScores(docs: Counts[]): PRF {
  const precision = mean(docs.filter((d) => d.tp + d.fp > 0).map(precisionScore));
  const recall = mean(docs.filter((d) => d.tp + d.fn > 0).map(recallScore));
  return { precision, recall, f1: f1(precision, recall) };
}

export function f1(precision: number, recall: number): number {
  return precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
}

/** Precision/recall from a confusion count (for binary decisions and snippet checks). */
export function prf(c: Counts): PRF {
  const precision = c.tp + c.fp > 0 ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn > 0 ? c.tp / (c.tp + c.fn) : 0;
  return { precision, recall, f1: f1(precision, recall) };
}

export type Span = [start: number, end: number];

export const overlaps = (a: Span, b: Span) => a[0] < b[1] && b[0] < a[1];

/**
 * Span detection scored by overlap: a predicted span is correct when it overlaps a gold
 * span, a gold span is found when some prediction overlaps it (the lenient "overlap"
 * match used for quotation extraction, e.g. Pareti's PARC evaluations).
 */
export function spanOverlapCounts(gold: Span[], pred: Span[]): Counts {
  const tp = pred.filter((p) => gold.some((g) => overlaps(g, p))).length;
  const found = gold.filter((g) => pred.some((p) => overlaps(g, p))).length;
  return { tp, fp: pred.length - tp, fn: gold.length - found };
}

export const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;
