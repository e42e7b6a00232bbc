// Issue 14: what a hostile page can make Wiretrace spend. Each family is a pathological
// input of items 1, 2, 7, 8 and 11, run at 1×, 4× and 16× its base size; the figure is CPU
// time of this thread (process.cpuUsage, median of RUNS, fresh article objects each run so
// nothing is served from the engine's per-article caches), which is the worker time a page
// costs and is steadier than wall time on a shared machine. Budgets: 16× input ≤ 20× time
// (near-linear, not quadratic); a page-sized input (within the worker's article limits,
// shared/validate-article ARTICLE_LIMITS) ≤ 1 s.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadArticle } from '../src/cli/load.ts';
import { compare } from '../src/core/compare.ts';
import * as H from '../src/core/testing/hostile.ts';
import type { Article } from '../src/core/types.ts';
import { extractArticle } from '../src/extract/extract.ts';
import { parseHtml } from '../src/extract/node-dom.ts';
import { type ChromiumFigures, HOSTILE_PARAGRAPH_CHARS, measureHostileInChromium } from './hostile-chromium.ts';
import { type BenchSection, budgetRow, median, round, TABLE_HEAD } from './stats.ts';

const RUNS = 3;
const SCALES = [1, 4, 16] as const;
const PAGE_MS = 1000;
const GROWTH_MAX = 20;

interface Family {
  item: string;
  name: string;
  /** What one unit of size is, for the table. */
  unit: string;
  base: number;
  /** Within the worker's limits at every scale (a page can send it). */
  pageSized: boolean;
  /** Builds the input once per scale; returns the run (called RUNS + 1 times). */
  setup(size: number): () => unknown;
}

const pair = (p: { known: Article; copy: Article }) => () => compare(structuredClone(p.copy), structuredClone(p.known));
const text = (make: (n: number) => { known: Article; copy: Article }) => (n: number) => pair(make(n));
const extraction = (html: string) => () => {
  try {
    return extractArticle(parseHtml(html), 'https://hostile.test/page', { parse: parseHtml });
  } catch (e) {
    return (e as Error).name; // refused by the reading budget: that is the answer
  }
};

let tmp: string | undefined;
const cliFile = (name: string, bytes: Uint8Array | string) => {
  tmp ??= mkdtempSync(join(tmpdir(), 'wiretrace-hostile-'));
  const path = join(tmp, name);
  writeFileSync(path, bytes);
  return async () => loadArticle(path).catch((e: Error) => e.message);
};

const FAMILIES: Family[] = [
  {
    item: '1',
    name: 'quote stall: `"wordN here," said Smith.` paragraph, compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(H.quoteStall(n))),
  },
  {
    item: '1',
    name: 'quote stall, one quote repeated (still a library candidate at any size), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(H.quoteRepeat(n))),
  },
  {
    item: '2',
    name: 'run of “ (isJunkSentence letter words), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(H.run('“', n))),
  },
  {
    item: '2',
    name: 'run of " (SENTENCE_BREAK lookbehind), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(H.run('"', n))),
  },
  {
    item: '2',
    name: 'run of ) (SENTENCE_BREAK lookbehind), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(H.run(')', n))),
  },
  {
    item: '2',
    name: 'long token changed by one letter (editDistance), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(...H.longTokenPair(n))),
  },
  {
    item: '2',
    name: 'one all-caps word (nameRegistry), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(H.run('A', n))),
  },
  {
    item: '2',
    name: 'one long sentence, one word changed (lcsDice), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(...H.longSentencePair(n))),
  },
  {
    item: '2',
    name: 'times with line breaks in one sentence (STAMP), compare()',
    unit: 'chars',
    base: 3_000,
    pageSized: true,
    setup: text((n) => H.pairWith(H.stampLines(n))),
  },
  {
    item: '2',
    name: 'many known-only paragraphs (buildRows), compare()',
    unit: 'paragraphs',
    base: 125,
    pageSized: true,
    setup: text((n) => H.manyLinesPair(n)),
  },
  { item: '7', name: 'padded copy, edit in the last paragraph, compare()', unit: 'paragraphs', base: 94, pageSized: true, setup: text((n) => H.paddedPair(n)) },
  {
    item: '8',
    name: '<noscript> holding markup, extraction (linkedom)',
    unit: 'elements',
    base: 8_750,
    pageSized: true,
    setup: (n) => extraction(H.noscriptPage(n)),
  },
  { item: '2, 11', name: 'nested <div>s, extraction (linkedom)', unit: 'levels', base: 6_250, pageSized: true, setup: (n) => extraction(H.nestedDivs(n)) },
  {
    item: '11',
    name: 'nested <div>s, CLI `wiretrace` on a saved page',
    unit: 'levels',
    base: 6_250,
    pageSized: false,
    setup: (n) => cliFile(`nested-${n}.html`, H.nestedDivs(n)),
  },
  {
    item: '11',
    name: 'gzip bomb, CLI `wiretrace` on a .html.gz (inflated size)',
    unit: 'MB',
    base: 4,
    pageSized: false,
    setup: (n) => cliFile(`bomb-${n}.html.gz`, gzipSync(Buffer.from(`<html><body><p>${' '.repeat(n * 1024 * 1024)}</p></body></html>`))),
  },
];

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

async function timeFamily(f: Family, size: number): Promise<number> {
  const runOnce = f.setup(size);
  await runOnce(); // warm-up: JIT, lazy regex compilation
  const out: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = cpuMs();
    await runOnce();
    out.push(cpuMs() - t0);
  }
  return median(out);
}

export async function run(): Promise<BenchSection> {
  const rows: string[] = [];
  let worstPage = 0;
  let worstPageCase = '';
  let worstGrowth = 0;
  let worstGrowthCase = '';
  try {
    for (const f of FAMILIES) {
      const ms: number[] = [];
      for (const s of SCALES) ms.push(await timeFamily(f, f.base * s));
      const growth = ms[2] / Math.max(ms[0], 0.001);
      if (growth > worstGrowth) [worstGrowth, worstGrowthCase] = [growth, f.name];
      if (f.pageSized && Math.max(...ms) > worstPage) [worstPage, worstPageCase] = [Math.max(...ms), f.name];
      const ok = growth <= GROWTH_MAX && (!f.pageSized || Math.max(...ms) <= PAGE_MS);
      rows.push(
        `| ${f.item} | ${f.name} | ${f.base.toLocaleString('en')} ${f.unit} | ${ms.map((x) => round(x)).join(' | ')} | ${round(growth)}× | ${f.pageSized ? 'yes' : 'no (CLI)'} | ${ok ? 'met' : 'missed'} |`,
      );
    }
  } finally {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  }
  const chromium = await measureHostileInChromium().catch((e: unknown) => `failed: ${String(e).slice(0, 200)}`);
  const c: ChromiumFigures =
    typeof chromium === 'string'
      ? {
          ratio: Number.NaN,
          plainMs: Number.NaN,
          hostileMs: Number.NaN,
          firstPlainMs: Number.NaN,
          firstHostileMs: Number.NaN,
          hostileCheckMs: Number.NaN,
          hostileCompared: false,
          runs: { plain: [], hostile: [], ratios: [] },
          coldRatio: Number.NaN,
          coldPlainMs: Number.NaN,
          coldHostileMs: Number.NaN,
          cold: { plain: [], hostile: [], ratios: [] },
        }
      : chromium;
  const rounds = c.runs.ratios.length;
  const ms = (xs: number[]) => xs.map(round).join(', ');
  return {
    title: 'Hostile inputs (issue 14): cost at 1×, 4× and 16×',
    figures: {
      hostileWorstMs: round(worstPage),
      hostileWorstScaling16x: round(worstGrowth),
      hostileCopyBadgeBeforeMs: round(c.plainMs),
      hostileCopyBadgeAfterMs: round(c.hostileMs),
      hostileCopyBadgeRatio: round(c.ratio),
      hostileCopyFirstRatio: round(c.firstHostileMs / c.firstPlainMs),
      hostileCopyColdRatio: round(c.coldRatio),
    },
    markdown: [
      TABLE_HEAD,
      budgetRow('hostileWorstMs', worstPage, ' ms', PAGE_MS, `slowest page-sized case, any scale (${worstPageCase})`),
      budgetRow('hostileWorstScaling16x', worstGrowth, '×', GROWTH_MAX, `worst growth, 16× input over 1× (${worstGrowthCase})`),
      budgetRow('hostileCopyBadgeBeforeMs', c.plainMs, ' ms', undefined, `Chromium: page load → badge of a normal copy, median of ${rounds} reloads`),
      budgetRow(
        'hostileCopyBadgeAfterMs',
        c.hostileMs,
        ' ms',
        undefined,
        `Chromium: the same in a browser that also stored the item-1 hostile page (${HOSTILE_PARAGRAPH_CHARS.toLocaleString('en')} characters of quotes), median of ${rounds} reloads`,
      ),
      budgetRow('hostileCopyBadgeRatio', c.ratio, '×', 2, `Chromium: median of the ${rounds} interleaved rounds' after / before ratios`),
      budgetRow(
        'hostileCopyColdRatio',
        c.coldRatio,
        '×',
        2,
        `Chromium: the same with both workers stopped before each reload, median of ${c.cold.ratios.length} rounds (${round(c.coldPlainMs)} ms without, ${round(c.coldHostileMs)} ms with)`,
      ),
      budgetRow('hostileCopyFirstRatio', c.firstHostileMs / c.firstPlainMs, '×', 2, 'Chromium: the same for the first load of the copy (one sample each)'),
      '',
      typeof chromium === 'string'
        ? `Chromium part SKIPPED: ${chromium}.`
        : `Chromium (headless, extension from dist/, pages of e2e/hostile on loopback; bench/hostile-chromium.ts): two browsers with their own profiles, both holding the original (cbc.test), one also the hostile page on the same host; the copy (bigtownbulletin.test) is reloaded in both, in ${rounds} rounds alternating which goes first. ` +
          `The hostile page's own check settled ${round(c.hostileCheckMs)} ms after its load. The copy's report ${c.hostileCompared ? 'lists' : 'does NOT list'} the hostile version (${c.hostileCompared ? 'it was compared' : 'the figures do not measure it'}). ` +
          `First load (ms): ${round(c.firstPlainMs)} without, ${round(c.firstHostileMs)} with the hostile page. Rounds (ms): without ${ms(c.runs.plain)}; with ${ms(c.runs.hostile)}; ratios ${ms(c.runs.ratios)}. ` +
          `Rounds with stopped workers (ms): without ${ms(c.cold.plain)}; with ${ms(c.cold.hostile)}; ratios ${ms(c.cold.ratios)}.`,
      '',
      '| item | family | 1× size | 1× ms | 4× ms | 16× ms | 16×/1× | page-sized | status |',
      '|---|---|---|---|---|---|---|---|---|',
      ...rows,
      '',
      `CPU milliseconds of the bench thread (process.cpuUsage), median of ${RUNS} runs after one warm-up; each compare() gets fresh article objects. ` +
        'Inputs are src/core/testing/hostile.ts (the unit tests in src/core/hostile.test.ts and src/extract/budget.test.ts run the same patterns at ~1 MB in a worker). ' +
        'Text families put the pattern in one paragraph of a four-paragraph story (16× = 48,000 characters, within the 50,000-character paragraph limit); ' +
        'extraction families are refused by the reading budget (src/extract/budget.ts, node-dom.ts) past 30,000 elements or 128 levels, so their time is the cost of saying no. ' +
        "The CLI rows are not page-sized (a file on the reader's disk); the gzip bomb is measured at 4, 16 and 64 MB inflated, whatever cap the CLI has at the time of the run.",
    ].join('\n'),
  };
}
