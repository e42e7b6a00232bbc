// Issue 14, item 8, in the built extension: a page whose <noscript> holds ~140,000 elements
// of markup (25 live elements, so the content script's size guard lets it through; parsed
// with scripting off in the offscreen document it was 25 s of extraction while another
// tab's report waited). The reading budget refuses it; a normal copy opened right after it
// still gets its report. Bounds are generous; what is asserted is behaviour.
import { expect, test } from '@playwright/test';
import { noscriptPage } from '../src/core/testing/hostile';
import { openHarness, settled, type Harness } from './hostile/harness';
import { articlePage } from './hostile/pages';
import { OUTLET_A, OUTLET_B } from './hostile/server';
import { STORY, STORY_COPY } from './hostile/story';

let h: Harness;

test.beforeAll(async () => {
  h = await openHarness();
});
test.afterAll(async () => {
  await h?.close();
});

test('a <noscript> page of 140,000 elements is not read, and the next tab still gets its report', async () => {
  h.site.route('/budget/original', articlePage({ ...STORY, siteName: 'Riverside Times', published: '2026-03-02T09:00:00Z' }));
  h.site.route('/budget/copy', articlePage({ ...STORY_COPY, siteName: 'Copy Blog' }));
  // The story's own text with the markup bomb after it, as a copy site could serve it.
  const bomb = noscriptPage(140_000).replace('<noscript>', `<article>${STORY.paragraphs.map((p) => `<p>${p}</p>`).join('')}</article><noscript>`);
  h.site.route('/budget/noscript', bomb);
  const { tabId: original } = await h.open('/budget/original', OUTLET_A);
  expect((await settled(h, original)).state).toBe('no-known-version');
  const { tabId: hostile } = await h.open('/budget/noscript', OUTLET_B);
  const { tabId: copy } = await h.open('/budget/copy', OUTLET_B);
  const copyState = await settled(h, copy, 60_000);
  expect(copyState.state).toBe('report');
  const hostileState = await settled(h, hostile, 60_000);
  expect(hostileState.state).toBe('not-article');
});
