// The every-page check measured in a real Chromium page: the detection code is bundled
// (esbuild, as in the extension: one self-contained script) and run on each non-article
// page right after load, cold, as the content script runs once per page. Pages are served
// cross-origin isolated so performance.now() has microsecond resolution, not 100 µs.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { median } from './stats.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/lib/chromium/chromium';

/** Bundles `contents` (imports relative to the repository root) to one IIFE script. */
export async function bundle(contents: string): Promise<string> {
  const esbuild = await import('esbuild');
  const out = await esbuild.build({
    stdin: {
      contents,
      resolveDir: resolve(import.meta.dirname, '..'),
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    minify: true,
    write: false,
    target: 'es2022',
  });
  return out.outputFiles[0].text;
}

const DETECT_ENTRY = `import { looksLikeArticle } from './src/extract/detect.ts'; globalThis.__wtDetect = looksLikeArticle;`;
const EXTRACT_ENTRY = `import { looksLikeArticle } from './src/extract/detect.ts';
import { extractArticle, copyDocument } from './src/extract/extract.ts';
import { Readability } from '@mozilla/readability';
import { markupChunks } from './src/content/serialize.ts';
globalThis.__wtExtract = { looksLikeArticle, extractArticle, copyDocument, Readability, markupChunks };`;

export function servePages(pages: Record<string, string>): Promise<{ server: Server; base: string }> {
  const server = createServer((req, res) => {
    const name = decodeURIComponent((req.url ?? '/').slice(1));
    const html = pages[name];
    res.writeHead(html === undefined ? 404 : 200, {
      'content-type': 'text/html; charset=utf-8',
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-embedder-policy': 'require-corp',
    });
    res.end(html ?? 'not found');
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` })));
}

export interface ChromiumResult {
  ms: number;
  perPage: Record<string, number>;
  method: string;
}

export async function measureInChromium(pages: Record<string, string>, loads = 9): Promise<ChromiumResult> {
  const [{ chromium }, code] = await Promise.all([import('@playwright/test'), bundle(DETECT_ENTRY)]);
  const { server, base } = await servePages(pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ javaScriptEnabled: true });
    const perPage: Record<string, number> = {};
    for (const name of Object.keys(pages)) {
      const runs: number[] = [];
      for (let i = 0; i < loads; i++) {
        await page.goto(base + encodeURIComponent(name), { waitUntil: 'load' });
        await page.addScriptTag({ content: code });
        const ms = await page.evaluate(() => {
          const detect = (globalThis as unknown as { __wtDetect: (d: Document) => boolean }).__wtDetect;
          const t = performance.now();
          detect(document);
          return performance.now() - t;
        });
        runs.push(ms);
      }
      perPage[name] = median(runs);
    }
    return {
      ms: median(Object.values(perPage)),
      perPage,
      method: `headless Chromium, looksLikeArticle bundled with esbuild, first (cold) call after load, median of ${loads} loads per page, then median over pages`,
    };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}

/**
 * Runs in the page first, cold: the content script's own work on an article page (size
 * check, then src/content/serialize.ts's chunks); returns its longest slice in ms.
 */
const IN_PAGE_SLICES = `(() => {
  const api = globalThis.__wtExtract;
  // The size guard (src/content/page-size.ts): the element count, then the visible text
  // (not script, style, noscript, template) in slices of 10,000 nodes, up to 1 M characters
  // or 200,000 nodes. An oversized page is then sent in part, so at most this much is serialised.
  let t = performance.now();
  document.getElementsByTagName('*').length;
  const slices = [performance.now() - t];
  const hidden = new Set(['script', 'style', 'noscript', 'template']);
  const root = document.body || document.documentElement;
  const after = (n) => { while (n && n !== root) { if (n.nextSibling) return n.nextSibling; n = n.parentNode; } return null; };
  let node = root, text = 0, visited = 0;
  while (node && visited < 200000 && text <= 1000000) {
    t = performance.now();
    const end = visited + 10000;
    while (node && visited < end && visited < 200000 && text <= 1000000) {
      visited++;
      if (node.nodeType === 3) { text += node.data.length; node = after(node); }
      else if (node.nodeType === 1 && hidden.has(node.localName)) node = after(node);
      else node = node.firstChild || after(node);
    }
    slices.push(performance.now() - t);
  }
  // The same chunks and the same 16 ms cut as serializeInSlices; page scripts (and so
  // timers) are off in this context, so the slices are timed without the yields between.
  t = performance.now();
  const out = [];
  for (const chunk of api.markupChunks(document.documentElement)) {
    out.push(chunk);
    if (performance.now() - t >= 16) {
      slices.push(performance.now() - t);
      t = performance.now();
    }
  }
  out.join('');
  slices.push(performance.now() - t);
  return Math.max(...slices);
})()`;

/**
 * Runs in the page: [Readability-only median ms, ours median ms, ours cold ms]. The cold
 * extraction is what the offscreen document spends per page. Plain JS on purpose.
 */
const IN_PAGE_RATIO = `function (n) {
  const api = globalThis.__wtExtract;
  const med = (xs) => xs.sort((x, y) => x - y)[xs.length >> 1];
  const readabilityOnly = () => new api.Readability(api.copyDocument(document)).parse();
  const ours = () => (api.looksLikeArticle(document) ? api.extractArticle(document, location.href) : null);
  const t0 = performance.now();
  ours();
  const cold = performance.now() - t0;
  readabilityOnly();
  const ta = [];
  const tb = [];
  for (let i = 0; i < n; i++) {
    let t = performance.now();
    readabilityOnly();
    ta.push(performance.now() - t);
    t = performance.now();
    ours();
    tb.push(performance.now() - t);
  }
  return [med(ta), med(tb), cold];
}`;

export interface ChromiumRatio {
  ratio: number;
  medianPageRatio: number;
  oursMs: number;
  readabilityMs: number;
  pages: number;
  method: string;
  /** Cold first-call extraction per page (ms): now run in the offscreen document. */
  coldSlices: number[];
  /** Per page, the longest content-script slice on it (size check or serialising), ms. */
  pageSlices: number[];
}

/**
 * Detection + extraction vs `new Readability(copy).parse()` on the same loaded page, both
 * copying the document first. Page scripts are off and every subresource is refused, so
 * the DOM measured is exactly the saved source.html.
 */
export async function ratioInChromium(pages: Record<string, string>, runs = 3): Promise<ChromiumRatio> {
  const [{ chromium }, code] = await Promise.all([import('@playwright/test'), bundle(EXTRACT_ENTRY)]);
  const { server, base } = await servePages(pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => (route.request().url().startsWith(base) ? route.continue() : route.abort()));
    const page = await context.newPage();
    let ours = 0;
    let theirs = 0;
    const ratios: number[] = [];
    const coldSlices: number[] = [];
    const pageSlices: number[] = [];
    for (const name of Object.keys(pages)) {
      await page.goto(base + encodeURIComponent(name), { waitUntil: 'domcontentloaded' });
      await page.evaluate(code);
      // A string, not a function: tsx would add its `__name` helper to a function's source.
      pageSlices.push((await page.evaluate(IN_PAGE_SLICES)) as number);
      const [a, b, cold] = (await page.evaluate(`(${IN_PAGE_RATIO})(${runs})`)) as [number, number, number];
      coldSlices.push(cold);
      theirs += a;
      ours += b;
      ratios.push(b / a);
    }
    const sorted = ratios.sort((x, y) => x - y);
    return {
      ratio: ours / theirs,
      medianPageRatio: sorted[sorted.length >> 1],
      oursMs: ours,
      readabilityMs: theirs,
      pages: ratios.length,
      coldSlices,
      pageSlices,
      method: `headless Chromium, page scripts off, both sides bundled with esbuild, interleaved, median of ${runs} runs per page after one warm-up`,
    };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
