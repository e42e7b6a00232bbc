// Known versions the reader never opened (issue 4): a publisher feed, a search endpoint
// and "compare with…" bring CBC's version into the library, so the Bulletin copy is
// recognised; broken feeds show their errors and break nothing.
//
// Host access is the reader's to grant (optional host permissions): the browser asks when a
// feed, a search endpoint or a compare-with page is enabled. Playwright cannot answer that
// prompt, so the specs that fetch run as a reader who already said yes (TEST_HOSTS held,
// see grantedCopy in browser.ts); the last ones run the build as installed and check that
// nothing is fetched from a site before the reader allows it.
import { TEST_HOSTS } from './browser';
import { expect, settledPopup, test } from './fixtures';
import { startFeedServer, type FeedServer } from './feed-server';
import { readLibrary } from './hostile/harness';
import { OptionsPage } from './pages/options';
import { PAGES } from './site';

const CBC_HEADLINE = 'Talks about Ukraine with U.S. have put Europeans back at the table, France says';

let feeds: FeedServer;
test.afterEach(async () => {
  await feeds?.close();
});

test.describe('with the fixture sites and the loopback servers allowed', () => {
  test.use({ grantHosts: TEST_HOSTS });

  test('a feed listing CBC’s story lets the Bulletin copy be recognised without opening CBC', async ({ ext, context, sites }) => {
    feeds = await startFeedServer([sites.url(...PAGES.cbcStory)]);
    const options = await OptionsPage.open(context, ext.extensionId);
    const feedUrl = `${feeds.base}/feed.xml`;
    await options.addFeed(feedUrl);
    await expect(options.feed(feedUrl)).toContainText('1 new', { timeout: 30_000 });
    await expect(options.librarySize).toContainText('1 article ·');
    await expect(options.page.locator('.wt-privacy')).toContainText('127.0.0.1');
    // The sites this profile allowed are listed (here the test hosts: see grantedCopy).
    await expect(options.page.locator('.wt-site-access')).toContainText('http://127.0.0.1');

    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'report');
    await expect(popup.likelyOriginal).toContainText('CBC News');
    await expect(popup.likelyOriginal).toContainText(CBC_HEADLINE);
    await expect(popup.verdict).toHaveAttribute('data-verdict', 'uncredited-copy');
  });

  test('a search endpoint finds CBC’s story for the Bulletin page, and the query sent is shown', async ({ ext, context, sites }) => {
    feeds = await startFeedServer([sites.url(...PAGES.cbcStory)]);
    const options = await OptionsPage.open(context, ext.extensionId);
    await options.enableSearch(`${feeds.base}/search?q={query}`);
    await expect(options.page.locator('.wt-privacy')).toContainText('127.0.0.1');

    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'report');
    await expect(popup.likelyOriginal).toContainText('CBC News');
    await expect(popup.likelyOriginal).toContainText(CBC_HEADLINE);
    expect(feeds.hits.get('/search')).toBe(1);

    // The query shown is what was sent: the story's exact phrases, quoted and ORed, not its headline.
    await options.page.reload();
    await expect(options.lastQuery).toContainText('" OR "');
    await expect(options.lastQuery).not.toContainText('Ukraine talks with US in Paris');
  });

  test('“Compare with…” a pasted URL compares the page with that version', async ({ ext, sites }) => {
    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'no-known-version');
    await popup.page.getByText('Compare with…').click();
    await popup.page.locator('textarea[name="compare-with"]').fill(sites.url(...PAGES.cbcStory));
    await popup.page.getByRole('button', { name: 'Compare', exact: true }).click();
    await expect(popup.page.locator('[data-state="report"]')).toBeVisible({ timeout: 20_000 });
    await expect(popup.likelyOriginal).toContainText('CBC News');
    await expect(popup.verdict).toHaveAttribute('data-verdict', 'uncredited-copy');
  });

  test('broken feeds show their errors in the options page and break nothing else', async ({ ext, context }) => {
    test.setTimeout(120_000);
    feeds = await startFeedServer([]);
    const options = await OptionsPage.open(context, ext.extensionId);
    const broken = {
      missing: [`${feeds.base}/missing.xml`, /HTTP 404/],
      invalid: [`${feeds.base}/invalid.xml`, /Invalid XML/],
      huge: [`${feeds.base}/huge.xml`, /too large/],
      slow: [`${feeds.base}/slow.xml`, /timed out/],
    } as const;
    for (const [url] of Object.values(broken)) await options.addFeed(url);
    for (const [url, error] of Object.values(broken)) {
      await expect(options.feed(url)).toContainText(error, { timeout: 60_000 });
    }
    await expect(options.failures).toContainText('invalid.xml');

    // The library and the pipeline still work: CBC, then the Bulletin copy of it.
    const cbc = await ext.open(PAGES.cbcStory);
    await settledPopup(ext, cbc.tabId, 'no-known-version');
    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'report');
    await expect(popup.likelyOriginal).toContainText('CBC News');
    // A failed feed is not fetched again inside its back-off, however many pages open.
    expect(feeds.hits.get('/invalid.xml')).toBe(1);
  });

  test('the library can be exported, cleared and imported back from the options page', async ({ ext, context, sites }) => {
    feeds = await startFeedServer([sites.url(...PAGES.cbcStory)]);
    const options = await OptionsPage.open(context, ext.extensionId);
    await options.addFeed(`${feeds.base}/feed.xml`);
    await expect(options.librarySize).toContainText('1 article ·', { timeout: 30_000 });

    const [download] = await Promise.all([options.page.waitForEvent('download'), options.page.getByRole('button', { name: 'Export (JSON lines)' }).click()]);
    const file = test.info().outputPath('library.jsonl');
    await download.saveAs(file);
    const { readFileSync } = await import('node:fs');
    const lines = readFileSync(file, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toContain('Talks about Ukraine');

    options.page.once('dialog', (d) => void d.accept());
    await options.page.getByRole('button', { name: 'Clear library' }).click();
    await expect(options.librarySize).toContainText('0 articles');

    await options.page.locator('input[type="file"]').setInputFiles(file);
    await expect(options.page.getByRole('status').filter({ hasText: 'Imported 1' })).toBeVisible();
    await expect(options.librarySize).toContainText('1 article ·');
  });
});

test.describe('before the reader allows a site (the build as installed)', () => {
  const totalHits = () => [...feeds.hits.values()].reduce((a, b) => a + b, 0);

  test('adding a feed asks the browser for its site; until the reader answers, nothing is saved or fetched', async ({ ext, context }) => {
    feeds = await startFeedServer([]);
    const options = await OptionsPage.open(context, ext.extensionId);
    await expect(options.page.locator('.wt-site-access')).toContainText('None');
    await options.addFeed(`${feeds.base}/feed.xml`);
    // The browser's prompt is open (Playwright cannot answer it): the click did not go on.
    await options.page.waitForTimeout(1_500);
    await expect(options.page.locator('[data-feed]')).toHaveCount(0);
    expect(totalHits()).toBe(0);
  });

  test('a feed set up elsewhere (synced settings) is not fetched on a device where its site was never allowed; the options page offers to allow it', async ({
    ext,
    context,
    serviceWorker,
    sites,
  }) => {
    feeds = await startFeedServer([sites.url(...PAGES.cbcStory)]);
    const feedUrl = `${feeds.base}/feed.xml`;
    await serviceWorker.evaluate(async (url) => {
      await chrome.storage.sync.set({ settings: { schemaVersion: 1, feeds: { enabled: true, urls: [url], pollMinutes: 60 } } });
    }, feedUrl);
    const options = await OptionsPage.open(context, ext.extensionId);
    await options.page.getByRole('button', { name: 'Poll now' }).click();
    const allow = options.feed(feedUrl).locator('.wt-needs-access');
    await expect(allow).toContainText(new URL(feedUrl).host, { timeout: 15_000 });
    await expect(allow.getByRole('button')).toBeVisible();
    await expect(options.feed(feedUrl)).toContainText('until you allow it');
    // Opening the Bulletin page (no local match) would poll the feed: still nothing fetched.
    const bulletin = await ext.open(PAGES.bulletinStory);
    await settledPopup(ext, bulletin.tabId, 'no-known-version');
    expect(totalHits()).toBe(0);
    // Nothing was sent, so there is no failure and no back-off: allowing the site fetches at once.
    await options.page.reload();
    await expect(options.page.getByText('No failed fetches.')).toBeVisible();
  });

  test('“Compare with…” a URL asks for its site and writes the request down first (the prompt closes a real popup); nothing is fetched meanwhile', async ({
    ext,
    context,
    serviceWorker,
    sites,
  }) => {
    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'no-known-version');
    const cbcUrl = sites.url(...PAGES.cbcStory);
    await popup.page.getByText('Compare with…').click();
    await popup.page.locator('textarea[name="compare-with"]').fill(cbcUrl);
    await popup.page.getByRole('button', { name: 'Compare', exact: true }).click();
    // The browser's prompt is open: the request waits in session storage for the worker,
    // which runs it when the permission arrives (permissions.onAdded).
    await expect
      .poll(() => serviceWorker.evaluate(async () => (await chrome.storage.session.get(null))['pending-compare']), { timeout: 10_000 })
      .toMatchObject({ tabId: bulletin.tabId, url: cbcUrl });
    await popup.page.waitForTimeout(1_000);
    const libraryUrls = (await readLibrary(context)).map((a) => a.url);
    expect(libraryUrls.some((u) => u.includes('cbc.test'))).toBe(false);
    await expect(popup.page.locator('[data-state="report"]')).toHaveCount(0);
  });
});
