// The seed case end to end (issue 2): a reader opens CBC's story, then the Big Town
// Bulletin page that republished it; Wiretrace must say on the toolbar and in the popup
// that the Bulletin page is an uncredited copy of CBC's, what changed, and what happened
// to the quotes. Facts asserted come from test-fixtures/seed-pair/expected.json.
import { expect, settledPopup, test } from './fixtures';
import { PAGES } from './site';

const CBC_HEADLINE = 'Talks about Ukraine with U.S. have put Europeans back at the table, France says';

test('a page that is not an article gets no badge and no report', async ({ ext }) => {
  const home = await ext.open(PAGES.cbcHome);
  // An article in another tab proves the extension is up and has had time to act.
  const lone = await ext.open(PAGES.cbcLone);
  await settledPopup(ext, lone.tabId, 'no-known-version');
  expect(await ext.badge(home.tabId)).toBe('');
  const popup = await settledPopup(ext, home.tabId, 'not-article');
  await expect(popup.page.getByTestId('state')).toContainText('does not look like a news article');
});

test('an article with no known version says so', async ({ ext }) => {
  const lone = await ext.open(PAGES.cbcLone);
  const popup = await settledPopup(ext, lone.tabId, 'no-known-version');
  await expect(popup.page.getByTestId('state')).toContainText('No other version known yet');
  // What was kept and what to do next (issue 11); a grey badge says it was read.
  await expect(popup.page.getByTestId('state')).toContainText('Wiretrace kept');
  await expect(popup.page.getByTestId('state')).toContainText('Compare with…');
  expect(await ext.badge(lone.tabId)).toBe('0%');
});

test('the Bulletin page is reported as an uncredited copy of CBC’s version', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');

  const bulletin = await ext.open(PAGES.bulletinStory);
  await expect.poll(() => ext.badge(bulletin.tabId), { timeout: 20_000 }).toMatch(/^\d+%$/);
  const share = Number((await ext.badge(bulletin.tabId)).replace('%', ''));
  expect(share).toBeGreaterThanOrEqual(85);

  const popup = await settledPopup(ext, bulletin.tabId, 'report');
  // Reading the page never changed it: no element pointing into the extension was added.
  await expect(bulletin.page.locator('[href^="chrome-extension:"], [src^="chrome-extension:"]')).toHaveCount(0);
  await popup.page.screenshot({ path: test.info().outputPath('seed-popup.png'), fullPage: true });

  // Source: CBC News and its headline.
  await expect(popup.likelyOriginal).toContainText('CBC News');
  await expect(popup.likelyOriginal).toContainText(CBC_HEADLINE);
  await expect(popup.verdict).toHaveAttribute('data-verdict', 'uncredited-copy');

  await popup.expandAll();
  // Key quotes: Hegseth altered (five per cent defence → 5% defense); Barrot, Macron verbatim.
  const hegseth = popup.quote('5% defense');
  await expect(hegseth).toHaveAttribute('data-status', 'altered');
  await expect(hegseth).toContainText('Hegseth');
  await expect(hegseth).toContainText('five per cent defence');
  const barrot = popup.quote(/new is that the United States, Ukraine and the Europeans met around the same table/);
  await expect(barrot).toHaveAttribute('data-status', 'verbatim');
  await expect(barrot).toContainText('Barrot');
  const macron = popup.quote(/Everyone wants to get peace/);
  await expect(macron).toHaveAttribute('data-status', 'verbatim');
  await expect(macron).toContainText('Macron');

  // Differences: credit removed, boilerplate added, the Yermak claim changed.
  await expect(popup.difference('With files from CBC News')).toHaveCount(1);
  await expect(popup.difference(/Please like, comment, and share/).first()).toBeVisible();
  const yermak = popup.difference(/Yermak took part in a meeting/);
  await expect(yermak).toContainText('According to the French agenda for the day, Yermak was due to take part');

  // Reloading CBC's page afterwards: CBC is the original, the Bulletin a copy of it.
  await cbc.page.reload();
  const cbcPopup = await settledPopup(ext, cbc.tabId, 'report');
  await expect(cbcPopup.headline).toHaveText(/This is the original\. Copied by Big Town Bulletin News without credit/);
  await expect(cbcPopup.copies).toContainText('Big Town Bulletin');
  await expect(cbcPopup.page.getByTestId('page-outlet')).toContainText('CBC News');
});
