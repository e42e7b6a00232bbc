// Issue 6, load: twenty article tabs opened at once, twice. First twenty distinct stories
// (each must end "no known version": no mix-ups between unrelated stories), then their
// twenty copies on another outlet (each must end with a report naming its own original).
// The worker's heap after garbage collection must stay bounded.
import { expect, test, type Page } from '@playwright/test';
import { openHarness, tabIdOf, tabStatesFrom, workerHeap, type Harness } from './hostile/harness';
import { MANY } from './hostile/pages';
import { OUTLET_A, OUTLET_B } from './hostile/server';

// Not serial: one failure must not skip the tests after it (a fresh worker, with a fresh
// harness from beforeAll, runs them); every test sets up the state it checks.
test.describe.configure({ mode: 'default' });
let h: Harness;
let control: Page;
test.beforeAll(async () => {
  h = await openHarness();
  control = await h.context.newPage();
  await control.goto(`chrome-extension://${h.extensionId}/src/ui/popup/index.html?tabId=0`);
});
test.afterAll(async () => {
  await h?.close();
});

const MAX_HEAP_GROWTH = 32 * 1024 * 1024;

async function openAll(paths: string[], host: string): Promise<{ page: Page; url: string }[]> {
  return Promise.all(
    paths.map(async (path) => {
      const page = await h.context.newPage();
      const url = h.site.url(path, host);
      await page.goto(url);
      return { page, url };
    }),
  );
}

test('twenty stories at once, then their twenty copies at once: every tab gets its own result', async () => {
  test.setTimeout(120_000);
  const heapBefore = await workerHeap(h.context, control);
  const ids = Array.from({ length: MANY }, (_, i) => i);

  const originals = await openAll(
    ids.map((i) => `/many/${i}`),
    OUTLET_A,
  );
  const originalTabs = await Promise.all(originals.map((o) => tabIdOf(h.context, o.url)));
  await expect
    .poll(async () => (await tabStatesFrom(control, originalTabs)).map((s) => s.state).join(','), { timeout: 60_000 })
    .toBe(Array(MANY).fill('no-known-version').join(','));

  const copies = await openAll(
    ids.map((i) => `/many/${i}-copy`),
    OUTLET_B,
  );
  const copyTabs = await Promise.all(copies.map((c) => tabIdOf(h.context, c.url)));
  const sources = async () => (await tabStatesFrom(control, copyTabs)).map((s) => (s.state === 'report' ? new URL(s.report.source.url).pathname : s.state));
  await expect.poll(sources, { timeout: 60_000 }).toEqual(ids.map((i) => `/many/${i}`));
  // Each copy tab's report is about that tab's page.
  const reports = await tabStatesFrom(control, copyTabs);
  expect(reports.map((s) => (s.state === 'report' ? new URL(s.report.copy.url).pathname : s.state))).toEqual(ids.map((i) => `/many/${i}-copy`));

  const library = await h.library();
  expect(library.filter((a) => a.url.includes('/many/'))).toHaveLength(2 * MANY);

  for (const { page } of [...originals, ...copies]) await page.close();
  const heapAfter = await workerHeap(h.context, control);
  test
    .info()
    .annotations.push({ type: 'worker heap', description: `${(heapBefore / 1e6).toFixed(1)} MB before, ${(heapAfter / 1e6).toFixed(1)} MB after 40 tabs` });
  expect(heapAfter - heapBefore, 'worker heap growth after 40 articles (bytes)').toBeLessThan(MAX_HEAP_GROWTH);
});
