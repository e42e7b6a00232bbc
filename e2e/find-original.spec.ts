// "Find the original" (issue 12): the reader lands on the Bulletin copy first, with nothing
// in the library, and a news search answering in GDELT's JSON (e2e/gdelt-server.ts, on
// loopback) finds CBC's version; compared, it gives the same uncredited-copy report as if
// the reader had read CBC before. With automatic search on, the same happens without a
// click. A search that is too slow, answers an error page or is rate-limited says so and
// changes nothing else; and nothing is sent before the reader turns the search on.
//
// The reader's "Allow" answers are given as in the other fetching specs (grantedCopy in
// browser.ts): the test hosts for the button, every site for automatic search.
import type { Page } from '@playwright/test';
import { TEST_HOSTS } from './browser';
import type { ExtensionDriver } from './driver';
import { expect, settledPopup, test } from './fixtures';
import { type GdeltMode, type GdeltServer, startGdeltServer } from './gdelt-server';
import { OptionsPage } from './pages/options';
import { PAGES, type Sites } from './site';

const CBC_HEADLINE = 'Talks about Ukraine with U.S. have put Europeans back at the table, France says';

let gdelt: GdeltServer | undefined;
test.afterEach(async () => {
  await gdelt?.close();
  gdelt = undefined;
});

/** GDELT's answer for the Bulletin's phrases: the copy itself (seen later), CBC's story (seen first), an unrelated story. */
function answerFor(sites: Sites) {
  return [
    {
      url: sites.url(...PAGES.bulletinStory),
      title: 'Ukraine talks with US in Paris shows Europeans at the table, France says',
      seendate: '20250418T090000Z',
      domain: 'bigtownbulletin.test',
    },
    { url: 'http://127.0.0.1:9/recipes/spring-soups', title: 'Ten soups for spring', seendate: '20250416T100000Z', domain: 'recipes.example' },
    { url: sites.url(...PAGES.cbcStory), title: CBC_HEADLINE, seendate: '20250417T140000Z', domain: 'cbc.test' },
  ];
}

/** Points the GDELT choice at the loopback server (settings, as a mirror would be set) and turns it on in the options page. */
async function turnOnGdelt(options: OptionsPage, endpoint: string, automatic = false): Promise<void> {
  await options.page.evaluate(async (url) => {
    const { settings = {} } = await chrome.storage.sync.get('settings');
    await chrome.storage.sync.set({ settings: { ...settings, search: { ...(settings.search ?? {}), gdeltEndpoint: url } } });
  }, endpoint);
  await options.page.reload();
  await expect(options.page.getByTestId('gdelt-request')).toContainText(endpoint);
  await options.page.locator('input[name="search-gdelt"]').check();
  await expect(options.page.locator('.wt-privacy')).toContainText('127.0.0.1');
  if (automatic) await options.page.locator('input[name="search-automatic"]').check();
  await expect
    .poll(async () => options.page.evaluate(async () => (await chrome.storage.sync.get('settings')).settings?.search))
    .toMatchObject({ gdelt: true, automatic, gdeltEndpoint: endpoint });
}

async function findOriginal(ext: ExtensionDriver, tabId: number): Promise<Page> {
  const popup = await settledPopup(ext, tabId, 'no-known-version');
  await popup.page.getByRole('button', { name: 'Find the original' }).click();
  return popup.page;
}

test.describe('with the fixture sites and the loopback search allowed', () => {
  test.use({ grantHosts: TEST_HOSTS });

  test('the Bulletin copy opened first: Find the original lists CBC first, and Compare gives the uncredited-copy report', async ({ ext, context, sites }) => {
    gdelt = await startGdeltServer('ok', answerFor(sites));
    const options = await OptionsPage.open(context, ext.extensionId);
    await turnOnGdelt(options, gdelt.endpoint);

    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'no-known-version');
    // Before the click: the exact phrases are shown, and nothing has been sent.
    const sends = popup.page.getByTestId('find-sends');
    await expect(sends).toContainText('“');
    const shown = [...((await sends.textContent()) ?? '').matchAll(/“([^”]+)”/g)].map((m) => m[1]);
    expect(shown.length).toBeGreaterThan(0);
    expect(gdelt.requests).toEqual([]);
    await popup.page.getByRole('button', { name: 'Find the original' }).click();

    const found = popup.page.getByTestId('found-version');
    await expect(found.first()).toHaveAttribute('data-url', sites.url(...PAGES.cbcStory), { timeout: 20_000 });
    await expect(found.first()).toContainText('cbc.test');
    await expect(found.first()).toContainText(CBC_HEADLINE);
    await expect(found.first().locator('.wt-found-date')).toContainText('2025');
    // The page's own site is left out; the unrelated story ranks last.
    await expect(found).toHaveCount(2);
    await expect(found.nth(1)).toContainText('Ten soups for spring');

    // One request, with the phrases shown (quoted, ORed) and nothing of the page's address.
    expect(gdelt.requests).toHaveLength(1);
    const query = new URL(gdelt.requests[0], 'http://x').searchParams;
    expect(query.get('mode')).toBe('ArtList');
    expect(query.get('format')).toBe('json');
    expect(query.get('sort')).toBe('DateAsc');
    expect(query.get('query')).toBe(shown.length > 1 ? `(${shown.map((p) => `"${p}"`).join(' OR ')})` : `"${shown[0]}"`);
    expect(gdelt.requests[0]).not.toContain('bigtownbulletin');

    await found.first().getByRole('button', { name: 'Compare' }).click();
    await expect(popup.page.locator('[data-state="report"]')).toBeVisible({ timeout: 30_000 });
    await expect(popup.likelyOriginal).toContainText('CBC News');
    await expect(popup.likelyOriginal).toContainText(CBC_HEADLINE);
    await expect(popup.verdict).toHaveAttribute('data-verdict', 'uncredited-copy');

    // Reopened, the popup shows the same report; the search was not sent again.
    await settledPopup(ext, bulletin.tabId, 'report');
    expect(gdelt.requests).toHaveLength(1);
  });

  for (const [mode, said] of [
    ['slow', /did not answer in time/],
    ['error', /GDELT answered: The specified phrase is too short\./],
    ['rate-limited', /asks for fewer requests/],
  ] as [GdeltMode, RegExp][]) {
    test(`a search that is ${mode} says so and changes nothing else`, async ({ ext, context }) => {
      gdelt = await startGdeltServer(mode);
      const options = await OptionsPage.open(context, ext.extensionId);
      await turnOnGdelt(options, gdelt.endpoint);
      const bulletin = await ext.open(PAGES.bulletinStory);
      const page = await findOriginal(ext, bulletin.tabId);
      await expect(page.getByTestId('find-original').getByRole('alert')).toContainText(said, { timeout: 30_000 });
      await expect(page.getByRole('button', { name: 'Try again' })).toBeVisible();
      // Nothing else changed: the page still has no known version, and the failure is kept (not re-sent on reopening).
      const again = await settledPopup(ext, bulletin.tabId, 'no-known-version');
      await expect(again.page.getByTestId('find-original').getByRole('alert')).toContainText(said);
      expect(gdelt.requests).toHaveLength(1);
      await options.page.reload();
      await expect(options.librarySize).toContainText('1 article ·');
    });
  }

  test('no request leaves before the search is turned on: the popup explains and links to the option', async ({ ext, context }) => {
    gdelt = await startGdeltServer('ok');
    const options = await OptionsPage.open(context, ext.extensionId);
    // The endpoint is set but the choice is off (as installed).
    await options.page.evaluate(async (url) => {
      const { settings = {} } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...settings, search: { ...(settings.search ?? {}), gdeltEndpoint: url } } });
    }, gdelt.endpoint);
    await options.page.reload();
    await expect(options.page.locator('input[name="search-gdelt"]')).not.toBeChecked();

    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'no-known-version');
    const find = popup.page.getByTestId('find-original');
    await expect(find).toHaveAttribute('data-find', 'off');
    await expect(find).toContainText('No news search is on');
    await expect(popup.page.getByRole('button', { name: 'Find the original' })).toHaveCount(0);
    // (Chrome focuses an options page already open instead of opening another.)
    await options.page.close();
    const opened = context.waitForEvent('page');
    await find.getByRole('button', { name: 'Turn on a news search' }).click();
    await expect((await opened).getByRole('heading', { name: 'Search the world’s news (GDELT)' })).toBeVisible();
    expect(gdelt.requests).toEqual([]);
  });
});

test.describe('automatic search (the reader allowed every site)', () => {
  test.use({ grantHosts: ['http://*/*', 'https://*/*'] });

  test('the Bulletin copy opened first is recognised as CBC’s without a click', async ({ ext, context, sites }) => {
    gdelt = await startGdeltServer('ok', answerFor(sites));
    const options = await OptionsPage.open(context, ext.extensionId);
    await turnOnGdelt(options, gdelt.endpoint, true);

    const bulletin = await ext.open(PAGES.bulletinStory);
    const popup = await settledPopup(ext, bulletin.tabId, 'report');
    await expect(popup.likelyOriginal).toContainText('CBC News');
    await expect(popup.likelyOriginal).toContainText(CBC_HEADLINE);
    await expect(popup.verdict).toHaveAttribute('data-verdict', 'uncredited-copy');
    expect(gdelt.requests).toHaveLength(1);
  });
});
