// Drives the loaded extension from outside: open fixture pages, find their tab ids, read
// badges through the service worker, open the popup for a tab. Used by the e2e fixtures
// and by `npm start` (so it imports nothing from the test runner).
import type { BrowserContext, Page, Worker } from '@playwright/test';
import type { TabState } from '../src/shared/messages';
import { PopupPage } from './pages/popup';
import type { Sites } from './site';

export type Where = readonly [Parameters<Sites['url']>[0], string];

/** Polls `read` until `done` holds or `timeoutMs` passes; returns the last value read. */
export async function waitFor<T>(read: () => Promise<T>, done: (v: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (let wait = 200; ; wait = Math.min(wait * 2, 1000)) {
    const value = await read();
    if (done(value) || Date.now() > until) return value;
    await new Promise((r) => setTimeout(r, wait));
  }
}

/** Every tab's id (ids only: an extension without access to a tab's host cannot see its URL). */
function tabIds(worker: Worker): Promise<number[]> {
  return worker.evaluate(async () => (await chrome.tabs.query({})).flatMap((t) => (t.id === undefined ? [] : [t.id])));
}

/**
 * The tab showing `url`. Tab URLs are hidden from Wiretrace (it holds no host access until
 * the reader grants some), so this reads what the reader's side of the product knows: the
 * worker's per-tab entries (`tab:ID` → page URL, written as soon as the page's content
 * script reports), waiting until the page has reported.
 */
export async function tabIdByPageUrl(worker: Worker, url: string, timeoutMs = 20_000): Promise<number> {
  const find = () =>
    // No named helper inside: tsx (bench, demo) wraps named functions in a __name() call
    // that does not exist in the worker.
    worker.evaluate(async (u) => {
      const all = (await chrome.storage.session.get(null)) as Record<string, { url?: unknown }>;
      const hit = Object.entries(all).find(([k, v]) => k.startsWith('tab:') && typeof v?.url === 'string' && v.url.split('#')[0] === u.split('#')[0]);
      return hit ? Number(hit[0].slice(4)) : undefined;
    }, url);
  const id = await waitFor(find, (v) => v !== undefined, timeoutMs);
  if (id === undefined) throw new Error(`no tab has reported ${url}`);
  return id;
}

export async function serviceWorkerOf(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
}

/**
 * Stops an extension's service worker the way the browser does when it is idle, through
 * chrome://serviceworker-internals (the DevTools protocol's stopAllWorkers does not reach
 * extension workers from a page session). Resolves once the worker reports STOPPED.
 */
export async function stopExtensionWorker(context: BrowserContext, extensionId: string, timeoutMs = 10_000): Promise<void> {
  const page = await context.newPage();
  try {
    await page.goto('chrome://serviceworker-internals/');
    const item = page.locator('.serviceworker-item', { hasText: `chrome-extension://${extensionId}/` });
    await item.locator('cr-button[data-command="stop"]').click();
    const status = item.locator('.serviceworker-running-status .value');
    await waitFor(
      () => status.innerText(),
      (s) => s.trim() === 'STOPPED',
      timeoutMs,
    );
  } finally {
    await page.close();
  }
}

export class ExtensionDriver {
  readonly extensionId: string;

  constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly sites: Sites,
  ) {
    this.extensionId = new URL(worker.url()).host;
  }

  /** Opens a fixture page in a new tab and returns it with its browser tab id. */
  async open(where: Where): Promise<{ page: Page; tabId: number }> {
    return this.openUrl(this.sites.url(where[0], where[1]));
  }

  /** Every tab's id from the running worker, or undefined while none runs (stopped by a test). */
  private async ids(): Promise<number[] | undefined> {
    const worker = this.context.serviceWorkers()[0];
    if (!worker) return undefined;
    const timeout = new Promise<undefined>((r) => setTimeout(() => r(undefined), 2_000));
    return Promise.race([tabIds(worker), timeout]).catch(() => undefined);
  }

  /** Opens `url` in a new tab; its id is the one tab that was not there before. */
  async openUrl(url: string): Promise<{ page: Page; tabId: number }> {
    const before = await this.ids();
    const page = await this.context.newPage();
    await page.goto(url);
    const added = before && (await this.ids())?.filter((id) => !before.includes(id));
    return { page, tabId: added?.length === 1 ? added[0] : await this.tabIdOf(url) };
  }

  /** The tab showing `url`, once its content script has reported (see tabIdByPageUrl). */
  async tabIdOf(url: string): Promise<number> {
    return tabIdByPageUrl(await serviceWorkerOf(this.context), url);
  }

  badge(tabId: number): Promise<string> {
    return this.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /** The popup for a given tab, opened as a page (`?tabId=` selects the tab). */
  async popup(tabId: number, viewport = { width: 420, height: 900 }): Promise<PopupPage> {
    const page = await this.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${this.extensionId}/src/ui/popup/index.html?tabId=${tabId}`);
    return new PopupPage(page);
  }

  /**
   * Stops the extension's service worker the way the browser does when it is idle; see
   * stopExtensionWorker.
   */
  async stopServiceWorker(): Promise<void> {
    await stopExtensionWorker(this.context, this.extensionId);
  }

  /**
   * Switches the extension off and on in chrome://extensions, as a reader (or an update)
   * would. Afterwards `worker` is a stopped worker; use pages (popup) to talk to the new one.
   */
  async disableAndEnable(): Promise<void> {
    const page = await this.context.newPage();
    try {
      await page.goto(`chrome://extensions/?id=${this.extensionId}`);
      const toggle = page.locator('#enableToggle:visible').first();
      // cr-toggle's own `checked` property: Chromium 156 no longer sets aria-checked on it.
      const checked = () => toggle.evaluate((el) => (el as HTMLElement & { checked?: boolean }).checked === true);
      await toggle.click();
      if ((await waitFor(checked, (v) => !v, 10_000)) !== false) throw new Error('the extension did not switch off');
      const restarted = this.context.waitForEvent('serviceworker', { timeout: 15_000 });
      await toggle.click();
      if ((await waitFor(checked, (v) => v, 10_000)) !== true) throw new Error('the extension did not switch on');
      await restarted;
    } finally {
      await page.close();
    }
  }

  /** The worker's state for a tab, asked the way the popup asks (from an extension page). */
  async tabState(tabId: number): Promise<TabState> {
    const popup = await this.popup(tabId);
    try {
      return (await popup.page.evaluate(async (id) => {
        const reply = (await chrome.runtime.sendMessage({ wiretrace: 1, name: 'GetTabState', payload: { tabId: id } })) as
          | { ok: true; value: unknown }
          | { ok: false; error: string };
        if (!reply.ok) throw new Error(reply.error);
        return reply.value;
      }, tabId)) as TabState;
    } finally {
      await popup.page.close();
    }
  }

  /** Waits until the worker has settled on a state for the tab (not "checking"). */
  settledState(tabId: number, timeoutMs = 20_000): Promise<TabState> {
    return waitFor(
      () => this.tabState(tabId),
      (s) => s.state !== 'checking',
      timeoutMs,
    );
  }
}
