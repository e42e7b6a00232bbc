// A recording HTTP proxy for e2e/network.spec.ts. Chromium sends every request of every
// context through it (pages, the extension's worker, its offscreen document), so the spec
// sees each host the browser tried to reach. Hosts ending in `.test` are forwarded to the
// loopback fixture server (the port is in the URL); anything else, and every HTTPS
// CONNECT, is recorded and refused (the tests never use the internet).
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordingProxy {
  server: string;
  /** Every URL requested through the proxy ("CONNECT host:port" for tunnels). */
  requests: string[];
  close(): Promise<void>;
}

export async function startProxy(): Promise<RecordingProxy> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const url = req.url ?? '';
    requests.push(url);
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (!target.hostname.endsWith('.test')) {
      res.writeHead(403, { 'content-type': 'text/plain' }).end('blocked by the test proxy');
      return;
    }
    const upstream = request(
      { host: '127.0.0.1', port: Number(target.port || 80), path: target.pathname + target.search, method: req.method, headers: req.headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket) => {
    requests.push(`CONNECT ${req.url}`);
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    server: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
