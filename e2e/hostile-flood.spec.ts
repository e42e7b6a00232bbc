// Issue 14, item 6, in Chromium: a page that calls history.replaceState about every second
// with a new address and new text (~150 KB each time) makes the content script report a new
// article each time. Its site may add only its share of the library per window
// (background/library/site-quota.ts: 10% of the size cap, 60 articles, per hour; the
// first article of a window always), so with the smallest cap (1 MB) the flood stores one
// article and the reader's own article from another site stays; without the share, 150 KB
// a second fills 1 MB within seconds and evicts it. The flood's pages are still compared,
// and the popup says plainly why they are not kept.
import { expect, test } from '@playwright/test';
import { articlePage } from './hostile/pages';
import { currentWorker, harnessPerFile, settledTo } from './hostile/harness';
import { OUTLET_A, OUTLET_B } from './hostile/server';

const harness = harnessPerFile();
const CAP = 1024 * 1024;

/** ~150 KB of new text each time, replacing the article's paragraphs, and a new address. */
const FLOOD_SCRIPT = `<script>
let n = 0;
setInterval(() => {
  n++;
  history.replaceState(null, '', '/flood?v=' + n);
  const words = ['harbour', 'council', 'ferry', 'budget', 'storm', 'school', 'bridge', 'market'];
  const ps = document.querySelectorAll('article p');
  ps.forEach((p, i) => {
    let s = 'Version ' + n + ', part ' + i + '.';
    while (s.length < 1500) s += ' The ' + words[(s.length + n + i) % 8] + ' report ' + n + ' said ' + words[(s.length * 7 + i) % 8] + ' again.';
    p.textContent = s;
  });
}, 1000);
</script>`;

test('a replaceState flood does not evict the reader’s article and stores at most its site’s share', async () => {
  test.setTimeout(120_000);
  const h = harness();
  // The reader's own article, from another site.
  const reader = await h.open('/second', OUTLET_A);
  await (await settledTo(h, reader.tabId, 'no-known-version')).page.close();
  // The smallest library the options page allows: a site's share is then ~100 KB.
  const control = await h.ext.popup(reader.tabId);
  const cap = await control.page.evaluate(async (capBytes) => {
    const reply = (await chrome.runtime.sendMessage({ wiretrace: 1, name: 'SetLibraryCap', payload: { capBytes } })) as {
      ok: boolean;
      value?: { capBytes: number };
    };
    return reply.value?.capBytes;
  }, CAP);
  expect(cap).toBe(CAP);
  await control.page.close();

  h.site.route(
    '/flood',
    articlePage({
      title: 'Harbour council keeps changing its story',
      paragraphs: Array.from({ length: 100 }, (_, i) => `Opening text, part ${i}. `.repeat(60)),
      siteName: 'Flood Daily',
      published: '2025-03-07T09:00:00Z',
      after: FLOOD_SCRIPT,
    }),
  );
  const flood = await h.open('/flood', OUTLET_B);
  // Wait until the content script has reported at least eight rewritten versions.
  const worker = await currentWorker(h.context);
  await expect
    .poll(
      async () =>
        worker.evaluate(async () => {
          const all = (await chrome.storage.session.get(null)) as Record<string, { url?: string }>;
          const urls = Object.values(all).map((v) => v?.url ?? '');
          return Math.max(0, ...urls.map((u) => Number(/\/flood\?v=(\d+)/.exec(u)?.[1] ?? 0)));
        }),
      { timeout: 90_000, intervals: [1000] },
    )
    .toBeGreaterThanOrEqual(8);
  await flood.page.evaluate(() => {
    for (let i = 0; i < 1e5; i++) clearInterval(i);
  });

  const library = await h.library();
  // The reader's article is still there.
  expect(library.filter((a) => a.url.includes('/second'))).toHaveLength(1);
  // The flood's site stored its share at most: here only the window's first article
  // (one article alone is over 10% of a 1 MB cap).
  const stored = library.filter((a) => a.url.includes(OUTLET_B) && a.url.includes('/flood'));
  expect(stored.length).toBeGreaterThanOrEqual(1);
  expect(stored.length).toBeLessThanOrEqual(1);

  // The page the tab shows now was compared but not kept, and the popup says why.
  const popup = await settledTo(h, flood.tabId, 'no-known-version');
  await expect(popup.page.getByTestId('kept')).toContainText('its site has added many articles to your library in the last hour');
  await popup.page.close();
  await flood.page.close();
  await reader.page.close();
});
