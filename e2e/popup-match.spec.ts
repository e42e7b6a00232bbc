// "This match is wrong" in the real extension (issue 5): the popup drops the match, the
// copy's badge goes, Undo brings it back, and a rejection is remembered by the library (a new
// popup and a reload of the page still do not match the pair).
import type { Page } from '@playwright/test';
import { expect, settledPopup, test } from './fixtures';
import { PAGES } from './site';

test('a wrong match is dropped, can be undone, and is remembered', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const bulletin = await ext.open(PAGES.bulletinStory);
  let popup = await settledPopup(ext, bulletin.tabId, 'report');
  const state = (p: Page) => p.getByTestId('state').first();

  await popup.page.getByRole('button', { name: 'This match is wrong' }).click();
  await expect(state(popup.page)).toHaveAttribute('data-state', 'no-known-version');
  await expect(popup.page.getByTestId('match-notice')).toContainText('CBC News will not be matched with this page again.');
  // The copy's share goes; the grey "0%" of an article with no known version replaces it.
  await expect.poll(() => ext.badge(bulletin.tabId)).toBe('0%');

  await popup.page.getByRole('button', { name: 'Undo' }).click();
  await expect(state(popup.page)).toHaveAttribute('data-state', 'report');
  await expect.poll(() => ext.badge(bulletin.tabId)).toMatch(/^\d+%$/);

  await popup.page.getByRole('button', { name: 'This match is wrong' }).click();
  await expect(state(popup.page)).toHaveAttribute('data-state', 'no-known-version');
  await popup.page.close();

  popup = await settledPopup(ext, bulletin.tabId, 'no-known-version');
  await popup.page.close();
  await bulletin.page.reload();
  await settledPopup(ext, bulletin.tabId, 'no-known-version');
  expect(await ext.badge(bulletin.tabId)).toBe('0%');
});
