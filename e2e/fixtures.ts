// Playwright fixtures (WXT's playwright-e2e-testing pattern): every test gets a fresh
// Chromium profile with the built extension loaded, its id (from the service worker URL),
// the worker itself (to read badges) and the fixture sites on loopback.
import { test as base, expect, type BrowserContext, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { ExtensionDriver, serviceWorkerOf } from './driver';
import type { PopupPage } from './pages/popup';
import { startSites, type Sites } from './site';

/** The popup for `tabId` once it shows `expected` (reopened until then; the worker may still be checking). */
export async function settledPopup(ext: ExtensionDriver, tabId: number, expected: string): Promise<PopupPage> {
  let popup: PopupPage | undefined;
  await expect
    .poll(
      async () => {
        await popup?.page.close();
        popup = await ext.popup(tabId);
        return popup.settledState();
      },
      { timeout: 20_000, intervals: [250, 500, 1000] },
    )
    .toBe(expected);
  return popup!;
}

type Fixtures = {
  /** Hosts the reader has allowed (see grantedCopy in browser.ts); none by default, as at install. */
  grantHosts: string[] | undefined;
  /** The browser's UI language (e.g. 'fr'); the machine's default when unset. */
  lang: string | undefined;
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  ext: ExtensionDriver;
};

export const test = base.extend<Fixtures, { sites: Sites }>({
  sites: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from this destructuring; none here.
    async ({}, use) => {
      const sites = await startSites();
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  grantHosts: [undefined, { option: true }],
  lang: [undefined, { option: true }],
  context: async ({ grantHosts, lang }, use) => {
    const context = await launchWithExtension({ headless: !process.env.HEADED, grantHosts, lang });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    await use(await serviceWorkerOf(context));
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  ext: async ({ context, serviceWorker, sites }, use) => {
    await use(new ExtensionDriver(context, serviceWorker, sites));
  },
});

export { expect };
