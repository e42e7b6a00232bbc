// Issue 6, storage faults: the browser's storage for the extension is full, or an
// IndexedDB transaction fails. Faults are injected into the running worker: every
// IDBObjectStore.put aborts its transaction and throws the DOMException a real failure
// throws (QuotaExceededError; UnknownError for a failed transaction), which is how a full
// disk shows up in Chromium (the transaction aborts, nothing of it is kept). The popup must
// say clearly what happened, and the library must come out exactly as it was.
import { expect, test } from '@playwright/test';
import { currentWorker, openHarness, settledTo, type Harness } from './hostile/harness';
import { OUTLET_A, OUTLET_B } from './hostile/server';

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

async function injectFault(name: 'QuotaExceededError' | 'UnknownError'): Promise<void> {
  const worker = await currentWorker(h.context);
  await worker.evaluate((errorName) => {
    const g = globalThis as unknown as { __wtPut?: typeof IDBObjectStore.prototype.put };
    g.__wtPut ??= IDBObjectStore.prototype.put;
    IDBObjectStore.prototype.put = function () {
      try {
        this.transaction.abort();
      } catch {
        // already finished
      }
      throw new DOMException(`injected: ${errorName}`, errorName);
    };
  }, name);
}

async function clearFault(): Promise<void> {
  const worker = await currentWorker(h.context);
  await worker.evaluate(() => {
    const g = globalThis as unknown as { __wtPut?: typeof IDBObjectStore.prototype.put };
    if (g.__wtPut) IDBObjectStore.prototype.put = g.__wtPut;
  });
}

const urls = async () => (await h.library()).map((a) => `${a.url} ${a.title}`).sort();

for (const [fault, message] of [
  ['QuotaExceededError', /storage for Wiretrace is full/],
  ['UnknownError', /library could not be written/],
] as const) {
  test(`${fault}: a clear message in the popup, the library exactly as before, and recovery after`, async () => {
    const original = await h.open('/story', OUTLET_A);
    // First run: no known version; second run: the copy is known by then, so a report.
    await expect.poll(async () => (await h.ext.tabState(original.tabId)).state, { timeout: 20_000 }).toMatch(/^(no-known-version|report)$/);
    const before = await urls();
    expect(before.length).toBeGreaterThan(0);

    await injectFault(fault);
    const copy = await h.open('/story-copy', OUTLET_B);
    const popup = await settledTo(h, copy.tabId, 'error');
    await expect(popup.page.getByTestId('state')).toContainText(message);
    await expect(popup.page.getByTestId('state')).toContainText('saved articles are unchanged');
    // An error looks like one: an alert with its cause in plain words (no DOMException name) and a retry.
    await expect(popup.page.getByRole('alert')).toBeVisible();
    await expect(popup.page.getByTestId('error-cause')).not.toContainText(fault);
    await expect(popup.page.getByTestId('retry')).toBeVisible();
    if (fault === 'QuotaExceededError') {
      // README screenshot: one error state.
      await popup.page.setViewportSize({ width: 400, height: 300 });
      await popup.page.screenshot({ path: 'docs/popup-error.png' });
    }
    expect(await urls(), 'library after the failed write').toEqual(before);

    await clearFault();
    await copy.page.reload();
    const ok = await settledTo(h, copy.tabId, 'report');
    await expect(ok.verdict).toHaveAttribute('data-verdict', /copy/);
    for (const p of [original.page, copy.page, popup.page, ok.page]) await p.close();
  });
}
