// One browser per spec file for issue 6's specs: launching Chromium with the extension
// costs seconds, and these specs open many pages, so each file shares one context (serial
// tests) instead of a fresh profile per test. Tests that need a clean library use
// `freshHarness()`. Set WIRETRACE_DIST to test a build other than dist/.
import { chromium, expect, test, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { CHROMIUM, chromiumArgs, DIST, grantedCopy } from '../browser';
import { ExtensionDriver, tabIdByPageUrl } from '../driver';
import type { TabState } from '../../src/shared/messages';
import type { PopupPage } from '../pages/popup';
import { OUTLET_A, startHostileSite, type HostileSite } from './server';

export const dist = process.env.WIRETRACE_DIST ? resolve(process.env.WIRETRACE_DIST) : DIST;

export interface Harness {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  site: HostileSite;
  ext: ExtensionDriver;
  /** Opens a hostile page in a new tab. */
  open(path: string, host?: string): Promise<{ page: Page; tabId: number }>;
  /** All articles in the library (url, title), read from the worker's IndexedDB. */
  library(): Promise<{ url: string; title: string; origin: string }[]>;
  close(): Promise<void>;
}

export async function launch(proxy?: string, grantHosts?: string[]): Promise<{ context: BrowserContext; worker: Worker; extensionId: string }> {
  if (!existsSync(join(dist, 'manifest.json'))) throw new Error(`${dist} has no build: run \`npm run build\` first`);
  const build = grantHosts ? grantedCopy(grantHosts, dist) : dist;
  const context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'wiretrace-hostile-')), {
    executablePath: CHROMIUM,
    headless: !process.env.HEADED,
    args: chromiumArgs(build),
    viewport: { width: 1200, height: 900 },
    // Every request through a recording proxy (network.spec.ts); loopback included.
    ...(proxy ? { proxy: { server: proxy, bypass: '<-loopback>' } } : {}),
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return { context, worker, extensionId: new URL(worker.url()).host };
}

/** The worker as it is now (it may have been stopped and restarted since launch). */
export async function currentWorker(context: BrowserContext): Promise<Worker> {
  return context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
}

export async function openHarness(options: { proxy?: string; grantHosts?: string[] } = {}): Promise<Harness> {
  const site = await startHostileSite();
  const { context, worker, extensionId } = await launch(options.proxy, options.grantHosts);
  const sites = { port: site.port, url: (host: string, path: string) => site.url(path, host), close: async () => {} };
  const ext = new ExtensionDriver(context, worker, sites as never);
  return {
    context,
    worker,
    extensionId,
    site,
    ext,
    open: (path, host = OUTLET_A) => ext.openUrl(site.url(path, host)),
    library: () => readLibrary(context),
    async close() {
      await context.close();
      await site.close();
    },
  };
}

/**
 * One harness for the spec file's tests, opened before the first and closed after the last;
 * `harness()` gives it inside a test. Tests run non-serial: a failed one does not skip the
 * rest (Playwright starts a fresh worker, so a fresh harness, for them).
 */
export function harnessPerFile(options: Parameters<typeof openHarness>[0] = {}): () => Harness {
  let h: Harness | undefined;
  test.describe.configure({ mode: 'default' });
  test.beforeAll(async () => {
    h = await openHarness(options);
  });
  test.afterAll(async () => {
    await h?.close();
  });
  return () => {
    if (!h) throw new Error('the harness is not open (beforeAll failed)');
    return h;
  };
}

/** Reads the library store straight from IndexedDB in the worker (no product code). */
export async function readLibrary(context: BrowserContext): Promise<{ url: string; title: string; origin: string }[]> {
  const worker = await currentWorker(context);
  return worker.evaluate(async () => {
    const names = (await indexedDB.databases()).map((d) => d.name ?? '');
    const out: { url: string; title: string; origin: string }[] = [];
    for (const name of names) {
      const db = await new Promise<IDBDatabase>((ok, fail) => {
        const r = indexedDB.open(name);
        r.onsuccess = () => ok(r.result);
        r.onerror = () => fail(r.error);
      });
      if (db.objectStoreNames.contains('articles')) {
        const all = await new Promise<{ url: string; article: { title: string }; origin: string }[]>((ok, fail) => {
          const r = db.transaction('articles').objectStore('articles').getAll();
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
        });
        for (const a of all) out.push({ url: a.url, title: a.article.title, origin: a.origin });
      }
      db.close();
    }
    return out;
  });
}

/** Waits for the popup of `tabId` to settle on any final state; returns it and the popup. */
export async function settled(h: Harness, tabId: number, timeout = 20_000): Promise<{ state: string; popup: PopupPage }> {
  let popup: PopupPage | undefined;
  let state = '';
  await expect
    .poll(
      async () => {
        await popup?.page.close();
        popup = await h.ext.popup(tabId);
        state = await popup.settledState();
        return state;
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .not.toMatch(/^(checking|loading)$/);
  return { state, popup: popup! };
}

/**
 * The content script's own work slices on `page`. They live in the content script's memory
 * (content/timing.ts), not in User Timing, so no page can see them: the worker asks each
 * tab's content script (a tab message, as PageTimings) and keeps the answer of `page`'s.
 */
export async function slices(page: Page): Promise<{ name: string; ms: number }[]> {
  const worker = await currentWorker(page.context());
  return worker.evaluate(async (url) => {
    for (const tab of await chrome.tabs.query({})) {
      if (tab.id === undefined) continue;
      const reply = (await chrome.tabs.sendMessage(tab.id, { wiretrace: 1, name: 'PageTimings' }, { frameId: 0 }).catch(() => undefined)) as
        | { url: string; slices: { name: string; ms: number }[] }
        | undefined;
      if (reply?.url === url) return reply.slices;
    }
    return [];
  }, page.url());
}

/**
 * The frames of `page` in which this extension has a script context (a content script ran
 * there), by frame URL, read through the DevTools protocol: isolated worlds whose origin is
 * the extension's. Cross-origin frames run in their own process and get their own session.
 */
export async function framesWithContentScript(page: Page, extensionId: string): Promise<string[]> {
  const found = new Set<string>();
  const inspect = async (target: Page | import('@playwright/test').Frame) => {
    let cdp: import('@playwright/test').CDPSession;
    try {
      cdp = await page.context().newCDPSession(target);
    } catch {
      return; // a frame in its parent's process: covered by the parent's session
    }
    const contexts: { origin: string; auxData?: { frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context as never));
    await cdp.send('Runtime.enable');
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const urls = new Map<string, string>();
    const walk = (t: typeof frameTree) => {
      urls.set(t.frame.id, t.frame.url);
      for (const c of t.childFrames ?? []) walk(c);
    };
    walk(frameTree);
    for (const c of contexts) if (c.origin.includes(extensionId) && c.auxData?.frameId) found.add(urls.get(c.auxData.frameId) ?? c.auxData.frameId);
    await cdp.detach();
  };
  await inspect(page);
  for (const frame of page.frames().slice(1)) await inspect(frame);
  return [...found];
}

/** Text of the whole popup (report sections included). */
/** The popup's whole text, folded sections included (the popup shows the first changes and folds the rest). */
export async function popupText(popup: PopupPage): Promise<string> {
  await popup.page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
  return popup.page.locator('main').innerText();
}

/**
 * The popup of `tabId` once it shows `expected`. The worker answers "not an article" for a
 * loaded tab whose content script has not reported yet, so a single look can be early.
 */
export async function settledTo(h: Harness, tabId: number, expected: string, timeout = 20_000): Promise<PopupPage> {
  let popup: PopupPage | undefined;
  await expect
    .poll(
      async () => {
        await popup?.page.close();
        popup = await h.ext.popup(tabId);
        return popup.settledState();
      },
      { timeout, intervals: [250, 500, 1000] },
    )
    .toBe(expected);
  return popup!;
}

/** Waits until the content script has finished its work on `page` (its last measure). */
export async function contentScriptDone(page: Page, last: RegExp = /^wiretrace:(serialize|size|detect)$/): Promise<void> {
  await expect.poll(async () => (await slices(page)).some((s) => last.test(s.name)), { timeout: 15_000 }).toBe(true);
}

/** Badge text of a tab, read through the worker that is running now. */
export async function badgeOf(context: BrowserContext, tabId: number): Promise<string> {
  const worker = await currentWorker(context);
  return worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Tab id showing `url`, asked of the worker that is running now (see tabIdByPageUrl). */
export async function tabIdOf(context: BrowserContext, url: string): Promise<number> {
  return tabIdByPageUrl(await currentWorker(context), url);
}

/**
 * The service worker's JS heap after a garbage collection, in bytes, through the DevTools
 * protocol of an extension page (`control`): Target.attachToTarget on the worker, then
 * HeapProfiler.collectGarbage and Runtime.getHeapUsage.
 */
export async function workerHeap(context: BrowserContext, control: Page): Promise<number> {
  const cdp = await context.newCDPSession(control);
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const sw = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith('chrome-extension://'));
    if (!sw) throw new Error('no extension service worker is running');
    const { sessionId } = await cdp.send('Target.attachToTarget', { targetId: sw.targetId, flatten: false });
    let next = 1;
    const call = (method: string) =>
      new Promise<Record<string, number>>((resolve) => {
        const id = next++;
        const onMessage = (e: { sessionId: string; message: string }) => {
          const m = JSON.parse(e.message) as { id?: number; result?: Record<string, number> };
          if (e.sessionId === sessionId && m.id === id) {
            cdp.off('Target.receivedMessageFromTarget', onMessage);
            resolve(m.result ?? {});
          }
        };
        cdp.on('Target.receivedMessageFromTarget', onMessage);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const usage = await call('Runtime.getHeapUsage');
    await cdp.send('Target.detachFromTarget', { sessionId });
    return usage.usedSize;
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** The worker's answers to GetTabState for many tabs, asked from one extension page. */
export async function tabStatesFrom(control: Page, tabIds: number[]): Promise<TabState[]> {
  return control.evaluate(async (ids) => {
    const ask = async (tabId: number) => {
      const reply = (await chrome.runtime.sendMessage({ wiretrace: 1, name: 'GetTabState', payload: { tabId } })) as {
        ok: boolean;
        value?: unknown;
        error?: string;
      };
      return reply.ok ? reply.value : { state: 'error', message: reply.error };
    };
    return Promise.all(ids.map(ask));
  }, tabIds) as Promise<TabState[]>;
}
