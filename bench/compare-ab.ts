// compare() before/after in ONE process: the engine at a git ref (extracted to a temp folder)
// against the working tree, called alternately so both see the same machine load. Checks the
// two produce the same reports (generatedAt aside) and prints medians. Not part of `npm run
// bench`: a tool for speed work on a shared, busy machine.
//   node --import tsx bench/compare-ab.ts <git-ref>      e.g. HEAD~3
import { execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Article, Report } from '../src/core/types.ts';
import { extractArticle } from '../src/extract/extract.ts';
import { parseHtml } from '../src/extract/node-dom.ts';
import { syntheticPair } from './synthetic-pair.ts';

type Compare = (a: Article, b: Article) => Report;
const ROOT = resolve(import.meta.dirname, '..');
const ref = process.argv[2];
if (!ref) throw new Error('usage: node --import tsx bench/compare-ab.ts <git-ref>');
const dir = mkdtempSync(join(tmpdir(), 'wt-ab-'));
execSync(`git archive ${JSON.stringify(ref)} src | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT });
symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
const old = ((await import(join(dir, 'src/core/compare.ts'))) as { compare: Compare }).compare;
const neu = ((await import(join(ROOT, 'src/core/compare.ts'))) as { compare: Compare }).compare;

const seedDir = join(ROOT, 'test-fixtures/seed-pair');
const page = (name: string, url: string) => extractArticle(parseHtml(readFileSync(join(seedDir, name), 'utf8')), url)!;
const bulletin = page('bulletin.html', 'https://bigtownbulletin.test/2025/04/18/ukraine-talks/');
const cbc = page('cbc.html', 'https://cbc.test/news/world/ukraine-us-talks-paris-1.7512345');
const big = syntheticPair(10_000);
const small = syntheticPair(1_000);
const large = syntheticPair(16_000);
const pairs: [string, Article, Article, number][] = [
  ['seed', bulletin, cbc, 101],
  ['10k', big.copy, big.known, 15],
  ['1k', small.copy, small.known, 31],
  ['16k', large.copy, large.known, 7],
];
const same = (r: Report) => JSON.stringify({ ...r, generatedAt: '' });
const identical = pairs.every(([, a, b]) => same(old(a, b)) === same(neu(a, b)));
const median = (xs: number[]) => [...xs].sort((x, y) => x - y)[xs.length >> 1];
for (let i = 0; i < 10; i++) {
  old(bulletin, cbc);
  neu(bulletin, cbc);
}
const ms: Record<string, [number, number]> = {};
for (const [name, a, b, n] of pairs) {
  const to: number[] = [];
  const tn: number[] = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    old(a, b);
    to.push(performance.now() - t);
    t = performance.now();
    neu(a, b);
    tn.push(performance.now() - t);
  }
  ms[name] = [median(to), median(tn)];
}
const r2 = (x: number) => Math.round(x * 100) / 100;
console.log(
  JSON.stringify({
    ref,
    reportsIdentical: identical,
    load: Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]),
    seedMs: ms.seed.map(r2),
    compare10kWordsMs: ms['10k'].map(r2),
    compareScaling16x: [r2(ms['16k'][0] / ms['1k'][0]), r2(ms['16k'][1] / ms['1k'][1])],
  }),
);
