// Issue 6, frames: the content script runs in the top frame only. A page whose frames hold
// articles (same-origin, cross-origin, srcdoc) is judged by its own top document, and no
// frame's article is read or stored.
import { expect, test } from '@playwright/test';
import { contentScriptDone, framesWithContentScript, openHarness, settledTo, slices, type Harness } from './hostile/harness';
import { OUTLET_A } from './hostile/server';

// Not serial: one failure must not skip the tests after it (a fresh worker, with a fresh
// harness from beforeAll, runs them); every test sets up the state it checks.
test.describe.configure({ mode: 'default' });
let h: Harness;
test.beforeAll(async () => {
  h = await openHarness();
});
test.afterAll(async () => {
  await h?.close();
});

test('articles inside frames are not read; the top page decides', async () => {
  const { page, tabId } = await h.open('/frames', OUTLET_A);
  await expect.poll(() => page.frames().length).toBe(4);
  for (const f of page.frames().slice(1)) await f.waitForLoadState('load');
  await contentScriptDone(page, /^wiretrace:detect$/);
  await page.waitForTimeout(1_500); // time for any frame's script to have run (it must not)

  // The top frame ran the check (and found no article); no frame ran anything.
  expect((await slices(page)).map((s) => s.name)).toEqual(['wiretrace:detect']);
  // Only the top document has a script context of the extension (its content script).
  expect(await framesWithContentScript(page, h.extensionId)).toEqual([page.url()]);
  const popup = await settledTo(h, tabId, 'not-article');
  expect(await h.ext.badge(tabId)).toBe('');
  const library = await h.library();
  expect(library.filter((a) => a.url.includes('/frames'))).toEqual([]);
  await popup.page.close();
  await page.close();
});

test('an article page with an article in a frame is reported for its own text', async () => {
  h.site.route(
    '/framed-article',
    (await (await fetch(h.site.url('/second').replace(OUTLET_A, '127.0.0.1'))).text()).replace(
      '</article>',
      `</article><iframe src="/frames/inner" title="another article"></iframe>`,
    ),
  );
  const { page, tabId } = await h.open('/framed-article', OUTLET_A);
  const popup = await settledTo(h, tabId, 'no-known-version');
  const library = await h.library();
  expect(library.filter((a) => a.url.includes('/framed-article'))).toHaveLength(1);
  expect(library.filter((a) => a.url.includes('/frames/inner'))).toEqual([]);
  expect(library.find((a) => a.url.includes('/framed-article'))?.title).toMatch(/Night buses/);
  await popup.page.close();
  await page.close();
});
