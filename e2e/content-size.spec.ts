// The content script runs on every page the reader opens, so what it always loads has a
// budget: the files the manifest declares and every chunk they import statically (the
// script is built as one self-contained file, so that is the one file; the part that sends
// an article's markup is in it). Extraction (Readability) runs in the worker, never here.
// Measured on the real build (dist/); no browser needed.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { DIST } from './browser';

/** Always-injected budget, gzipped (issue 2: ≤ 15 KB). */
const BUDGET_GZ = 15 * 1024;

function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  // Static imports only: `import"./x.js"`, `from"./x.js"`; `import(` is dynamic and skipped.
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[\w.-]+\.js)["'`]/g)) {
    staticClosure(join(file, '..', m[1]), seen);
  }
  // CRXJS' loader imports the entry through chrome.runtime.getURL("assets/…").
  for (const m of code.matchAll(/getURL\(\s*["'`]([\w./-]+\.js)["'`]\s*\)/g)) staticClosure(m[1], seen);
  return seen;
}

test('the always-injected content script stays within its size budget', () => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const files = new Set<string>();
  for (const cs of manifest.content_scripts) for (const js of cs.js) staticClosure(js, files);
  const sizes = [...files].map((f) => ({ f, gz: gzipSync(readFileSync(join(DIST, f))).length }));
  const total = sizes.reduce((n, s) => n + s.gz, 0);
  test.info().annotations.push({ type: 'content-script-gzip-bytes', description: `${total} (${sizes.map((s) => `${s.f}: ${s.gz}`).join(', ')})` });
  console.log(`always-injected content script: ${(total / 1024).toFixed(1)} KB gzipped over ${files.size} files`);
  expect(files.size).toBeGreaterThan(0);
  // The full Readability parser (recognised by its main method) is not among them; the
  // small readerable check is allowed.
  expect([...files].filter((f) => readFileSync(join(DIST, f), 'utf8').includes('_grabArticle'))).toEqual([]);
  expect(total).toBeLessThanOrEqual(BUDGET_GZ);
});
