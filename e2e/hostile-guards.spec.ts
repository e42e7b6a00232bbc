// Issue 14: a hostile page cannot overwrite another site's version, nor make the worker
// fetch a host the reader never allowed. One browser for the file (hostile/harness.ts);
// only the loopback address 127.0.0.1 is granted (the feed host), so the fixture host names
// (cbc.test, bigtownbulletin.test, mapped to the same loopback) stand for sites the reader
// never allowed.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { openHarness, settled, type Harness } from './hostile/harness';
import { articlePage } from './hostile/pages';
import { OUTLET_A, OUTLET_B } from './hostile/server';
import { STORY, STORY_COPY } from './hostile/story';
import { OptionsPage } from './pages/options';

let h: Harness;

test.beforeAll(async () => {
  h = await openHarness({ grantHosts: ['http://127.0.0.1/*'] });
});
test.afterAll(async () => {
  await h?.close();
});

// Item 3: <link rel="canonical" href="http://cbc.test/story"> on evil.test replaced the
// library's CBC record with the attacker's text.
test('a page naming another site’s URL as its canonical is stored under its own address', async () => {
  const victim = h.site.url('/story', OUTLET_A);
  const { tabId: victimTab } = await h.open('/story', OUTLET_A);
  await settled(h, victimTab);
  h.site.route(
    '/canonical-thief',
    articlePage({
      ...STORY_COPY,
      paragraphs: [...STORY_COPY.paragraphs, '"I invented all of this," said Mayor Alma Brandt.'],
      siteName: 'Evil Copy',
      canonical: victim,
      ogUrl: victim,
    }),
  );
  const { tabId } = await h.open('/canonical-thief', OUTLET_B);
  const { state } = await settled(h, tabId);
  expect(state).toBe('report');
  const library = await h.library();
  const atVictim = library.filter((a) => a.url === victim.replace(/\/$/, ''));
  expect(atVictim.map((a) => a.title)).toEqual([STORY.title]);
  expect(library.some((a) => a.url.includes(`${OUTLET_B}:`) && a.url.endsWith('/canonical-thief'))).toBe(true);
});

// Item 5: a granted feed host answering 302 → an ungranted host was fetched, read and
// stored, and each redirecting URL was requested twice.
test('a feed item redirecting to a host the reader never allowed is not fetched', async () => {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    const host = req.headers.host ?? '';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.push(`${host.split(':')[0]}${path}`);
    const port = (server.address() as AddressInfo).port;
    if (path === '/feed.xml') {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Granted feed</title><item><title>Story</title><link>http://127.0.0.1:${port}/item</link></item></channel></rss>`,
        );
    } else if (path === '/item') {
      res.writeHead(302, { location: `http://${OUTLET_A}:${port}/admin/secret-page` }).end();
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end(articlePage({ ...STORY, title: 'Intranet secret page', siteName: 'Intranet' }));
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  try {
    const feedUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/feed.xml`;
    const options = await OptionsPage.open(h.context, h.extensionId);
    await options.addFeed(feedUrl);
    await expect(options.feed(feedUrl)).toContainText(/1 failed|failed/, { timeout: 30_000 });
    expect(
      hits.filter((x) => x.endsWith('/admin/secret-page')),
      'the ungranted host',
    ).toEqual([]);
    expect(
      hits.filter((x) => x === '127.0.0.1/item'),
      'the redirecting URL, once',
    ).toHaveLength(1);
    expect((await h.library()).some((a) => a.title === 'Intranet secret page')).toBe(false);
    await options.page.close();
  } finally {
    server.closeAllConnections();
    server.close();
  }
});
