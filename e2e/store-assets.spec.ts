// Issue 16: the store listings' screenshots, taken on the seed demo at the stores' size
// (1280×800, Chrome Web Store and addons.mozilla.org both take it): the popup on the copy,
// the side-by-side page, the options page. Written to artifacts/store/ (npm run package
// runs this spec; `npm test` runs it too, so a broken page breaks the build, not the listing).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, settledPopup, test } from './fixtures';
import { popupOverPage, pngSize } from './composite';
import { PAGES } from './site';

const OUT = resolve(import.meta.dirname, '..', 'artifacts', 'store');
const STORE = { width: 1280, height: 800 };

test('store screenshots at 1280×800: popup on the copy, side by side, options', async ({ ext, context }) => {
  mkdirSync(OUT, { recursive: true });
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const bulletin = await ext.open(PAGES.bulletinStory);
  const popup = await settledPopup(ext, bulletin.tabId, 'report');

  const shots: Record<string, Buffer> = {};
  shots['1-popup-on-the-copy.png'] = await popupOverPage(context, bulletin.page, popup.page, STORE, { width: 400, height: 760 });

  const compareHref = await popup.page
    .getByTestId('open-compare')
    .locator('a')
    .or(popup.page.locator('a[data-testid="open-compare"]'))
    .first()
    .getAttribute('href');
  expect(compareHref).toBeTruthy();
  const side = await context.newPage();
  await side.setViewportSize(STORE);
  await side.goto(new URL(compareHref!, popup.page.url()).href);
  await side.locator('table, [role="table"]').first().waitFor();
  shots['2-side-by-side.png'] = await side.screenshot();

  const options = await context.newPage();
  await options.setViewportSize(STORE);
  await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
  await options.locator('h1').first().waitFor();
  shots['3-options.png'] = await options.screenshot();

  for (const [name, png] of Object.entries(shots)) {
    expect(pngSize(png), name).toEqual(STORE);
    writeFileSync(join(OUT, name), png);
  }
});
