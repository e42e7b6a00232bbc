// Playwright fixtures (WXT's playwright-e2e-testing pattern): every test gets a fresh
// Chromium profile with the built extension loaded, its id (from the service worker URL),
// the worker itself (to read badges) and the fixture sites on loopback.
import { test as base, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { launchWithExtension } from './browser';
import { PopupPage } from './pages/popup';
import { startSites, type Sites } from './site';

type Fixtures = {
  context: BrowserContext;
  serviceWorker: Worker;
  extensionId: string;
  ext: ExtensionDriver;
};

export class ExtensionDriver {
  constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly extensionId: string,
    readonly sites: Sites,
  ) {}

  /** Opens a fixture page in a new tab and returns it with its browser tab id. */
  async open(where: readonly [Parameters<Sites['url']>[0], string]): Promise<{ page: Page; tabId: number }> {
    const page = await this.context.newPage();
    const url = this.sites.url(where[0], where[1]);
    await page.goto(url);
    return { page, tabId: await this.tabIdOf(url) };
  }

  async tabIdOf(url: string): Promise<number> {
    const id = await this.worker.evaluate(async (u) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((t) => t.url === u)?.id;
    }, url);
    if (id === undefined) throw new Error(`no tab shows ${url}`);
    return id;
  }

  badge(tabId: number): Promise<string> {
    return this.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** The popup for a given tab, opened as a page (`?tabId=` selects the tab). */
  async popup(tabId: number): Promise<PopupPage> {
    const page = await this.context.newPage();
    await page.goto(`chrome-extension://${this.extensionId}/src/ui/popup/index.html?tabId=${tabId}`);
    return new PopupPage(page);
  }

  /** Waits until the popup for `tabId` shows a final state (not "checking"), and returns it. */
  async settledPopup(tabId: number, expected: string): Promise<PopupPage> {
    let popup: PopupPage | undefined;
    await expect
      .poll(
        async () => {
          await popup?.page.close();
          popup = await this.popup(tabId);
          return popup.settledState();
        },
        { timeout: 20_000, intervals: [250, 500, 1000] },
      )
      .toBe(expected);
    return popup!;
  }
}

export const test = base.extend<Fixtures, { sites: Sites }>({
  sites: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const sites = await startSites();
      await use(sites);
      await sites.close();
    },
    { scope: 'worker' },
  ],
  // eslint-disable-next-line no-empty-pattern
  context: async ({}, use) => {
    const context = await launchWithExtension({ headless: !process.env.HEADED });
    await use(context);
    await context.close();
  },
  serviceWorker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ serviceWorker }, use) => {
    await use(new URL(serviceWorker.url()).host);
  },
  ext: async ({ context, serviceWorker, extensionId, sites }, use) => {
    await use(new ExtensionDriver(context, serviceWorker, extensionId, sites));
  },
});

export { expect };
