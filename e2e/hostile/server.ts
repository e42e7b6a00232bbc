// Serves the hostile pages (pages.ts) on loopback. Chromium maps the fixture host names to
// 127.0.0.1 (e2e/browser.ts), so one server answers as two outlets: http://cbc.test:PORT
// and http://bigtownbulletin.test:PORT (host names, not ports, make an outlet). Every
// request is recorded, so a spec can assert what the browser fetched.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { hostilePages } from './pages';

export const OUTLET_A = 'cbc.test';
export const OUTLET_B = 'bigtownbulletin.test';
const CROSS = '__CROSS_ORIGIN__';

export interface HostileSite {
  port: number;
  url(path: string, host?: string): string;
  /** Every request: host:port and path. */
  requests: { host: string; path: string }[];
  /** Extra routes a spec adds (path → body, content type). */
  route(path: string, body: string, type?: string): void;
  close(): Promise<void>;
}

let cached: Record<string, string> | undefined;

export async function startHostileSite(): Promise<HostileSite> {
  cached ??= hostilePages(CROSS);
  const pages = cached;
  const extra = new Map<string, { body: string; type: string }>();
  const requests: HostileSite['requests'] = [];
  let port = 0;
  const server: Server = createServer((req: IncomingMessage, res) => {
    const host = req.headers.host ?? '';
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    requests.push({ host, path });
    const other = host.startsWith(OUTLET_A) ? OUTLET_B : OUTLET_A;
    const added = extra.get(path);
    const html = added?.body ?? pages[path]?.replaceAll(CROSS, `http://${other}:${port}`);
    if (html === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': added?.type ?? 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  return {
    port,
    url: (path, host = OUTLET_A) => `http://${host}:${port}${path}`,
    requests,
    route: (path, body, type = 'text/html; charset=utf-8') => void extra.set(path, { body, type }),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
