// `npm run eval`: measures Wiretrace on real text nobody on the project wrote
// (../shared/realdata, see its README) and on the seed pair, next to plain peers run on
// the same data, and writes EVALUATION.md.
//
//   npm run eval                      every corpus found, writes EVALUATION.md
//   npm run -s eval -- --json         the same, and prints one JSON object on stdout
//                                     (-s: without it npm prints its script banner first)
//   npm run eval -- --pairs DIR       only these pair files (same layout as realdata/pairs)
//   npm run eval -- --credits FILE    credit labels for those pairs (default pairs-credits.json
//                                     beside the pairs folder): false accusations, credit named
//   npm run eval -- --polnear DIR     only this PolNeAR-layout folder (attributions_*.json)
//   npm run eval -- --zyte DIR        only this article-extraction-benchmark folder
//   npm run eval -- --news-pages DIR  only this readability-pages-layout folder: news pages
//                                     kept and other pages refused (news-only decision)
//   --realdata DIR   where the corpora are (default ../shared/realdata beside the repo)
//   --out FILE       write the Markdown there (custom-corpus runs write nothing by default,
//                    so they never overwrite the committed EVALUATION.md)
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { evaluateReadabilityPages, evaluateTrafilatura, evaluateZyte } from './extraction';
import { isDir } from './fsutil';
import { evaluateCredits } from './credits';
import { evaluateNewsPages } from './news-pages';
import { evaluatePairs } from './pairs';
import { evaluateQuotes } from './quotes';
import { evaluateSearch } from './search';
import { renderMarkdown, type EvalRun } from './report';
import { checkSeed } from './seed';

const ROOT = resolve(import.meta.dirname, '..');

function parseArgs(argv: string[]): Record<string, string | true> {
  const out: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, v] = a.slice(2).split('=', 2);
    if (v !== undefined) out[k] = v;
    else if (['json', 'help'].includes(k)) out[k] = true;
    else if (argv[i + 1] && !argv[i + 1].startsWith('--')) out[k] = argv[++i];
    else throw new Error(`--${k} needs a folder`);
  }
  return out;
}

const log = (msg: string) => process.stderr.write(`eval: ${msg}\n`);

function main(): number {
  let args: Record<string, string | true>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    log((e as Error).message);
    return 2;
  }
  if (args.help) {
    process.stdout.write(readUsage());
    return 0;
  }
  const dirArg = (k: string) => (typeof args[k] === 'string' ? resolve(args[k] as string) : undefined);
  const custom = { pairs: dirArg('pairs'), polnear: dirArg('polnear'), zyte: dirArg('zyte'), newsPages: dirArg('news-pages') };
  const onlyCustom = Object.values(custom).some(Boolean);
  const realdata = dirArg('realdata') ?? resolve(ROOT, '../shared/realdata');
  const run: EvalRun = {
    command: `npm run eval${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    date: new Date().toISOString(),
    node: process.version,
    skipped: [],
  };
  const started = performance.now();
  const want = (k: 'pairs' | 'polnear' | 'zyte' | 'newsPages', fallback: string | undefined): string | undefined => {
    const dir = custom[k] ?? (onlyCustom ? undefined : fallback);
    if (!dir) return undefined;
    if (!isDir(dir)) {
      run.skipped.push(`${k}: ${dir} not found`);
      log(`skipping ${k}: ${dir} not found`);
      return undefined;
    }
    return dir;
  };

  if (!onlyCustom && !isDir(realdata)) {
    run.skipped.push(`realdata: ${realdata} not found — only the seed pair was measured`);
    log(`${realdata} not found: skipping every realdata corpus (the seed pair still runs)`);
  }
  const pairsDir = want('pairs', join(realdata, 'pairs'));
  if (pairsDir) {
    log(`pairs: ${pairsDir}`);
    run.pairs = evaluatePairs(pairsDir);
    const creditsFile = typeof args.credits === 'string' ? resolve(args.credits) : join(pairsDir, '..', 'pairs-credits.json');
    run.verdicts = evaluateCredits(creditsFile, pairsDir);
    if (run.verdicts) log(`credits: ${creditsFile}`);
    else {
      run.skipped.push(`credits: ${creditsFile} not found`);
      log(`skipping credits: ${creditsFile} not found`);
    }
    log(`search phrases: ${pairsDir}`);
    run.search = evaluateSearch(pairsDir);
  } else if (custom.pairs || !onlyCustom) {
    run.skipped.push('search phrases: no pairs folder');
    log('skipping search phrases: no pairs folder');
  }
  const polnearDir = want('polnear', join(realdata, 'polnear-train'));
  if (polnearDir) {
    log(`quotes: ${polnearDir}`);
    run.quotes = evaluateQuotes(polnearDir);
  }
  const readabilityDir = isDir(join(realdata, 'readability-pages')) ? join(realdata, 'readability-pages') : undefined;
  if (!onlyCustom) {
    if (readabilityDir) {
      log(`extraction: ${readabilityDir}`);
      run.readabilityPages = evaluateReadabilityPages(readabilityDir);
    } else if (isDir(realdata)) run.skipped.push('readability-pages: not found');
    const trafDir = join(realdata, 'trafilatura-eval');
    if (isDir(trafDir)) {
      log(`extraction: ${trafDir}`);
      run.trafilatura = evaluateTrafilatura(trafDir);
    } else if (isDir(realdata)) run.skipped.push('trafilatura-eval: not found');
  }
  const newsDir = want('newsPages', readabilityDir);
  if (newsDir) {
    log(`news pages: ${newsDir}`);
    run.newsPages = evaluateNewsPages(newsDir, join(realdata, 'asprout-mturk-content-labels', 'mturk_scrapes_sample.json'));
  }
  const zyteDir = want('zyte', undefined);
  if (zyteDir) {
    log(`extraction (zyte layout): ${zyteDir}`);
    run.zyte = evaluateZyte(zyteDir);
  }
  if (!onlyCustom) {
    log('seed pair');
    run.seed = checkSeed(join(ROOT, 'test-fixtures/seed-pair'));
  }
  run.seconds = Math.round((performance.now() - started) / 100) / 10;

  const out = typeof args.out === 'string' ? resolve(args.out) : onlyCustom ? undefined : join(ROOT, 'EVALUATION.md');
  if (out) {
    writeFileSync(out, renderMarkdown(run));
    log(`wrote ${out} (${run.seconds}s)`);
  } else log(`custom corpora: EVALUATION.md left unchanged (use --out FILE to write a report) (${run.seconds}s)`);
  if (args.json) process.stdout.write(JSON.stringify(summary(run), null, 2) + '\n');
  return 0;
}

/** The machine-readable summary: one member per corpus that ran (issue 3's shape first). */
export function summary(run: EvalRun): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (run.pairs) {
    const { errors: _errors, ms: _ms, ...rest } = run.pairs;
    out.pairs = rest;
  }
  if (run.search) {
    const { phraseHitRate, phraseFalseHitRate, pairs, firstRequestHitRate, positives, negatives } = run.search;
    out.search = { phraseHitRate, phraseFalseHitRate, pairs, firstRequestHitRate, positives, negatives };
  }
  if (run.verdicts) {
    const { misses: _misses, ms: _ms, ...rest } = run.verdicts;
    out.verdicts = rest;
  }
  if (run.quotes) {
    const { ms: _ms, ...rest } = run.quotes;
    out.quotes = rest;
  }
  // `extraction` is the --zyte folder when one was given, else readability-pages.
  const main = run.zyte ?? run.readabilityPages;
  if (main) {
    out.extraction = {
      f1: main.f1,
      precision: main.precision,
      recall: main.recall,
      n: main.n,
      corpus: run.zyte ? 'zyte' : 'readability-pages',
      baseline: main.baseline,
      ...(run.readabilityPages && !run.zyte ? { news: run.readabilityPages.news, detection: run.readabilityPages.detection } : {}),
      ...(run.trafilatura
        ? {
            trafilatura: {
              f1: run.trafilatura.f1,
              precision: run.trafilatura.precision,
              recall: run.trafilatura.recall,
              n: run.trafilatura.n,
              leakShare: run.trafilatura.leakShare,
              baseline: run.trafilatura.baseline,
            },
          }
        : {}),
    };
  }
  if (run.newsPages) {
    const { rows: _rows, ms: _ms, ...rest } = run.newsPages;
    out.newsPages = rest;
  }
  if (run.seed) out.seed = { found: run.seed.found, missed: run.seed.missed, missedFacts: run.seed.facts.filter((f) => !f.found).map((f) => f.fact) };
  if (run.skipped.length) out.skipped = run.skipped;
  out.seconds = run.seconds;
  return out;
}

function readUsage(): string {
  return `Usage: npm run eval -- [--json] [--pairs DIR] [--credits FILE] [--polnear DIR] [--zyte DIR] [--news-pages DIR] [--realdata DIR] [--out FILE]\n`;
}

process.exitCode = main();
