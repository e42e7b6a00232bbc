// Issue 6, odd pages: empty, images only, 10 MB of text, a 200,000-node DOM, RTL and CJK
// articles, an article that arrives after load, and a single-page app that pushState-s to a
// second article. Each must end in a correct result or a clear "not an article", without
// hanging, and the content script's work on the page must come in slices (read from its
// own record of `wiretrace:*` slices, kept in its isolated world, not in User Timing, which
// the page could read). The 50 ms slice budget is a timing figure and lives in
// `npm run bench` (bench/content.ts, pageSliceMaxMs); here the bound only says
// "no hang": a loaded CI machine (load average 6) once stretched a 16 ms slice to 54 ms.
//
// The page pays only for the check, a size test and serialising its markup; extraction
// (Readability) runs in the worker's offscreen document, off the page's main thread.
import { expect, test } from '@playwright/test';
import { contentScriptDone, openHarness, popupText, settled, settledTo, slices, type Harness } from './hostile/harness';
import { articlePage } from './hostile/pages';
import { OUTLET_A, OUTLET_B } from './hostile/server';
import { ARABIC, CHINESE, HEBREW, JAPANESE, SECOND } from './hostile/story';

// Default mode, not serial: a failed test does not skip the ones after it (Playwright
// starts a fresh worker, and so a fresh harness, for them); each test sets up what it needs.
test.describe.configure({ mode: 'default' });
// Trace snapshots of a 10 MB / 200,000-node page cost seconds each and say nothing here.
test.use({ trace: 'off' });
let h: Harness;
test.beforeAll(async () => {
  h = await openHarness();
});
test.afterAll(async () => {
  await h?.close();
});

/**
 * The page's work was measured and cut into slices. Slice durations are annotated, not
 * asserted: a loaded machine (load average 30) stretched one 10 MB-page slice to 3.4 s, and the
 * 50 ms budget is a timing figure kept in `npm run bench`. `heavy` asks that the page's
 * measuring and serialising came in at least that many slices: a page too big for one slice
 * proves the cutting (Chromium, 2026-11-30: 9 to 23 slices on the 10 MB page, 23 on the
 * 200,000-node one; unsliced work would be one of each).
 */
async function expectSlicedWork(page: import('@playwright/test').Page, heavy = 0) {
  const s = await slices(page);
  test.info().annotations.push({ type: 'slices', description: `${page.url()}: ${JSON.stringify(s)}` });
  expect(s.length, `measured slices on ${page.url()}`).toBeGreaterThan(0);
  const cut = s.filter((x) => x.name === 'wiretrace:size' || x.name === 'wiretrace:serialize').length;
  expect(cut, `size and serialize slices on ${page.url()}`).toBeGreaterThanOrEqual(heavy);
  return s;
}

for (const [path, what] of [
  ['/empty', 'an empty page'],
  ['/images', 'a page of images only'],
] as const) {
  test(`${what} is "not an article"`, async () => {
    const { page, tabId } = await h.open(path);
    await contentScriptDone(page);
    await page.waitForTimeout(300); // a NotArticle or ArticleFound in flight
    const { state, popup } = await settled(h, tabId);
    expect(state).toBe('not-article');
    await expect(popup.page.getByTestId('state')).toContainText(/not look like a news article/i);
    expect(await h.ext.badge(tabId)).toBe('');
    await expectSlicedWork(page);
    await popup.page.close();
    await page.close();
  });
}

// Different sites, so different renderer processes: one page's garbage collection does not
// land in the other page's content-script slice.
for (const [path, what, host] of [
  ['/big', 'a 10 MB article', OUTLET_A],
  ['/huge-dom', 'a 200,000-node DOM', OUTLET_B],
] as const) {
  test(`${what}: a clear answer, no hang, work in slices`, async () => {
    test.setTimeout(90_000);
    const { page, tabId } = await h.open(path, host);
    await contentScriptDone(page, /^wiretrace:(size|serialize)$/);
    await page.waitForTimeout(300);
    const { state, popup } = await settled(h, tabId, 30_000);
    // Over the size limits: read in part (issue 14), never refused and never a frozen page.
    // The 10 MB article is read up to the limits, and the popup says the rest was left out;
    // the 200,000-node page's giant menu is left out and its article read whole.
    expect(['report', 'no-known-version']).toContain(state);
    if (path === '/big') await expect(popup.page.getByTestId('partial-read')).toContainText(/its last \d+ paragraphs were left out/);
    else await expect(popup.page.getByTestId('partial-read')).toHaveCount(0);
    // 10 MB of text or 200,000 nodes cannot be measured in one 10,000-node slice.
    const s = await expectSlicedWork(page, 3);
    expect(
      s.some((x) => x.name === 'wiretrace:detect'),
      'the content script ran',
    ).toBe(true);
    await popup.page.close();
    await page.close();
  });
}

for (const [name, text, path] of [
  ['Arabic', ARABIC, '/rtl/ar'],
  ['Hebrew', HEBREW, '/rtl/he'],
  ['Chinese', CHINESE, '/cjk/zh'],
  ['Japanese', JAPANESE, '/cjk/ja'],
] as const) {
  test(`${name} article and its copy: a report that names the ${name} headline`, async () => {
    const original = await h.open(path, OUTLET_A);
    await (await settledTo(h, original.tabId, 'no-known-version')).page.close();
    const copy = await h.open(`${path}-copy`, OUTLET_B);
    const popup = await settledTo(h, copy.tabId, 'report');
    await expect(popup.likelyOriginal).toContainText(text.title);
    await expect.poll(() => h.ext.badge(copy.tabId)).toMatch(/^\d+%$/);
    await expectSlicedWork(copy.page);
    for (const p of [original.page, copy.page, popup.page]) await p.close();
  });
}

test('an article inserted after load is found', async () => {
  // The same story on the other outlet first, so the late page gets a report naming it.
  const known = await h.open('/second', OUTLET_B);
  await (await settledTo(h, known.tabId, 'no-known-version')).page.close();
  const late = await h.open('/late', OUTLET_A);
  // At document_idle the page holds a spinner ("not an article"); the article comes 1.5 s later.
  const popup = await settledTo(h, late.tabId, 'report');
  expect(await popupText(popup)).toContain(SECOND.title);
  await expectSlicedWork(late.page);
  for (const p of [known.page, late.page, popup.page]) await p.close();
});

/** The tab's check ends: a report, or nothing known (what earlier tests stored decides which). */
async function settlesWithOrWithoutReport(tabId: number): Promise<void> {
  await expect
    .poll(async () => {
      const { state, popup } = await settled(h, tabId);
      await popup.page.close();
      return state;
    })
    .toMatch(/^(no-known-version|report)$/);
}

test('a single-page app moving to a second article with pushState gets the second report', async () => {
  // The second story known from the other outlet (stored again here: no reliance on the
  // test before, which may have failed or run in another worker).
  const known = await h.open('/second', OUTLET_B);
  // Known already if the test before ran in this worker (then a report), else new.
  await settlesWithOrWithoutReport(known.tabId);
  await known.page.close();
  const spa = await h.open('/spa/first', OUTLET_A);
  // The first story may be stored from the other outlet by a test before (frames.spec's
  // cross-origin frame): a report on it then, else nothing known. Either way it settles.
  await settlesWithOrWithoutReport(spa.tabId);
  await spa.page.evaluate(() => (window as unknown as { __goSecond(): void }).__goSecond());
  await expect(spa.page).toHaveURL(/\/spa\/second$/);
  // The second story is known from the other outlet: a report naming it.
  await expect
    .poll(
      async () => {
        const { state, popup } = await settled(h, spa.tabId);
        const text = state === 'report' ? await popupText(popup) : state;
        await popup.page.close();
        return text;
      },
      { timeout: 20_000 },
    )
    .toContain(SECOND.title);
  await expectSlicedWork(spa.page);
  await spa.page.close();
});

test('a news article with 970,000 characters of inline script is read, not refused as too big (issue 10)', async () => {
  // The size guard counts the text a reader sees; scripts, styles and <noscript> do not
  // count (it counted textContent, scripts included, and refused such a page).
  h.site.route(
    '/script-heavy',
    articlePage({
      title: 'Ferry timetable changes after the storm',
      paragraphs: Array.from(
        { length: 12 },
        (_, i) => `Part ${i + 1}. The ferry company said the winter timetable would change after the storm damaged the north pier, and the council agreed.`,
      ),
      siteName: 'Harbour Times',
      published: '2025-03-08T10:00:00Z',
      before: `<script>window.__data = "${'x'.repeat(970_000)}";</script><noscript>${'n'.repeat(50_000)}</noscript>`,
    }),
  );
  const { page, tabId } = await h.open('/script-heavy', OUTLET_A);
  const popup = await settledTo(h, tabId, 'no-known-version');
  await expect(popup.page.getByTestId('partial-read')).toHaveCount(0);
  expect((await h.library()).filter((a) => a.url.includes('/script-heavy'))).toHaveLength(1);
  await popup.page.close();
  await page.close();
});
