// The MV3 worker can be stopped at any moment and every tab's badge must follow its page:
// the report lives in storage, not in the worker's memory, and a navigation clears it.
import { TEST_HOSTS } from './browser';
import { expect, settledPopup, test } from './fixtures';
import { PAGES } from './site';

test('the library and a report survive the service worker being stopped', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  // CBC's version is found after a restart: the library is in IndexedDB, not in memory.
  await ext.stopServiceWorker();
  const bulletin = await ext.open(PAGES.bulletinStory);
  await settledPopup(ext, bulletin.tabId, 'report');

  await ext.stopServiceWorker();

  // The popup wakes a fresh worker, which answers from storage.
  const popup = await settledPopup(ext, bulletin.tabId, 'report');
  await expect(popup.likelyOriginal).toContainText('CBC News');
});

test('navigating away clears the badge and the report', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const bulletin = await ext.open(PAGES.bulletinStory);
  await expect.poll(() => ext.badge(bulletin.tabId), { timeout: 20_000 }).toMatch(/^\d+%$/);

  await bulletin.page.goto(ext.sites.url(...PAGES.cbcHome));
  await expect.poll(() => ext.badge(bulletin.tabId)).toBe('');
  await settledPopup(ext, bulletin.tabId, 'not-article');
});

test('going back and forward restores the badge of a page the browser kept in memory', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const { page, tabId } = await ext.open(PAGES.bulletinStory);
  await expect.poll(() => ext.badge(tabId), { timeout: 20_000 }).toMatch(/^\d+%$/);
  // Record whether the page came back from the back/forward cache (no new document).
  await page.evaluate(() => addEventListener('pageshow', (e) => ((window as unknown as { restored: boolean }).restored = e.persisted)));

  await page.goto(ext.sites.url(...PAGES.cbcHome));
  await expect.poll(() => ext.badge(tabId)).toBe('');
  await page.goBack({ waitUntil: 'commit' }); // a restore from the cache fires no load event
  const restored = await page.evaluate(() => (window as unknown as { restored?: boolean }).restored ?? false);
  test.info().annotations.push({ type: 'bfcache', description: String(restored) });
  await expect.poll(() => ext.badge(tabId), { timeout: 20_000 }).toMatch(/^\d+%$/);
  await settledPopup(ext, tabId, 'report');
});

test.describe('where the reader allowed the sites', () => {
  test.use({ grantHosts: TEST_HOSTS });

  test('after the extension is switched off and on, articles already open get their report', async ({ ext }) => {
    const cbc = await ext.open(PAGES.cbcStory);
    await settledPopup(ext, cbc.tabId, 'no-known-version');
    const bulletin = await ext.open(PAGES.bulletinStory);
    const home = await ext.open(PAGES.cbcHome);
    await settledPopup(ext, bulletin.tabId, 'report');

    // Off and on again (as after an install or update): open pages lose the content script
    // and the worker's per-tab state; Chrome injects again only into pages loaded later, so
    // the worker injects into the open tabs whose sites it may access.
    await ext.disableAndEnable();

    await settledPopup(ext, bulletin.tabId, 'report');
    await settledPopup(ext, home.tabId, 'not-article');
  });
});

test('with no site access granted, an article open since before a restart of the extension says to reload it, and reloading checks it', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const bulletin = await ext.open(PAGES.bulletinStory);
  await settledPopup(ext, bulletin.tabId, 'report');

  await ext.disableAndEnable();

  // Not "not an article", and no stale report: the popup says what the reader can do.
  const popup = await settledPopup(ext, bulletin.tabId, 'unread');
  await expect(popup.page.getByTestId('state')).toContainText('Reload the page');
  await bulletin.page.reload();
  await settledPopup(ext, bulletin.tabId, 'report');
});
