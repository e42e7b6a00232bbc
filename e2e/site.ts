// The fixture sites, served on loopback. Chromium maps the host names to 127.0.0.1
// (--host-resolver-rules in fixtures.ts), so pages load from realistic origins such as
// http://cbc.test:PORT/news/… and the extension sees two different outlets.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';

const fixture = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export const HOSTS = ['cbc.test', 'bigtownbulletin.test', 'apnews.test', 'dailypaper.test', 'harbouroutfitters.test'] as const;

/** host → path → file. Paths mirror the real sites' URL shapes. */
export const ROUTES: Record<string, Record<string, string>> = {
  'cbc.test': {
    '/': fixture('./site/home.html'),
    '/news/world/ukraine-us-talks-paris-1.7512345': fixture('../test-fixtures/seed-pair/cbc.html'),
    '/news/canada/harbour-ferry-1.7512399': fixture('./site/harbour-ferry.html'),
  },
  // An agency's own story and a paper running it with the credit in a dateline after a photo gallery,
  // or only in its JSON-LD sourceOrganization (e2e/credits.spec.ts).
  'apnews.test': { '/article/northern-ports-icebreaker-deal': fixture('./site/ap-icebreaker.html') },
  'dailypaper.test': {
    '/news/2026/10/06/northern-ports-icebreaker/': fixture('./site/paper-icebreaker.html'),
    '/wire/2026/10/06/northern-ports-icebreaker/': fixture('./site/paper-icebreaker-metadata.html'),
  },
  // A shop's product page: not a news article, never stored or reported (e2e/news-only.spec.ts).
  'harbouroutfitters.test': { '/camp/northwind-trail-kettle': fixture('./site/shop-kettle.html') },
  'bigtownbulletin.test': {
    '/2025/04/18/ukraine-talks-with-us-in-paris-shows-europeans-at-the-table-france-says/': fixture('../test-fixtures/seed-pair/bulletin.html'),
  },
};

export interface Sites {
  port: number;
  url(host: (typeof HOSTS)[number], path: string): string;
  close(): Promise<void>;
}

export async function startSites(port = 0): Promise<Sites> {
  const server: Server = createServer((req, res) => {
    const host = (req.headers.host ?? '').split(':')[0];
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = ROUTES[host]?.[path];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const actual = (server.address() as AddressInfo).port;
  return {
    port: actual,
    url: (host, path) => `http://${host}:${actual}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const PAGES = {
  cbcHome: ['cbc.test', '/'] as const,
  cbcStory: ['cbc.test', '/news/world/ukraine-us-talks-paris-1.7512345'] as const,
  cbcLone: ['cbc.test', '/news/canada/harbour-ferry-1.7512399'] as const,
  apStory: ['apnews.test', '/article/northern-ports-icebreaker-deal'] as const,
  paperStory: ['dailypaper.test', '/news/2026/10/06/northern-ports-icebreaker/'] as const,
  paperWireStory: ['dailypaper.test', '/wire/2026/10/06/northern-ports-icebreaker/'] as const,
  productPage: ['harbouroutfitters.test', '/camp/northwind-trail-kettle'] as const,
  bulletinStory: ['bigtownbulletin.test', '/2025/04/18/ukraine-talks-with-us-in-paris-shows-europeans-at-the-table-france-says/'] as const,
};
