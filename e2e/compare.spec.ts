// The side-by-side page on the seed pair (issue 5): aligned rows with significance
// highlights, the altered quote outlined, the style toggle, keyboard jumps, the copied
// Markdown report, and a bookmarkable URL. Also saves the side-by-side README screenshots
// (docs/compare*.png; the popup's are popup.spec.ts's).
import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { ExtensionDriver } from './driver';
import { expect, settledPopup, test } from './fixtures';
import { ComparePage } from './pages/compare';
import { PAGES } from './site';

/** CBC's story first, then the Bulletin copy; returns the Bulletin tab once it has a report. */
async function seedReport(ext: ExtensionDriver): Promise<number> {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const bulletin = await ext.open(PAGES.bulletinStory);
  const popup = await settledPopup(ext, bulletin.tabId, 'report');
  await popup.page.close();
  return bulletin.tabId;
}

async function openCompare(ext: ExtensionDriver, tabId: number): Promise<ComparePage> {
  const page: Page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/src/ui/compare/index.html?tabId=${tabId}`);
  const compare = new ComparePage(page);
  await expect(compare.table).toBeVisible();
  return compare;
}

test('the seed pair side by side: rows aligned, changes by significance, the altered quote outlined', async ({ ext }) => {
  const cmp = await openCompare(ext, await seedReport(ext));

  // Yermak: "took part" against "was due to take part", both marked substantive.
  const yermak = cmp.rowByCopy('Yermak took part in a meeting');
  await expect(yermak).toHaveCount(1);
  await expect(cmp.cell(yermak, 'known')).toContainText('Yermak was due to take part in a meeting');
  await expect(cmp.marks(cmp.cell(yermak, 'copy'), 'substantive')).toContainText(['took']);
  await expect(cmp.marks(cmp.cell(yermak, 'known'), 'substantive').filter({ hasText: 'was due to take' })).toHaveCount(1);
  await expect(cmp.marks(cmp.cell(yermak, 'known'), 'substantive').filter({ hasText: 'According to the French agenda' })).toHaveCount(1);

  // Zelenskiy/Zelenskyy: a style change, dimmed, never substantive.
  const zelenskiy = cmp.rowByCopy('Macron spoke to Ukrainian President Volodymyr Zelenskiy');
  await expect(cmp.marks(cmp.cell(zelenskiy, 'copy'), 'style')).toHaveText(/Zelenskiy/);
  await expect(cmp.marks(cmp.cell(zelenskiy, 'known'), 'style')).toHaveText(/Zelenskyy/);
  await expect(cmp.marks(cmp.table, 'substantive').filter({ hasText: /Zelensk/ })).toHaveCount(0);

  // Hegseth's quote is outlined as altered on both sides, with each side's wording.
  const hegseth = cmp.rowByCopy('Hegseth called it an');
  await expect(cmp.quote(cmp.cell(hegseth, 'copy'), 'altered')).toContainText('5% defense spending commitment');
  await expect(cmp.quote(cmp.cell(hegseth, 'known'), 'altered')).toContainText('five per cent defence spending commitment');
  await expect(cmp.page.locator('.quotes li[data-quote-status="altered"]')).toContainText('Hegseth');

  // Header: both outlets, http(s) links only, the verdict.
  await expect(cmp.page.locator('.version-source')).toContainText('CBC News');
  await expect(cmp.page.locator('.version-copy a')).toHaveAttribute('href', /^http:\/\/bigtownbulletin\.test(:\d+)?\//);
  await expect(cmp.page.locator('.verdict')).toHaveText("This page copies CBC News's story without credit");

  await cmp.page.setViewportSize({ width: 1280, height: 900 });
  await cmp.page.screenshot({ path: 'docs/compare.png' });
  await cmp.page.emulateMedia({ colorScheme: 'dark' });
  await cmp.page.screenshot({ path: 'docs/compare-dark.png' });
  await cmp.page.emulateMedia({ colorScheme: 'light' });

  // Print: the text and the change list stay, the controls go.
  await cmp.page.emulateMedia({ media: 'print' });
  await expect(cmp.page.locator('.toolbar')).toBeHidden();
  await expect(cmp.button('Next change')).toBeHidden();
  await expect(cmp.rowByCopy('Yermak took part in a meeting')).toBeVisible();
  await expect(cmp.page.locator('nav.jumps ol')).toBeVisible();
});

test('the style toggle hides style changes and keeps substantive ones', async ({ ext }) => {
  const cmp = await openCompare(ext, await seedReport(ext));
  const style = cmp.marks(cmp.table, 'style');
  const substantive = cmp.marks(cmp.table, 'substantive');
  const before = await substantive.count();
  expect(await style.count()).toBeGreaterThan(0);

  await cmp.hideStyle.check();
  await expect(style).toHaveCount(0);
  await expect(substantive).toHaveCount(before);
  // The text itself stays: only the highlight goes.
  await expect(cmp.cell(cmp.rowByCopy('Macron spoke to Ukrainian President'), 'copy')).toContainText('Volodymyr Zelenskiy by phone');

  // The choice is remembered when the page is opened again.
  await cmp.page.reload();
  await expect(cmp.hideStyle).toBeChecked();
  await expect(style).toHaveCount(0);

  await cmp.hideStyle.uncheck();
  expect(await style.count()).toBeGreaterThan(0);
  await cmp.page.reload();
  await expect(cmp.hideStyle).not.toBeChecked();
});

test('keyboard jumps move focus from one substantive change to the next', async ({ ext }) => {
  const cmp = await openCompare(ext, await seedReport(ext));
  const targets = await cmp.jumpLinks.evaluateAll((links) => links.map((a) => (a.getAttribute('href') ?? '').slice(1)));
  expect(targets.length).toBeGreaterThan(3);

  await cmp.page.locator('body').click({ position: { x: 2, y: 2 } });
  await cmp.page.keyboard.press('n');
  expect(await cmp.focusedId()).toBe(targets[0]);
  await cmp.page.keyboard.press('n');
  expect(await cmp.focusedId()).toBe(targets[1]);
  await cmp.page.keyboard.press('p');
  expect(await cmp.focusedId()).toBe(targets[0]);

  // The focused change is visibly marked (a focus outline), and the Yermak row is in the list.
  const outline = await cmp.page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe('none');
  const yermakRow = await cmp.rowByCopy('Yermak took part in a meeting').locator('th').getAttribute('id');
  expect(targets).toContain(yermakRow);

  // The buttons do the same, from wherever focus is.
  await cmp.button('Next change').click();
  expect(await cmp.focusedId()).toBe(targets[1]);

  // From the quote list to the quote in the text.
  await cmp.page.locator('.quotes li[data-quote-status="altered"] a.show-quote').click();
  expect(await cmp.focusedId()).toBe(await cmp.rowByCopy('Hegseth called it an').locator('th').getAttribute('id'));
});

test('"Copy report" puts the Markdown and the JSON report on the clipboard', async ({ ext }) => {
  const cmp = await openCompare(ext, await seedReport(ext));
  // Chromium grants no clipboard-read to extension origins from Playwright, so record what
  // the page writes while still calling the real clipboard (whose success the page reports).
  await cmp.page.evaluate(() => {
    const written: string[] = [];
    const real = navigator.clipboard.writeText.bind(navigator.clipboard);
    Object.assign(window, { written });
    navigator.clipboard.writeText = (text: string) => {
      written.push(text);
      return real(text);
    };
  });
  const lastWritten = () => cmp.page.evaluate(() => (window as unknown as { written: string[] }).written.at(-1) ?? '');

  await cmp.button('Copy report (Markdown)').click();
  await expect(cmp.page.getByRole('status').filter({ hasText: 'Report copied as Markdown.' })).toBeVisible();
  const md = await lastWritten();
  expect(md).toMatch(/^# Wiretrace report/);
  expect(md).toContain('**Altered** — Pete Hegseth');
  expect(md).toContain('We discussed the imperative need for Europeans to meet a 5% defense spending commitment');
  expect(md).toContain('five per cent defence spending commitment');
  // The page's own address: its canonical on www.cbc.ca is another site than cbc.test.
  expect(md).toMatch(/<http:\/\/cbc\.test:\d+\/news\/world\/[^>]+>/);

  await cmp.button('Copy report (JSON)').click();
  await expect(cmp.page.getByRole('status').filter({ hasText: 'Report copied as JSON.' })).toBeVisible();
  const report = JSON.parse(await lastWritten());
  expect(report).toMatchObject({ schema: 1, verdict: 'uncredited-copy', source: { outlet: 'CBC News' } });
  expect(report.quotes.find((q: { status: string }) => q.status === 'altered').knownText).toContain('five per cent defence');
});

test('the popup opens the side-by-side page on a URL that names both versions (bookmarkable)', async ({ ext }) => {
  const tabId = await seedReport(ext);
  const popup = await settledPopup(ext, tabId, 'report');
  const [opened] = await Promise.all([ext.context.waitForEvent('page'), popup.page.getByTestId('open-compare').click()]);
  const cmp = new ComparePage(opened);
  await expect(cmp.rowByCopy('Yermak took part in a meeting')).toHaveCount(1);
  const url = new URL(opened.url());
  expect(url.pathname).toBe('/src/ui/compare/index.html');
  expect(url.searchParams.get('copy')).toBeTruthy();
  expect(url.searchParams.get('known')).toBeTruthy();

  // Opened again from the URL alone (a bookmark), the same comparison shows.
  const again = await ext.context.newPage();
  await again.goto(url.href);
  await expect(new ComparePage(again).rowByCopy('Yermak took part in a meeting')).toHaveCount(1);

  // Opened for a tab, the page swaps to the same bookmarkable URL.
  const byTab = await openCompare(ext, tabId);
  expect(new URL(byTab.page.url()).search).toBe(url.search);
});

test('any two known versions of the story can be chosen', async ({ ext }) => {
  // A third outlet's version: CBC's page republished with its own name and address.
  const cbcHtml = readFileSync(new URL('../test-fixtures/seed-pair/cbc.html', import.meta.url), 'utf8');
  const cityPaper = cbcHtml
    .replace(/https:\/\/www\.cbc\.ca\/news\/world\/ukraine-us-talks-paris-1\.7512345/g, 'http://citypaper.test/world/paris-talks')
    .replace('content="CBC"', 'content="City Paper"')
    .replace('"name": "CBC News"', '"name": "City Paper"');
  await ext.context.route('http://citypaper.test/**', (route) => route.fulfill({ contentType: 'text/html; charset=utf-8', body: cityPaper }));
  const bulletinTab = await seedReport(ext);
  const city = await ext.context.newPage();
  await city.goto('http://citypaper.test/world/paris-talks');
  await settledPopup(ext, await ext.tabIdOf('http://citypaper.test/world/paris-talks'), 'report');

  const cmp = await openCompare(ext, bulletinTab);
  // (A label's accessible name includes its select's current text, so select by name.)
  const first = cmp.page.locator('form.picker select[name="copy"]');
  const second = cmp.page.locator('form.picker select[name="known"]');
  await expect(second.locator('option')).toHaveCount(3);
  await expect(second.locator('option', { hasText: 'City Paper' })).toHaveCount(1);
  const cityId = await second.locator('option', { hasText: 'City Paper' }).getAttribute('value');

  await first.selectOption({ label: await first.locator('option', { hasText: 'Big Town Bulletin' }).innerText() });
  await second.selectOption(cityId!);
  await cmp.button('Show').click();
  await expect(cmp.page).toHaveURL(new RegExp(`known=${cityId}|copy=${cityId}`));
  await expect(cmp.table.locator('thead')).toContainText('City Paper');
  await expect(cmp.rowByCopy('Yermak took part in a meeting')).toHaveCount(1);
});
