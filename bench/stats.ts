// Small timing helpers shared by the bench modules. Figures are medians of repeated runs,
// so one GC pause or a JIT warm-up does not decide a budget.
import { performance } from 'node:perf_hooks';

export function median(xs: number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

/** Runs `fn` `warmup` times unmeasured, then `runs` times; returns each run's milliseconds. */
export function timeRuns(fn: () => unknown, runs: number, warmup = 2): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    out.push(performance.now() - t0);
  }
  return out;
}

/** Rounds a figure for the report: 3 significant decimals below 10, 1 above. */
export function round(x: number): number {
  if (!Number.isFinite(x)) return x;
  return Math.abs(x) < 10 ? Math.round(x * 1000) / 1000 : Math.round(x * 10) / 10;
}

/** One section of BENCHMARKS.md and the named figures it contributes to `--json`. */
export interface BenchSection {
  title: string;
  figures: Record<string, number>;
  /** Markdown body (no heading): table of figures against budgets, method, notes. */
  markdown: string;
}

/** A markdown table row: figure, value, budget, whether the budget is met. */
export function budgetRow(name: string, value: number, unit: string, budget: number | undefined, what: string): string {
  const v = Number.isFinite(value) ? `${round(value)}${unit}` : 'skipped';
  if (budget === undefined) return `| ${what} | \`${name}\` | ${v} | – | – |`;
  const ok = Number.isFinite(value)
    ? value <= budget
      ? 'met'
      : `missed by ${round(value - budget)}${unit} (${Math.round((value / budget - 1) * 100)}%)`
    : 'not measured';
  return `| ${what} | \`${name}\` | ${v} | ≤ ${budget}${unit} | ${ok} |`;
}

export const TABLE_HEAD = '| measure | key | value | budget | status |\n|---|---|---|---|---|';
