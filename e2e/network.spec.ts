// Issue 6, network: the extension fetches feeds and asks a search endpoint only when the
// reader enabled them, and only those hosts (plus the article pages they list). Every
// request the browser makes goes through a recording proxy (hostile/proxy.ts), so a fetch
// to a default feed, a tracker or any host nobody enabled would show up here.
import { expect, test } from '@playwright/test';
import { TEST_HOSTS } from './browser';
import { OptionsPage } from './pages/options';
import { openHarness, settledTo, type Harness } from './hostile/harness';
import { startProxy, type RecordingProxy } from './hostile/proxy';
import { articlePage } from './hostile/pages';
import { OUTLET_A, OUTLET_B } from './hostile/server';
import { SECOND } from './hostile/story';

// Not serial: one failure must not skip the tests after it (a fresh worker, with a fresh
// harness from beforeAll, runs them); every test sets up the state it checks.
test.describe.configure({ mode: 'default' });
let h: Harness;
let proxy: RecordingProxy;
const FEEDS = 'feeds.test';
const SEARCH = 'search.test';

const rss = (links: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Feed</title><link>http://${FEEDS}/</link>
${links.map((l, i) => `<item><title>Item ${i}</title><link>${l}</link><pubDate>Mon, 03 Mar 2025 08:00:00 GMT</pubDate></item>`).join('')}
</channel></rss>`;

test.beforeAll(async () => {
  proxy = await startProxy();
  // The reader allowed the test hosts when asked (browser.ts grantedCopy); which of them
  // are contacted is then up to the settings alone, which is what this spec checks.
  h = await openHarness({ proxy: proxy.server, grantHosts: TEST_HOSTS });
  const port = h.site.port;
  // The feed lists a page no tab opens (pages already in the library are not fetched again).
  h.site.route('/feed.xml', rss([`http://${OUTLET_A}:${port}/rtl/he`]), 'application/rss+xml');
  h.site.route('/search', rss([`http://${OUTLET_A}:${port}/second`]), 'application/rss+xml');
  // A Bulletin-style copy of the second story (engagement boilerplate), with no local match.
  h.site.route(
    '/second-copy',
    articlePage({ ...SECOND, paragraphs: [...SECOND.paragraphs, 'Please like, comment, and share this story with your friends.'], siteName: 'Valley Blog' }),
  );
});
test.afterAll(async () => {
  await h?.close();
  await proxy?.close();
});

/**
 * Chromium's own services (sign-in, updates, safe browsing, push check-in at android.clients.google.com): the browser reaches them with or
 * without any extension, over HTTPS tunnels. Named one by one, so nothing else hides here.
 */
const BROWSER_OWN =
  /^(accounts\.google\.com|(android\.)?clients\d*\.google\.com|www\.google\.com|(update|safebrowsing|optimizationguide-pa|content-autofill)\.googleapis\.com|redirector\.gvt1\.com)(:443|:80)?$/;

/** host:port of every request recorded since `from` (the browser's own services left out). */
const hostsSince = (from: number) =>
  [...new Set(proxy.requests.slice(from).map((r) => (r.startsWith('CONNECT ') ? r.slice(8) : new URL(r).host)))].filter((x) => !BROWSER_OWN.test(x)).sort();
const at = (host: string) => `${host}:${h.site.port}`;

test('with feeds and search off (the default), only the pages opened are fetched', async () => {
  const from = proxy.requests.length;
  const copy = await h.open('/story-copy', OUTLET_B);
  await (await settledTo(h, copy.tabId, 'no-known-version')).page.close();
  const story = await h.open('/story', OUTLET_A);
  await (await settledTo(h, story.tabId, 'report')).page.close();
  expect(hostsSince(from)).toEqual([at(OUTLET_A), at(OUTLET_B)].sort());
  await copy.page.close();
  await story.page.close();
});

test('an enabled feed is fetched, with the pages it lists, and nothing else', async () => {
  const from = proxy.requests.length;
  const options = await OptionsPage.open(h.context, h.extensionId);
  const feed = `http://${at(FEEDS)}/feed.xml`;
  await options.addFeed(feed);
  await expect(options.feed(feed)).toBeVisible();
  await expect.poll(() => proxy.requests.slice(from).some((r) => r.includes('/feed.xml')), { timeout: 30_000 }).toBe(true);
  await expect.poll(() => proxy.requests.slice(from).some((r) => r.endsWith(`${at(OUTLET_A)}/rtl/he`)), { timeout: 30_000 }).toBe(true);
  await options.page.waitForTimeout(1_000);
  expect(hostsSince(from)).toEqual([at(FEEDS), at(OUTLET_A)].sort());
  await options.page.close();
});

test('an enabled search endpoint is asked for a Bulletin-style page with no match, and only it', async () => {
  const from = proxy.requests.length;
  const options = await OptionsPage.open(h.context, h.extensionId);
  await options.enableSearch(`http://${at(SEARCH)}/search?q={query}`);
  await options.page.close();
  const copy = await h.open('/second-copy', OUTLET_B);
  const popup = await settledTo(h, copy.tabId, 'report', 30_000);
  await expect(popup.likelyOriginal).toContainText(SECOND.title);
  const searches = proxy.requests.slice(from).filter((r) => r.includes(`${at(SEARCH)}/search`));
  expect(searches).toHaveLength(1);
  // The feed enabled earlier may be polled again; nothing else may be reached.
  const allowed = new Set([at(SEARCH), at(OUTLET_A), at(OUTLET_B), at(FEEDS)]);
  expect(hostsSince(from).filter((x) => !allowed.has(x))).toEqual([]);
  await popup.page.close();
  await copy.page.close();
});

test('over the whole run, no host outside the enabled ones and the pages was contacted', () => {
  const allowed = new Set([at(SEARCH), at(OUTLET_A), at(OUTLET_B), at(FEEDS)]);
  expect(hostsSince(0).filter((x) => !allowed.has(x))).toEqual([]);
});
