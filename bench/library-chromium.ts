// The IndexedDB library in a real browser: Chromium's IndexedDB (not fake-indexeddb),
// the same Library code bundled into a page on a loopback origin. Inserts one article per
// transaction (as the worker does) up to 10,000 and times findCandidates at 1k and 10k:
// a library that scanned would take ~10× longer at 10k.
import { chromium } from '@playwright/test';
import { bundle, CHROMIUM, servePages } from './content-chromium.ts';
import { median } from './stats.ts';

export interface ChromiumLibraryFigures {
  insertsPerSecond: number;
  /** Library.putArticles, 100 per transaction (import). */
  batchInsertsPerSecond: number;
  lookup1kMs: number;
  lookup10kMs: number;
}

const PAGE_CODE = `import { openLibrary } from './src/background/library/index.ts';
import { ArticleGenerator } from './src/core/index/synthetic.ts';
globalThis.__wtLib = { openLibrary, ArticleGenerator };`;

export async function measureLibraryInChromium(total = 10_000): Promise<ChromiumLibraryFigures> {
  const code = await bundle(PAGE_CODE);
  const { server, base } = await servePages({ 'library': '<!doctype html><title>library bench</title>' });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}library`);
    await page.addScriptTag({ content: code });
    // A string, not a function: tsx would wrap named arrows in a helper the page lacks.
    const raw = (await page.evaluate(`(async (n) => {
      const { openLibrary, ArticleGenerator } = globalThis.__wtLib;
      const gen = new ArticleGenerator(91);
      const lib = await openLibrary('bench-chromium');
      await lib.clear();
      const stored = [];
      let insertMs = 0;
      let inserted = 0;
      async function insert(count) {
        const batch = Array.from({ length: count }, () => gen.article());
        const t = performance.now();
        for (const a of batch) await lib.putArticle(a, 'feed');
        insertMs += performance.now() - t;
        inserted += count;
        stored.push(...batch);
      }
      async function lookups() {
        const times = [];
        for (let i = 0; i < 40; i++) {
          const source = stored[(i * 7919) % stored.length];
          const q = gen.copyOf(source, 'copy.test');
          const t = performance.now();
          const found = await lib.findCandidates(q);
          times.push(performance.now() - t);
          if (found[0]?.url !== source.url) throw new Error('lookup missed its source');
        }
        return times;
      }
      await insert(Math.min(1000, n));
      const at1k = await lookups();
      if (n > 1000) await insert(n - 1000);
      const at10k = await lookups();
      // Import path: 1,000 more, 100 per transaction (Library.putArticles).
      const more = Array.from({ length: 1000 }, () => gen.article());
      const tb = performance.now();
      for (let i = 0; i < more.length; i += 100) await lib.putArticles(more.slice(i, i + 100).map((article) => ({ article, origin: 'manual' })));
      const batchPerSecond = more.length / ((performance.now() - tb) / 1000);
      return { insertsPerSecond: inserted / (insertMs / 1000), at1k, at10k, batchPerSecond };
    })(${total})`)) as { insertsPerSecond: number; at1k: number[]; at10k: number[]; batchPerSecond: number };
    return { insertsPerSecond: raw.insertsPerSecond, batchInsertsPerSecond: raw.batchPerSecond, lookup1kMs: median(raw.at1k), lookup10kMs: median(raw.at10k) };
  } finally {
    await browser.close();
    server.closeAllConnections();
    server.close();
  }
}
