// Issue 6, a dying worker: the browser may stop the MV3 service worker at any moment. Here
// it is stopped through the DevTools protocol (ServiceWorker.stopAllWorkers) while it is
// comparing a long copy with its original. After it restarts, the report must still
// appear, and the library must hold each version exactly once (nothing lost, nothing
// duplicated).
import { expect, test, type CDPSession, type Page } from '@playwright/test';
import { badgeOf, openHarness, settledTo, tabIdOf, type Harness } from './hostile/harness';
import { OUTLET_A, OUTLET_B } from './hostile/server';

// Not serial: one failure must not skip the tests after it (a fresh worker, with a fresh
// harness from beforeAll, runs them); every test sets up the state it checks.
test.describe.configure({ mode: 'default' });
let h: Harness;
let control: Page;
let cdp: CDPSession;
const statuses: string[] = [];

test.beforeAll(async () => {
  h = await openHarness();
  // An extension page to drive the DevTools ServiceWorker domain from (it sees the
  // extension's own worker) and to read chrome.storage.session directly.
  control = await h.context.newPage();
  await control.goto(`chrome-extension://${h.extensionId}/src/ui/popup/index.html?tabId=0`);
  cdp = await h.context.newCDPSession(control);
  cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
    for (const v of e.versions) statuses.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
});
test.afterAll(async () => {
  await cdp?.detach().catch(() => {});
  await h?.close();
});

/** Whether some tab's state in session storage is 'checking' (the worker is busy with it). */
function someChecking(): Promise<boolean> {
  return control.evaluate(async () => {
    const s = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    return Object.values(await s.get(null)).some((e) => (e as { state?: { state?: string } })?.state?.state === 'checking');
  });
}

/** Resolves once some tab's state in session storage is 'checking' (the worker is busy). */
function whenChecking(): Promise<boolean> {
  return control.evaluate(async () => {
    const s = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session;
    const until = Date.now() + 15_000;
    while (Date.now() < until) {
      const all = await s.get(null);
      if (Object.values(all).some((e) => (e as { state?: { state?: string } })?.state?.state === 'checking')) return true;
      await new Promise((r) => setTimeout(r, 2));
    }
    return false;
  });
}

test('stopped mid-comparison, the worker restarts and the report still appears, once', async () => {
  test.setTimeout(90_000);
  const original = await h.open('/long', OUTLET_A);
  await (await settledTo(h, original.tabId, 'no-known-version', 30_000)).page.close();

  const copy = await h.context.newPage();
  const copyUrl = h.site.url('/long-copy', OUTLET_B);
  const checking = whenChecking();
  await copy.goto(copyUrl);
  expect(await checking, 'the worker started checking the copy').toBe(true);
  const before = statuses.length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => statuses.slice(before).includes('stopped'), { timeout: 10_000 }).toBe(true);
  // Stopped in the middle: the state it left behind is still 'checking', no report yet.
  expect(await someChecking(), 'the stop cut the comparison short').toBe(true);

  // Opening the popup wakes the worker; the content script also sends again.
  const tabId = await tabIdOf(h.context, copyUrl);
  const popup = await settledTo(h, tabId, 'report', 45_000);
  await expect(popup.verdict).toHaveAttribute('data-verdict', /copy/);
  await expect.poll(() => badgeOf(h.context, tabId)).toMatch(/^\d+%$/);
  expect(statuses.slice(before), 'the worker ran again after the stop').toContain('running');

  const library = await h.library();
  const count = (path: string) => library.filter((a) => new URL(a.url).pathname === path).length;
  expect(count('/long'), 'the original, once').toBe(1);
  expect(count('/long-copy'), 'the copy, once').toBe(1);
  expect(library).toHaveLength(2);
  for (const p of [original.page, copy, popup.page]) await p.close();
});

test('stopped while idle between pages, nothing is lost', async () => {
  const before = (await h.library()).length;
  await cdp.send('ServiceWorker.stopAllWorkers');
  const next = await h.open('/story', OUTLET_A);
  await (await settledTo(h, next.tabId, 'no-known-version')).page.close();
  const library = await h.library();
  expect(library).toHaveLength(before + 1);
  await next.page.close();
});
