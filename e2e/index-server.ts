// A real `wiretrace index` for e2e/shared-index.spec.ts: a publisher on loopback serving a
// feed and CBC's story, `wiretrace index poll` ingesting it into a PGlite folder, a token,
// then `wiretrace index serve` on a free port. Each command is the CLI a reader would run.
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const ROOT = resolve(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'wiretrace.mjs');
const run = promisify(execFile);

export const STORY_PATH = '/news/world/ukraine-us-talks-paris-1.7512345';

async function listen(server: Server): Promise<number> {
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

const stop = (server: Server) =>
  new Promise<void>((r) => {
    server.closeAllConnections();
    server.close(() => r());
  });

/** A port nothing listens on (taken, then released). */
export async function freePort(): Promise<number> {
  const s = createServer();
  const port = await listen(s);
  await stop(s);
  return port;
}

export interface IndexServer {
  base: string;
  token: string;
  close(): Promise<void>;
}

export async function startIndexServer(): Promise<IndexServer> {
  const cbc = readFileSync(join(ROOT, 'test-fixtures/seed-pair/cbc.html'));
  let publisherBase = '';
  const publisher = createServer((req, res) => {
    if (req.url === '/feed.xml') {
      res
        .writeHead(200, { 'content-type': 'application/rss+xml' })
        .end(
          `<?xml version="1.0"?><rss version="2.0"><channel><title>Local broadcaster</title><item><title>Story</title><link>${publisherBase}${STORY_PATH}</link></item></channel></rss>`,
        );
    } else if (req.url === STORY_PATH) res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(cbc);
    else res.writeHead(404).end('not found');
  });
  publisherBase = `http://127.0.0.1:${await listen(publisher)}`;

  const dir = mkdtempSync(join(tmpdir(), 'wiretrace-index-e2e-'));
  const data = join(dir, 'data');
  writeFileSync(join(dir, 'feeds.txt'), `# the local broadcaster\n${publisherBase}/feed.xml\n`);
  const cli = (...args: string[]) => run(process.execPath, [BIN, 'index', ...args, '--data', data], { cwd: ROOT, timeout: 300_000 });
  const polled = await cli('poll', '--feeds', join(dir, 'feeds.txt'));
  if (!/1 added/.test(polled.stdout)) throw new Error(`index poll did not ingest CBC's story: ${polled.stdout} ${polled.stderr}`);
  await stop(publisher);
  const token = (await cli('token', '--name', 'e2e')).stdout.trim();

  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [BIN, 'index', 'serve', '--data', data, '--port', String(port), '--private', '--serve-text'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`index serve did not start: ${output}`)), 300_000);
    const onData = (b: Buffer) => {
      output += b.toString();
      if (/listening on/.test(output)) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`index serve exited (${code}): ${output}`));
    });
  });
  return {
    base: `http://127.0.0.1:${port}`,
    token,
    async close() {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** A server at a loopback address that answers 200 with something that is not the API. */
export async function startGarbageServer(): Promise<{ base: string; close(): Promise<void> }> {
  const server = createServer((_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"candidates": "surprise", "html": "<b>hi</b>"'));
  const base = `http://127.0.0.1:${await listen(server)}`;
  return { base, close: () => stop(server) };
}
