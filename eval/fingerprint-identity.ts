// Fingerprints of real text, fast code against the frozen reference definition
// (src/core/index/fingerprint.reference.ts): every key the library and shared indexes
// store must stay bit-identical. Reads ../shared/realdata (see its README) and says it
// skipped what is absent. Texts: both versions of each pair, PolNeAR article texts, the
// mturk scrapes, and every saved page of readability-pages and trafilatura-eval (raw HTML
// as well as readability's expected article HTML: any string is a valid input). Saved pages
// are cut at PAGE_CHARS: Node's Intl.Segmenter is quadratic in the text length (a 265,000-
// character Japanese page takes 150 s per fingerprint, in both implementations).
//
//   node --import tsx eval/fingerprint-identity.ts [--realdata DIR]
// (default: $WIRETRACE_REALDATA, else ../shared/realdata beside the repository)
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fingerprintText } from '../src/core/index/fingerprint';
import { referenceFingerprintText } from '../src/core/index/fingerprint.reference';
import { foldForMatch, spaced } from '../src/core/text/normalise';
import { isDir, readJson, readPage } from './fsutil';

const args = process.argv.slice(2);
const at = args.indexOf('--realdata');
const REALDATA = resolve(at >= 0 ? args[at + 1] : (process.env.WIRETRACE_REALDATA ?? resolve(import.meta.dirname, '../../shared/realdata')));

const PAGE_CHARS = 40_000;
const page = (path: string) => readPage(path).slice(0, PAGE_CHARS);

function* texts(): Generator<[source: string, text: string]> {
  const pairs = join(REALDATA, 'pairs');
  if (isDir(pairs)) {
    for (const f of readdirSync(pairs)
      .filter((x) => x.endsWith('.json'))
      .sort()) {
      const d = readJson<{ versions: { title?: string | null; text: string }[] }>(join(pairs, f));
      for (const v of d.versions) yield ['pairs', `${v.title ?? ''}\n${v.text}`];
    }
  } else console.log(`skipped pairs: ${pairs} absent`);
  const polnear = join(REALDATA, 'polnear-train/data/train/text');
  if (isDir(polnear)) for (const f of readdirSync(polnear).sort()) yield ['polnear-train', readPage(join(polnear, f))];
  else console.log(`skipped polnear-train: ${polnear} absent`);
  const mturk = join(REALDATA, 'asprout-mturk-content-labels/mturk_scrapes_sample.json');
  if (existsSync(mturk)) for (const d of readJson<{ text: string }[]>(mturk)) yield ['mturk', d.text];
  else console.log(`skipped mturk: ${mturk} absent`);
  const readability = join(REALDATA, 'readability-pages/pages');
  if (isDir(readability)) {
    for (const d of readdirSync(readability).sort()) {
      for (const f of ['source.html', 'expected.html']) if (existsSync(join(readability, d, f))) yield ['readability-pages', page(join(readability, d, f))];
    }
  } else console.log(`skipped readability-pages: ${readability} absent`);
  const trafilatura = join(REALDATA, 'trafilatura-eval/html');
  if (isDir(trafilatura)) for (const f of readdirSync(trafilatura).sort()) yield ['trafilatura-eval', page(join(trafilatura, f))];
  else console.log(`skipped trafilatura-eval: ${trafilatura} absent`);
}

const counts = new Map<string, number>();
const differing: string[] = [];
/** Texts whose words come from Intl.Segmenter (scripts without spaces), cut in pieces by the fast code. */
let segmented = 0;
for (const [source, text] of texts()) {
  counts.set(source, (counts.get(source) ?? 0) + 1);
  if (!spaced(foldForMatch(text))) segmented++;
  const a = fingerprintText(text);
  const b = referenceFingerprintText(text);
  const same = a.size === b.size && a.sig.every((v, i) => v === b.sig[i]) && a.bands.length === b.bands.length && a.bands.every((v, i) => v === b.bands[i]);
  if (!same) differing.push(`${source}: ${JSON.stringify(text.slice(0, 80))}`);
}
const total = [...counts.values()].reduce((s, n) => s + n, 0);
console.log(
  `fingerprint identity: ${total} texts checked (${[...counts].map(([s, n]) => `${s} ${n}`).join(', ')}; ${segmented} through the segmenter), ${differing.length} differing`,
);
for (const d of differing.slice(0, 20)) console.log(`  differs: ${d}`);
process.exitCode = differing.length === 0 ? 0 : 1;
