// Issue 10, news articles only: a shop's product page passes the content script's cheap gate
// (a long description reads like an article) but is not a news article. Opened after a news
// story the library holds, it gets no badge verdict, nothing of it is stored, and the popup
// says plainly that the page does not look like a news article.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, settledPopup, test } from './fixtures';
import { readLibrary } from './hostile/harness';
import { PAGES } from './site';

const messages = (lang: string) =>
  JSON.parse(readFileSync(fileURLToPath(new URL(`../public/_locales/${lang}/messages.json`, import.meta.url)), 'utf8')) as Record<string, { message: string }>;

test('a product page is neither stored nor given a verdict, and the popup says it is not a news article', async ({ ext, context }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');

  const shop = await ext.open(PAGES.productPage);
  const popup = await settledPopup(ext, shop.tabId, 'not-news');
  const en = messages('en');
  await expect(popup.page.getByTestId('not-news')).toHaveText(en.popup_notNews.message);
  await expect(popup.page.getByTestId('state')).toContainText(en.popup_notNewsProduct.message);
  expect(await ext.badge(shop.tabId)).toBe('');
  const library = await readLibrary(context);
  expect(library.map((a) => new URL(a.url).hostname)).toEqual(['cbc.test']);
});

test.describe('in French', () => {
  test.use({ lang: 'fr' });
  test('the popup says it in the reader’s language', async ({ ext }) => {
    const shop = await ext.open(PAGES.productPage);
    const popup = await settledPopup(ext, shop.tabId, 'not-news');
    await expect(popup.page.getByTestId('not-news')).toHaveText(messages('fr').popup_notNews.message);
  });
});
