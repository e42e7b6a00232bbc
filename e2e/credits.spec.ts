// Issue 10 end to end: a paper runs the Associated Press story with the credit only in its
// "(AP) —" dateline, after a photo gallery whose captions carry "(AP Photo/…)" credits. Opened
// after the AP version, it is a credited copy (amber), never "Copy without credit", and the
// popup shows the credit line it found.
import { expect, settledPopup, test } from './fixtures';
import { PAGES } from './site';

test('a dateline credit after a photo gallery makes a credited copy, and the popup shows the line', async ({ ext }) => {
  const ap = await ext.open(PAGES.apStory);
  await settledPopup(ext, ap.tabId, 'no-known-version');

  const paper = await ext.open(PAGES.paperStory);
  await expect.poll(() => ext.badge(paper.tabId), { timeout: 20_000 }).toMatch(/^\d+%$/);
  const popup = await settledPopup(ext, paper.tabId, 'report');
  await expect(popup.verdict).toHaveAttribute('data-verdict', 'credited-copy');
  await expect(popup.likelyOriginal).toContainText('Associated Press');
  // The page's credit and the line that shows it, as the page has it (not a photo credit).
  const credit = popup.page.getByTestId('page-credit');
  await expect(credit).toContainText('Associated Press');
  await expect(credit).toContainText('NORTH HARBOUR (AP) —');
  await expect(credit).not.toContainText('AP Photo');
});

// The credit only in the page's metadata: JSON-LD sourceOrganization "The Associated Press" on a
// page whose text names no agency ("NORTH HARBOUR —"). It counts as the page crediting AP, and
// the popup says where it was found.
test('a JSON-LD sourceOrganization credit makes a credited copy, shown as found in the metadata', async ({ ext }) => {
  const ap = await ext.open(PAGES.apStory);
  await settledPopup(ext, ap.tabId, 'no-known-version');

  const paper = await ext.open(PAGES.paperWireStory);
  await expect.poll(() => ext.badge(paper.tabId), { timeout: 20_000 }).toMatch(/^\d+%$/);
  const popup = await settledPopup(ext, paper.tabId, 'report');
  await expect(popup.verdict).toHaveAttribute('data-verdict', 'credited-copy');
  const credit = popup.page.getByTestId('page-credit');
  await expect(credit).toContainText('This page credits Associated Press in its metadata');
  await expect(credit).toContainText('JSON-LD sourceOrganization: The Associated Press');
});
