// A stand-in for GDELT's DOC 2.0 API on loopback (e2e/find-original.spec.ts): it answers
// ArtList requests in GDELT's JSON (url, title, seendate, domain, language, sourcecountry),
// or, by mode, too slowly, with an error page, or with GDELT's rate-limit answer. Every
// query it receives is kept, so a test can say exactly what was sent.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type GdeltMode = 'ok' | 'slow' | 'error' | 'rate-limited';

export interface GdeltServer {
  /** The endpoint to put in settings.search.gdeltEndpoint. */
  endpoint: string;
  /** Every request received, as its full path and query. */
  requests: string[];
  close(): Promise<void>;
}

export interface GdeltArticle {
  url: string;
  title: string;
  seendate: string;
  domain: string;
}

export async function startGdeltServer(mode: GdeltMode, articles: GdeltArticle[] = []): Promise<GdeltServer> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (!(req.url ?? '').startsWith('/api/v2/doc/doc?')) return void res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    switch (mode) {
      case 'ok':
        res
          .writeHead(200, { 'content-type': 'application/json; charset=utf-8' })
          .end(JSON.stringify({ articles: articles.map((a) => ({ ...a, url_mobile: '', socialimage: '', language: 'English', sourcecountry: 'Canada' })) }));
        return;
      case 'slow':
        // Headers, then nothing: the search's time limit must end it.
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"articles": [');
        return;
      case 'error':
        // GDELT answers a query it cannot run with a short text page, status 200.
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>The specified phrase is too short.</body></html>');
        return;
      case 'rate-limited':
        res
          .writeHead(429, { 'content-type': 'text/plain' })
          .end('Please limit requests to one every 5 seconds or contact the GDELT Project for larger queries.');
        return;
    }
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}/api/v2/doc/doc`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
