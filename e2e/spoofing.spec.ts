// Issue 6, a page that pretends to be the extension: it posts protocol envelopes with
// window.postMessage, fires custom events, writes wiretrace-looking DOM attributes, poisons
// its own JSON.stringify and Array.prototype.map, and tries chrome.runtime.sendMessage with
// our id. None of it may reach the worker or change a report or the library.
import { expect, test } from '@playwright/test';
import { openHarness, popupText, settledTo, type Harness } from './hostile/harness';
import { OUTLET_A, OUTLET_B } from './hostile/server';
import { STORY_COPY } from './hostile/story';

// Not serial: one failure must not skip the tests after it (a fresh worker, with a fresh
// harness from beforeAll, runs them); every test sets up the state it checks.
test.describe.configure({ mode: 'default' });
let h: Harness;
test.beforeAll(async () => {
  h = await openHarness();
});
test.afterAll(async () => {
  await h?.close();
});

test('forged messages, events and attributes change nothing', async () => {
  const story = await h.open('/story', OUTLET_A);
  await (await settledTo(h, story.tabId, 'no-known-version')).page.close();

  // The page learns our id (it is not secret: web-accessible asset URLs carry it).
  const page = await h.context.newPage();
  const url = h.site.url('/spoof', OUTLET_B);
  await page.goto(`${url}#ext=${h.extensionId}`);
  const tabId = await h.ext.tabIdOf(`${url}#ext=${h.extensionId}`);
  await expect.poll(() => page.evaluate(() => document.documentElement.dataset.spoofed)).toBe('yes');
  // Let the page's 40 rounds of spoofing (every 50 ms) run out.
  await page.waitForTimeout(2_500);

  const popup = await settledTo(h, tabId, 'report');
  await expect(popup.verdict).toHaveAttribute('data-verdict', 'uncredited-copy');
  const text = await popupText(popup);
  expect(text).not.toContain('FORGED');
  expect(text).toContain(STORY_COPY.paragraphs[5]); // its own boilerplate, found by extraction
  const badge = await h.ext.badge(tabId);
  expect(badge).toMatch(/^\d+%$/);
  expect(Number(badge.replace('%', ''))).toBeGreaterThan(70);

  // The library holds the two real pages and nothing forged.
  const library = await h.library();
  expect(library.map((a) => a.title).join('\n')).not.toContain('FORGED');
  expect(library.some((a) => a.url.includes('forged'))).toBe(false);
  expect(library.filter((a) => /\/(story|spoof)$/.test(a.url))).toHaveLength(2);

  // The original's tab still has its own state: a forged NotArticle did not clear it.
  const storyState = await h.ext.tabState(story.tabId);
  expect(storyState.state).not.toBe('not-article');

  // The page has no channel to the extension at all.
  expect(await page.evaluate(() => typeof (window as unknown as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome?.runtime?.sendMessage)).toBe(
    'undefined',
  );
  for (const p of [story.page, page, popup.page]) await p.close();
});
