// compare() of the seed pair called N times in a fresh process: each call's time in order, and
// the median of each block of 30 calls. Shows how much of `npm run bench`'s compareSeedMs (median
// of calls 6-36) is V8 warming up rather than the engine's steady cost.
//   node --import tsx bench/compare-warmup.ts [calls=150]
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compare } from '../src/core/compare.ts';
import { extractArticle } from '../src/extract/extract.ts';
import { parseHtml } from '../src/extract/node-dom.ts';

const dir = resolve(import.meta.dirname, '../test-fixtures/seed-pair');
const page = (name: string, url: string) => extractArticle(parseHtml(readFileSync(resolve(dir, name), 'utf8')), url)!;
const bulletin = page('bulletin.html', 'https://bigtownbulletin.test/2025/04/18/ukraine-talks/');
const cbc = page('cbc.html', 'https://cbc.test/news/world/ukraine-us-talks-paris-1.7512345');
const calls = Number(process.argv[2] ?? 150);
const ms: number[] = [];
for (let i = 0; i < calls; i++) {
  const t = performance.now();
  compare(bulletin, cbc);
  ms.push(performance.now() - t);
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const blocks: string[] = [];
for (let i = 0; i < ms.length; i += 30) blocks.push(`calls ${i + 1}-${Math.min(ms.length, i + 30)}: ${median(ms.slice(i, i + 30)).toFixed(2)} ms`);
console.log(`load ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]}\n${blocks.join('\n')}`);
