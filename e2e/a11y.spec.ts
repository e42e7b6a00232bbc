// Accessibility (issue 5): axe finds no violations on every extension page, in light and
// in dark (prefers-color-scheme emulated), with all of axe's rules (WCAG A/AA and best
// practices). Pages are checked in the states a reader sees most: the popup and the
// side-by-side page with the seed pair's report, the popup's empty states, the options page.
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { DIST } from './browser';
import type { ExtensionDriver } from './driver';
import { expect, settledPopup, test } from './fixtures';
import { PAGES } from './site';

const SCHEMES = ['light', 'dark'] as const;

async function expectNoViolations(page: Page, what: string): Promise<void> {
  for (const colorScheme of SCHEMES) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).analyze();
    const summary = violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary, `${what} in ${colorScheme}`).toEqual([]);
  }
}

/** Readable without sideways scrolling (WCAG 1.4.10 reflow) at the widths a popup and a tab get. */
async function expectReflow(page: Page, what: string, widths = [360, 800]): Promise<void> {
  for (const width of widths) {
    await page.setViewportSize({ width, height: 700 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `${what} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
  }
}

/** Body text at a reading size: Chrome's default for extension pages is 75% (12px or less). */
async function expectReadableText(page: Page, what: string): Promise<void> {
  const px = await page.evaluate(() => parseFloat(getComputedStyle(document.body).fontSize));
  expect(px, `${what}: body font size`).toBeGreaterThanOrEqual(14);
}

async function seedReport(ext: ExtensionDriver): Promise<number> {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const bulletin = await ext.open(PAGES.bulletinStory);
  (await settledPopup(ext, bulletin.tabId, 'report')).page.close();
  return bulletin.tabId;
}

test('the popup with a report', async ({ ext }) => {
  const tabId = await seedReport(ext);
  const popup = await settledPopup(ext, tabId, 'report');
  await popup.page.setViewportSize({ width: 400, height: 600 });
  await expectNoViolations(popup.page, 'popup (report)');
  await expectReflow(popup.page, 'popup (report)');
  await expectReadableText(popup.page, 'popup');
});

// Its own test: axe over the whole aligned text takes a while on a loaded machine.
test('the side-by-side page with a report', async ({ ext }) => {
  const tabId = await seedReport(ext);
  const compare = await ext.context.newPage();
  await compare.goto(`chrome-extension://${ext.extensionId}/src/ui/compare/index.html?tabId=${tabId}`);
  await expect(compare.locator('table.rows')).toBeVisible();
  await expectNoViolations(compare, 'side-by-side page');
  await expectReflow(compare, 'side-by-side page', [360, 800, 1280]);
  await expectReadableText(compare, 'side-by-side page');
});

test('the popup when there is nothing to report', async ({ ext }) => {
  const home = await ext.open(PAGES.cbcHome);
  const lone = await ext.open(PAGES.cbcLone);
  await expectNoViolations((await settledPopup(ext, lone.tabId, 'no-known-version')).page, 'popup (no known version)');
  await expectNoViolations((await settledPopup(ext, home.tabId, 'not-article')).page, 'popup (not an article)');
});

test('the popup on the original, paused, and on a browser page (issue 11)', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await seedReport(ext);
  const original = await settledPopup(ext, cbc.tabId, 'report');
  await expectNoViolations(original.page, 'popup (the original)');
  await original.page.getByTestId('pause').click();
  await expect(original.page.getByTestId('state')).toHaveAttribute('data-state', 'paused');
  await expectNoViolations(original.page, 'popup (paused on this site)');
  const { tabId } = await ext.openUrl('chrome://version/');
  await expectNoViolations((await settledPopup(ext, tabId, 'browser-page')).page, 'popup (browser page)');
});

test('the options page', async ({ ext }) => {
  const manifest = JSON.parse(readFileSync(join(DIST, 'manifest.json'), 'utf8')) as { options_ui?: { page: string }; options_page?: string };
  const path = manifest.options_ui?.page ?? manifest.options_page;
  test.skip(!path, 'the build has no options page yet');
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  await page.locator('main').waitFor();
  await expectNoViolations(page, 'options page');
  await expectReadableText(page, 'options page');
});
