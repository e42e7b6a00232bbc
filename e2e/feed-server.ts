// A publisher feed server and a search endpoint on loopback for e2e/discovery.spec.ts,
// plus broken feeds: a 404, invalid XML, a 20 MB body and a server that never answers.
// Served on 127.0.0.1 (no host mapping needed); the feed's items point at the fixture
// sites (site.ts), e.g. http://cbc.test:PORT/news/….
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FeedServer {
  base: string;
  hits: Map<string, number>;
  close(): Promise<void>;
}

const rss = (title: string, links: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>${title}</title><link>http://example.test/</link>
${links.map((l, i) => `<item><title>Story ${i + 1}</title><link>${l}</link><pubDate>Thu, 17 Apr 2025 14:00:00 GMT</pubDate></item>`).join('\n')}
</channel></rss>`;

/** `items`: the article URLs the feed and the search endpoint list. */
export async function startFeedServer(items: string[]): Promise<FeedServer> {
  const hits = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    hits.set(path, (hits.get(path) ?? 0) + 1);
    switch (path) {
      case '/feed.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Local broadcaster', items));
        return;
      case '/search':
        // A search endpoint answering RSS, as news-search services commonly do.
        res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(rss('Search results', items));
        return;
      case '/invalid.xml':
        res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss><channel><item><title>broken</channel>');
        return;
      case '/huge.xml': {
        // 20 MB, streamed without a content-length, so only the reader's byte count stops it.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        const chunk = Buffer.alloc(64 * 1024, 'a');
        let sent = 0;
        const pump = () => {
          while (sent < 20 * 1024 * 1024) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        res.on('error', () => {});
        pump();
        return;
      }
      case '/slow.xml':
        // Headers, then nothing: the fetch time limit must end it.
        res.writeHead(200, { 'content-type': 'application/rss+xml' });
        res.write('<?xml version="1.0"?>');
        return;
      default:
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    base: `http://127.0.0.1:${port}`,
    hits,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
