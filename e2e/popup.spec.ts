// The popup a reader understands in five seconds (issue 11), on the seed pair: each page's
// role in its headline, the first changes above the fold, the same counts in every view,
// and states that look like what they are. Saves the popup's README screenshots (docs/).
import { join, resolve } from 'node:path';
import { main } from '../src/cli/main';
import { englishLabels } from '../src/core/english';
import { reportMarkdown } from '../src/core/reportMarkdown';
import type { ReportSummary } from '../src/core/summary';
import type { Report } from '../src/core/types';
import { expect, settledPopup, test } from './fixtures';
import type { PopupPage } from './pages/popup';
import { PAGES } from './site';

const SEED = resolve(import.meta.dirname, '../test-fixtures/seed-pair');

/** What a view shows: changes that matter, style-only changes, quotes. */
type Counts = { changes: number; style: number; quotes: number };
const num = (text: string | null, re = /\((\d+)\)/) => Number(re.exec(text ?? '')?.[1] ?? NaN);

async function popupCounts(popup: PopupPage): Promise<Counts> {
  return {
    changes: num(await popup.page.getByTestId('top-changes').locator('h2').textContent()),
    style: num(await popup.page.getByTestId('style').locator('summary').textContent()),
    quotes: num(await popup.page.getByTestId('quotes-section').locator('summary').textContent()),
  };
}

function markdownCounts(md: string): Counts {
  const count = (title: string) => num(new RegExp(`^## ${title} \\((\\d+)\\)`, 'm').exec(md)?.[0] ?? null);
  return { changes: count(englishLabels.substantive), style: count(englishLabels.style), quotes: count(englishLabels.quotes) };
}

async function cliJsonCounts(): Promise<Counts> {
  let out = '';
  await main(['compare', join(SEED, 'bulletin.html'), join(SEED, 'cbc.html'), '--json'], {
    stdout: { write: (s: string) => ((out += s), true) },
    stderr: { write: () => true },
  });
  const { counts } = (JSON.parse(out) as { summary: ReportSummary }).summary;
  return { changes: counts.changes, style: counts.style, quotes: counts.quotes };
}

test('the seed pair: the original names itself, the copy shows its first changes above the fold, every view counts alike', async ({ ext }) => {
  const cbc = await ext.open(PAGES.cbcStory);
  await settledPopup(ext, cbc.tabId, 'no-known-version');
  const bulletin = await ext.open(PAGES.bulletinStory);
  const popup = await settledPopup(ext, bulletin.tabId, 'report');

  // The copy: its headline, and the first three changes that matter inside the first 600 px.
  await popup.page.setViewportSize({ width: 400, height: 600 });
  await expect(popup.headline).toHaveText("This page copies CBC News's story without credit");
  await expect(popup.verdict).toHaveAttribute('data-tone', 'alert');
  await expect(popup.topChanges).toHaveCount(3);
  const third = await popup.topChanges.nth(2).boundingBox();
  expect(third!.y + third!.height, 'bottom of the third change').toBeLessThanOrEqual(600);
  // Changed words are marked inside a short window, not a whole paragraph.
  await expect(popup.topChanges.first().locator('mark').first()).toBeVisible();
  await popup.page.screenshot({ path: 'docs/popup.png' });

  // The original's tab updated itself when the copy was found in the other tab (no reload).
  const original = await settledPopup(ext, cbc.tabId, 'report');
  await original.page.setViewportSize({ width: 400, height: 600 });
  await expect(original.headline).toHaveText('This is the original. Copied by Big Town Bulletin News without credit');
  await expect(original.verdict).toHaveAttribute('data-tone', 'positive');
  await expect(original.page.locator('.wt-tone-alert')).toHaveCount(0);
  await expect(original.copies).toContainText('Big Town Bulletin News');
  expect(await ext.badge(cbc.tabId)).toBe('✓');
  await original.page.screenshot({ path: 'docs/popup-original.png' });

  // Counts: popup = side-by-side page = CLI --json summary = Markdown.
  const shown = await popupCounts(popup);
  const state = await ext.tabState(bulletin.tabId);
  const report = (state as { report: Report }).report;
  const cmp = await ext.context.newPage();
  await cmp.goto(`chrome-extension://${ext.extensionId}/src/ui/compare/index.html?tabId=${bulletin.tabId}`);
  const counts = cmp.getByTestId('counts');
  await expect(counts).toBeVisible();
  const sideBySide: Counts = {
    changes: Number(await counts.getAttribute('data-changes')),
    style: Number(await counts.getAttribute('data-style')),
    quotes: Number(await counts.getAttribute('data-quotes')),
  };
  await expect(cmp.getByTestId('jump-list').locator('li')).toHaveCount(sideBySide.changes);
  await expect(cmp.locator('.quotes li.quote-item')).toHaveCount(sideBySide.quotes);
  expect(shown.changes).toBeGreaterThan(3);
  expect(sideBySide, 'side-by-side page').toEqual(shown);
  expect(markdownCounts(reportMarkdown(report, englishLabels)), 'Markdown').toEqual(shown);
  expect(await cliJsonCounts(), 'CLI --json summary').toEqual(shown);
  for (const p of [popup.page, original.page, cmp]) await p.close();
});

test('paused on this site: nothing is read, the popup says so, and Resume reads the page again', async ({ ext }) => {
  const lone = await ext.open(PAGES.cbcLone);
  const popup = await settledPopup(ext, lone.tabId, 'no-known-version');
  await popup.page.getByTestId('pause').click();
  await expect(popup.page.getByTestId('state')).toHaveAttribute('data-state', 'paused');
  await expect(popup.page.getByTestId('state')).toContainText(/Paused on cbc\.test/);
  expect(await ext.badge(lone.tabId)).toBe('');
  await popup.page.close();

  // Another page of the paused site is not read: it stays paused after loading.
  const story = await ext.open(PAGES.cbcStory);
  const paused = await settledPopup(ext, story.tabId, 'paused');
  expect(await ext.badge(story.tabId)).toBe('');
  // The options page lists the paused site, the badge switch and the remembered articles.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/src/ui/options/index.html`);
  await expect(options.getByTestId('paused-sites')).toContainText('cbc.test');
  await expect(options.getByTestId('show-badge')).toBeChecked();
  await expect(options.getByTestId('remembered').locator('li')).toHaveCount(1);
  await options.setViewportSize({ width: 900, height: 900 });
  await options.screenshot({ path: 'docs/options.png' });
  await options.close();
  await paused.page.getByTestId('resume').click();
  await expect.poll(async () => (await ext.tabState(story.tabId)).state, { timeout: 20_000 }).toMatch(/^(no-known-version|report)$/);
  await paused.page.close();
});

test('a browser page: "Wiretrace does not read browser pages", never "reload"', async ({ ext }) => {
  // (Playwright's navigation to chrome://newtab is aborted by its redirect; chrome://version is one too.)
  const { tabId } = await ext.openUrl('chrome://version/');
  const popup = await settledPopup(ext, tabId, 'browser-page');
  await expect(popup.page.getByTestId('state')).toContainText('Wiretrace does not read browser pages');
  await expect(popup.page.getByTestId('state')).not.toContainText(/reload/i);
});
