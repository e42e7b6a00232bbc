// Fingerprinting cost (issues 13 and 15): every article the shared index ingests and every
// Library.putArticle computes fingerprintArticle, so its CPU time caps both insert rates.
// Measured beside its peer in the same run: the frozen reference definition
// (src/core/index/fingerprint.reference.ts, the code before it was made faster), which
// must give bit-identical keys (checked here on every measured article before timing).
// Rounds alternate new/reference (ABBA order), and a speed-up is the median of per-round
// ratios, so load that comes and goes on a shared machine hits both sides alike.
// - Node (the server's ingest runs there): CPU time of the process per round.
// - Chromium (the extension's worker): wall time in a page, the same code bundled.
// Texts: synthetic articles (src/core/index/synthetic.ts, the library bench's seed) and,
// when ../shared/realdata is present, both versions of each realdata pair (page text with
// its junk, curly quotes and dashes: the non-ASCII path).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fingerprintArticle, fingerprintText } from '../src/core/index/fingerprint.ts';
import { referenceArticleText, referenceFingerprintText } from '../src/core/index/fingerprint.reference.ts';
import { ArticleGenerator } from '../src/core/index/synthetic.ts';
import type { Article } from '../src/core/types.ts';
import { bundle, CHROMIUM, servePages } from './content-chromium.ts';
import { REALDATA } from './content.ts';
import { median, round, type BenchSection } from './stats.ts';

const ARTICLES = 600;
const ROUNDS = 15;

function realTexts(): string[] | undefined {
  const dir = join(REALDATA, 'pairs');
  if (!existsSync(dir)) return undefined;
  const out: string[] = [];
  for (const f of readdirSync(dir)
    .filter((x) => x.endsWith('.json'))
    .sort()) {
    const d = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { versions: { title?: string | null; text: string }[] };
    for (const v of d.versions) out.push(`${v.title ?? ''}\n${v.text}`);
  }
  return out;
}

const sameFingerprint = (a: { sig: Uint32Array; bands: number[]; size: number }, b: typeof a) =>
  a.size === b.size && a.sig.every((v, i) => v === b.sig[i]) && a.bands.length === b.bands.length && a.bands.every((v, i) => v === b.bands[i]);

interface Timing {
  /** Per article, median of rounds: the fast code and the reference (µs). */
  us: number;
  referenceUs: number;
  /** Median of per-round reference/new ratios. */
  speedup: number;
}

/** Interleaved rounds (ABBA) of `fast` and `reference` over `n` items; `clock` in µs. */
function interleave(n: number, fast: (i: number) => unknown, reference: (i: number) => unknown, clock: () => number): Timing {
  const roundOf = (f: (i: number) => unknown) => {
    const t = clock();
    for (let i = 0; i < n; i++) f(i);
    return (clock() - t) / n;
  };
  for (let w = 0; w < 3; w++) {
    roundOf(fast);
    roundOf(reference);
  }
  const a: number[] = [];
  const b: number[] = [];
  const ratios: number[] = [];
  for (let r = 0; r < ROUNDS; r++) {
    let x: number;
    let y: number;
    if (r % 2 === 0) {
      x = roundOf(fast);
      y = roundOf(reference);
    } else {
      y = roundOf(reference);
      x = roundOf(fast);
    }
    a.push(x);
    b.push(y);
    ratios.push(y / x);
  }
  return { us: median(a), referenceUs: median(b), speedup: median(ratios) };
}

const cpuMicros = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};

function inNode(articles: Article[], texts: string[] | undefined): { synthetic: Timing; real?: Timing } {
  for (const a of articles)
    if (!sameFingerprint(fingerprintArticle(a), referenceFingerprintText(referenceArticleText(a))))
      throw new Error(`fingerprint differs from the reference: ${a.url}`);
  for (const t of texts ?? [])
    if (!sameFingerprint(fingerprintText(t), referenceFingerprintText(t)))
      throw new Error(`fingerprint differs from the reference: ${JSON.stringify(t.slice(0, 60))}`);
  const synthetic = interleave(
    articles.length,
    (i) => fingerprintArticle(articles[i]),
    (i) => referenceFingerprintText(referenceArticleText(articles[i])),
    cpuMicros,
  );
  const real =
    texts &&
    interleave(
      texts.length,
      (i) => fingerprintText(texts[i]),
      (i) => referenceFingerprintText(texts[i]),
      cpuMicros,
    );
  return { synthetic, real };
}

const PAGE_CODE = `import { fingerprintArticle, fingerprintText } from './src/core/index/fingerprint.ts';
import { referenceArticleText, referenceFingerprintText } from './src/core/index/fingerprint.reference.ts';
import { ArticleGenerator } from './src/core/index/synthetic.ts';
globalThis.__wtFp = { fingerprintArticle, fingerprintText, referenceArticleText, referenceFingerprintText, ArticleGenerator };`;

/** The same rounds in a Chromium page (wall clock: a page has no CPU clock). Undefined without Chromium. */
async function inChromium(texts: string[] | undefined): Promise<{ synthetic: Timing; real?: Timing } | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const [{ chromium }, code] = await Promise.all([import('@playwright/test'), bundle(PAGE_CODE)]);
  const { server, base } = await servePages({ fingerprint: '<!doctype html><title>fingerprint bench</title>' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}fingerprint`);
    await page.addScriptTag({ content: code });
    // A string, not a function: tsx would wrap named arrows in a helper the page lacks.
    const rounds = (await page.evaluate(
      `(() => {
        const { fingerprintArticle, fingerprintText, referenceArticleText, referenceFingerprintText, ArticleGenerator } = globalThis.__wtFp;
        const gen = new ArticleGenerator(21);
        const articles = Array.from({ length: ${ARTICLES} }, () => gen.article());
        const texts = ${JSON.stringify(texts ?? [])};
        const same = (a, b) => a.size === b.size && a.sig.every((v, i) => v === b.sig[i]) && a.bands.length === b.bands.length && a.bands.every((v, i) => v === b.bands[i]);
        for (const a of articles) if (!same(fingerprintArticle(a), referenceFingerprintText(referenceArticleText(a)))) throw new Error('fingerprint differs from the reference in Chromium');
        for (const t of texts) if (!same(fingerprintText(t), referenceFingerprintText(t))) throw new Error('fingerprint differs from the reference in Chromium');
        const run = (n, fast, reference) => {
          const roundOf = (f) => { const t = performance.now(); for (let i = 0; i < n; i++) f(i); return ((performance.now() - t) * 1000) / n; };
          for (let w = 0; w < 3; w++) { roundOf(fast); roundOf(reference); }
          const a = [], b = [];
          for (let r = 0; r < ${ROUNDS}; r++) {
            if (r % 2 === 0) { a.push(roundOf(fast)); b.push(roundOf(reference)); }
            else { b.push(roundOf(reference)); a.push(roundOf(fast)); }
          }
          return { a, b };
        };
        return {
          synthetic: run(articles.length, (i) => fingerprintArticle(articles[i]), (i) => referenceFingerprintText(referenceArticleText(articles[i]))),
          real: texts.length ? run(texts.length, (i) => fingerprintText(texts[i]), (i) => referenceFingerprintText(texts[i])) : undefined,
        };
      })()`,
    )) as Record<'synthetic' | 'real', { a: number[]; b: number[] } | undefined>;
    const timing = (r: { a: number[]; b: number[] }): Timing => ({ us: median(r.a), referenceUs: median(r.b), speedup: median(r.a.map((x, i) => r.b[i] / x)) });
    return { synthetic: timing(rounds.synthetic!), real: rounds.real && timing(rounds.real) };
  } finally {
    await browser.close().catch(() => {});
    server.closeAllConnections();
    server.close();
  }
}

export async function run(): Promise<BenchSection> {
  const gen = new ArticleGenerator(21);
  const articles = Array.from({ length: ARTICLES }, () => gen.article());
  const texts = realTexts();
  const words = median(articles.map((a) => referenceArticleText(a).split(/\s+/).length));
  const realWords = texts ? median(texts.map((t) => t.split(/\s+/).length)) : Number.NaN;
  const node = inNode(articles, texts);
  const browser = await inChromium(texts);
  const nan: Timing = { us: Number.NaN, referenceUs: Number.NaN, speedup: Number.NaN };
  const figures = {
    fingerprintCpuUs: node.synthetic.us,
    fingerprintReferenceCpuUs: node.synthetic.referenceUs,
    fingerprintSpeedup: node.synthetic.speedup,
    fingerprintRealCpuUs: (node.real ?? nan).us,
    fingerprintRealReferenceCpuUs: (node.real ?? nan).referenceUs,
    fingerprintRealSpeedup: (node.real ?? nan).speedup,
    fingerprintChromiumUs: (browser?.synthetic ?? nan).us,
    fingerprintChromiumReferenceUs: (browser?.synthetic ?? nan).referenceUs,
    fingerprintChromiumSpeedup: (browser?.synthetic ?? nan).speedup,
    fingerprintChromiumPerSecond: 1e6 / (browser?.synthetic ?? nan).us,
    fingerprintChromiumRealUs: (browser?.real ?? nan).us,
    fingerprintChromiumRealSpeedup: (browser?.real ?? nan).speedup,
  };
  const v = (x: number, unit: string) => (Number.isFinite(x) ? `${round(x)}${unit}` : 'skipped');
  const row = (what: string, t: Timing | undefined, keys: [string, string, string], unit: string) =>
    `| ${what} | ${v(t?.us ?? Number.NaN, unit)} (\`${keys[0]}\`) | ${v(t?.referenceUs ?? Number.NaN, unit)}${keys[1] ? ` (\`${keys[1]}\`)` : ''} | ${v(t?.speedup ?? Number.NaN, '×')} (\`${keys[2]}\`) |`;
  const markdown = `| texts, where | fingerprint (fast code) | reference (before) | speed-up, median of per-round ratios |
|---|---|---|---|
${row(`${ARTICLES} synthetic articles (median ${words} words), Node, CPU µs per article`, node.synthetic, ['fingerprintCpuUs', 'fingerprintReferenceCpuUs', 'fingerprintSpeedup'], ' µs')}
${row(`${texts?.length ?? 0} realdata pair texts (median ${v(realWords, '')} words), Node, CPU µs per text`, node.real, ['fingerprintRealCpuUs', 'fingerprintRealReferenceCpuUs', 'fingerprintRealSpeedup'], ' µs')}
${row('the same synthetic articles, Chromium page, wall µs per article', browser?.synthetic, ['fingerprintChromiumUs', 'fingerprintChromiumReferenceUs', 'fingerprintChromiumSpeedup'], ' µs')}
${row('the same realdata texts, Chromium page, wall µs per text', browser?.real, ['fingerprintChromiumRealUs', '', 'fingerprintChromiumRealSpeedup'], ' µs')}

Fingerprints per second in Chromium, synthetic articles (fingerprinting alone, one core): ${v(figures.fingerprintChromiumPerSecond, '/s')} (\`fingerprintChromiumPerSecond\`).

Method: \`fingerprintArticle\` (text → foldForMatch'd words → 3-word shingles → one-permutation MinHash, 42 whole-article band keys, passage keys) against \`referenceFingerprintText(referenceArticleText(article))\` from src/core/index/fingerprint.reference.ts, the code before it was made faster, kept frozen. Both give bit-identical fingerprints on every text measured here (checked first, in Node and in the page; src/core/index/fingerprint-identity.test.ts and eval/fingerprint-identity.ts check many more). ${ROUNDS} rounds over all texts after 3 warm-up rounds, new/reference order alternated each round; medians. Node figures are the process's CPU time, Chromium's wall time in one page. Realdata rows are skipped when ../shared/realdata is absent.`;
  return { title: 'Fingerprinting: cost per article against the reference', figures, markdown };
}
