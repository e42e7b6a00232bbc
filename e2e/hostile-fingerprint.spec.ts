// Issue 14, item 11: no page can tell Wiretrace is installed. A page the content script
// worked on (an article, read and reported) finds no `wiretrace:*` entry in its performance
// timeline, no element pointing into the extension, and cannot fetch any file of the
// package by its static chrome-extension://<id>/ path: nothing is web-accessible, since the
// content script is one self-contained file (vite.config.ts crxContentScripts).
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { dist, harnessPerFile, settled } from './hostile/harness';

const harness = harnessPerFile();

test('a page sees no wiretrace mark and cannot fetch any extension file by its static path', async () => {
  const h = harness();
  const { page, tabId } = await h.open('/second');
  const { state, popup } = await settled(h, tabId);
  // The content script did its whole job on this page: checked, serialised, reported.
  expect(['no-known-version', 'report']).toContain(state);
  await popup.page.close();

  const timeline = await page.evaluate(() => performance.getEntries().map((e) => e.name));
  expect(timeline.filter((n) => /wiretrace/i.test(n))).toEqual([]);
  const pointers = await page.evaluate(() => [...document.querySelectorAll('[href^="chrome-extension:"], [src^="chrome-extension:"]')].length);
  expect(pointers).toBe(0);

  // Every file the built extension has that a page could try: the content script the
  // manifest names, every script chunk in the package, the manifest itself, an icon.
  const manifest = JSON.parse(readFileSync(join(dist, 'manifest.json'), 'utf8')) as { content_scripts: { js: string[] }[] };
  const scripts = (readdirSync(dist, { recursive: true }) as string[]).filter((f) => f.endsWith('.js')).map((f) => relative(dist, join(dist, f)));
  const paths = [...new Set(['manifest.json', 'icons/icon16.png', ...manifest.content_scripts.flatMap((c) => c.js), ...scripts])];
  const base = `chrome-extension://${h.extensionId}/`;
  const fetched = await page.evaluate(
    async ({ base, paths }) =>
      Promise.all(
        paths.map(async (p) => {
          const byFetch = await fetch(base + p).then(
            () => 'read',
            () => 'refused',
          );
          const byScript = await new Promise<string>((resolve) => {
            const s = document.createElement('script');
            s.src = base + p;
            s.onload = () => resolve('read');
            s.onerror = () => resolve('refused');
            document.head.append(s);
          });
          return `${p}: fetch ${byFetch}, script ${byScript}`;
        }),
      ),
    { base, paths },
  );
  expect(fetched).toEqual(paths.map((p) => `${p}: fetch refused, script refused`));
  await page.close();
});
