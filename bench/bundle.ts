// Size of what every page pays for: the content script(s) the built manifest injects, plus
// every module they import statically or that the CRXJS loader imports at once. Modules
// the content script imports lazily (`import()` from its own code, e.g. extraction for
// article pages only) are listed but not counted. Reads dist/ as `npm run build` left it.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BenchSection, budgetRow, TABLE_HEAD } from './stats.ts';

const DIST = resolve(import.meta.dirname, '../dist');
const BUDGET = 15 * 1024;

// `import{a}from"./x.js"`, `import"./x.js"`, `export*from"./x.js"`: loaded with the module.
const STATIC_RE = /(?:^|[;}\s)])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+\.js)["'`]/g;
// `import("./x.js")`: loaded only when that code runs.
const DYNAMIC_RE = /import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
// The CRXJS loader: `import(chrome.runtime.getURL("assets/x.js"))`, run at once.
const LOADER_RE = /getURL\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;

interface Walk {
  always: Map<string, number>;
  lazy: Set<string>;
}

function resolveRef(from: string, ref: string): string {
  if (ref.startsWith('/')) return ref.slice(1);
  if (ref.startsWith('.')) return posix.normalize(posix.join(posix.dirname(from), ref));
  return posix.normalize(ref); // getURL paths are relative to the extension root
}

function walk(entry: string, w: Walk): void {
  if (w.always.has(entry)) return;
  const file = resolve(DIST, entry);
  if (!existsSync(file)) return;
  const code = readFileSync(file);
  w.always.set(entry, gzipSync(code, { level: 9 }).length);
  const text = code.toString('utf8');
  for (const m of text.matchAll(STATIC_RE)) walk(resolveRef(entry, m[1]), w);
  for (const m of text.matchAll(LOADER_RE)) walk(resolveRef('', m[1]), w);
  for (const m of text.matchAll(DYNAMIC_RE)) w.lazy.add(resolveRef(entry, m[1]));
}

export function contentBundle(): { bytes: number; always: Map<string, number>; lazy: string[]; builtAt: Date } | string {
  const manifestFile = resolve(DIST, 'manifest.json');
  if (!existsSync(manifestFile)) return `no ${manifestFile}: run \`npm run build\` first`;
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { content_scripts?: { js?: string[] }[] };
  const entries = (manifest.content_scripts ?? []).flatMap((c) => c.js ?? []);
  if (entries.length === 0) return 'the built manifest injects no content script';
  const w: Walk = { always: new Map(), lazy: new Set() };
  for (const e of entries) walk(e, w);
  // Everything the lazy chunks pull in that is not already loaded on every page.
  const lazyWalk: Walk = { always: new Map(w.always), lazy: new Set() };
  for (const f of w.lazy) walk(f, lazyWalk);
  const lazy = [...lazyWalk.always.keys()].filter((f) => !w.always.has(f));
  const bytes = [...w.always.values()].reduce((a, b) => a + b, 0);
  return { bytes, always: w.always, lazy, builtAt: statSync(manifestFile).mtime };
}

export async function run(): Promise<BenchSection> {
  const title = 'Content script bundle';
  const b = contentBundle();
  if (typeof b === 'string') return { title, figures: { contentBundleGzipBytes: Number.NaN }, markdown: `SKIPPED: ${b}.` };
  const gz = (f: string) => {
    const file = resolve(DIST, f);
    return existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0;
  };
  const lazyGz = b.lazy.map((f) => `${f} ${gz(f)} B`);
  const lazyTotal = b.lazy.reduce((n, f) => n + gz(f), 0);
  const lines = [
    TABLE_HEAD,
    budgetRow('contentBundleGzipBytes', b.bytes, ' B', BUDGET, 'always-injected content script, gzip -9, summed per file'),
    '',
    `From ${dirname(resolve(DIST, 'x'))}/manifest.json built ${b.builtAt.toISOString()}. Counted: ${[...b.always].map(([f, n]) => `${f} ${n} B`).join(', ')}.`,
    lazyGz.length
      ? `Loaded only on pages that look like articles (not counted; ${lazyTotal} B gzipped in all): ${lazyGz.join(', ')}.`
      : 'Nothing is loaded lazily.',
  ];
  return { title, figures: { contentBundleGzipBytes: b.bytes }, markdown: lines.join('\n') };
}
