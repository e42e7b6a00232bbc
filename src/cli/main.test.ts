// The CLI as a user runs it. A few cases spawn bin/wiretrace.mjs (the real entry, exit code
// and streams); the rest call main() in-process with captured streams, which is the same
// code path minus the process start (tsx takes a second or two per spawn).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../core/types';
import { main } from './main';

const ROOT = resolve(import.meta.dirname, '../..');
const BIN = join(ROOT, 'bin/wiretrace.mjs');
const SEED = join(ROOT, 'test-fixtures/seed-pair');

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(process.execPath, [BIN, ...args], { cwd: ROOT, timeout: 60_000 }, (err, stdout, stderr) => {
      done({ code: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

/** main() in-process, with stdout/stderr captured. */
async function call(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { stdout: { write: (s: string) => ((stdout += s), true) }, stderr: { write: (s: string) => ((stderr += s), true) } });
  return { code, stdout, stderr };
}

const tmp = mkdtempSync(join(tmpdir(), 'wiretrace-cli-'));

describe('wiretrace compare', () => {
  it('says when the page read is not a news article (a shop page), and still compares it (issue 10)', async () => {
    const shop = join(ROOT, 'e2e/site/shop-kettle.html');
    const text = await call('compare', shop, join(SEED, 'cbc.html'));
    expect(text.code).toBe(0);
    expect(text.stdout.split('\n')[0]).toMatch(/does not look like a news article/);
    const json = JSON.parse((await call('compare', shop, join(SEED, 'cbc.html'), '--json')).stdout) as Report;
    expect(json.pageNotNews).toBe(true);
    const news = JSON.parse((await call('compare', join(SEED, 'bulletin.html'), join(SEED, 'cbc.html'), '--json')).stdout) as Report;
    expect(news.pageNotNews).toBeUndefined();
  });

  it('prints the JSON report for the seed pages: Bulletin copies CBC without credit', async () => {
    const { code, stdout, stderr } = await run('compare', join(SEED, 'bulletin.html'), join(SEED, 'cbc.html'), '--json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.verdict).toBe('uncredited-copy');
    expect(report.pageRole).toBe('copy');
    expect(report.source.outlet).toMatch(/CBC/);
    expect(report.reusedShare).toBeGreaterThanOrEqual(0.85);
    expect(report.reusedShare).toBeLessThanOrEqual(1);
    const hegseth = report.quotes.find((q) => q.text.startsWith('We discussed the imperative need'));
    expect(hegseth?.status).toBe('altered');
    expect(report.signals.map((s) => s.name)).toEqual(expect.arrayContaining(['blog-comment-form', 'blog-platform-markup', 'engagement-boilerplate']));
  }, 60_000);

  it('prints a text report for people, substantive differences before quotes', async () => {
    const { code, stdout } = await call('compare', join(SEED, 'bulletin.html'), join(SEED, 'cbc.html'));
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toMatch(/^This page copies CBC News's story without credit\. \d+% of this page's text/);
    expect(stdout).toMatch(/Likely original \(second argument\): CBC News/);
    const substantive = stdout.indexOf('Changes that matter (');
    const quotes = stdout.indexOf('Quotes (');
    expect(substantive).toBeGreaterThan(0);
    expect(quotes).toBeGreaterThan(substantive);
    expect(stdout).toMatch(/\[Altered\] “We discussed the imperative need/);
  }, 60_000);

  it('reads text files and names the source from the other side too', async () => {
    const { code, stdout } = await call('compare', join(SEED, 'cbc.txt'), join(SEED, 'bulletin.txt'), '--json');
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as Report;
    expect(report.pageRole).toBe('source');
    expect(report.reusedShare).toBeGreaterThan(0.5);
    // Text files name no outlet: the report calls them by file name.
    expect(report.source.outlet).toBe('cbc.txt');
    expect(report.copy.outlet).toBe('bulletin.txt');
  }, 60_000);

  it('says plainly when two pages are not versions of one story', async () => {
    const other = join(tmp, 'other.html');
    const para = '<p>' + 'The city football team won its third match in a row on Sunday with two late goals from its new striker. '.repeat(4) + '</p>';
    writeFileSync(other, `<html><head><title>Team wins again</title></head><body><article>${para.repeat(4)}</article></body></html>`);
    const { code, stdout } = await call('compare', join(SEED, 'cbc.html'), other);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Not a version of other\.html's story\./);
    expect(stdout).not.toMatch(/Likely original|Changes that matter/);
    expect(stdout).toMatch(/First: CBC News/);
  });

  describe('over http', () => {
    let server: Server;
    let base: string;
    beforeAll(async () => {
      server = createServer((req, res) => {
        if (req.url === '/cbc') {
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(readFileSync(join(SEED, 'cbc.html')));
        } else if (req.url === '/huge') {
          res.setHeader('content-type', 'text/html');
          res.write('<html><body>');
          const chunk = '<p>' + 'x'.repeat(1 << 16) + '</p>';
          let sent = 0;
          const pump = () => {
            while (sent < 200 && res.write(chunk)) sent++;
            if (sent < 200) res.once('drain', pump);
            else res.end('</body></html>');
          };
          pump();
        } else if (req.url === '/image') {
          res.setHeader('content-type', 'image/png');
          res.end(Buffer.alloc(10));
        } else {
          res.statusCode = 404;
          res.end('no');
        }
      });
      await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
      base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    });
    afterAll(() => {
      server.closeAllConnections();
      server.close();
    });

    it('fetches an http URL and compares it with a file', async () => {
      const { code, stdout } = await call('compare', join(SEED, 'bulletin.html'), `${base}/cbc`, '--json');
      expect(code).toBe(0);
      // The page's canonical names www.cbc.ca, another site than the one it was read from: not taken.
      expect((JSON.parse(stdout) as Report).source.url).toBe(`${base}/cbc`);
    }, 60_000);

    it('refuses a 404, a non-page and a page over the size cap with exit code 2', async () => {
      for (const [path, msg] of [
        ['/missing', /HTTP 404/],
        ['/image', /not a web page/],
        ['/huge', /larger than/],
      ] as const) {
        const { code, stderr, stdout } = await call('compare', `${base}${path}`, join(SEED, 'cbc.html'));
        expect(code, path).toBe(2);
        expect(stderr, path).toMatch(msg);
        expect(stdout, path).toBe('');
      }
    }, 60_000);
  });

  it('exits 2 with a clear message for a missing file', async () => {
    const { code, stderr, stdout } = await run('compare', join(tmp, 'nope.html'), join(SEED, 'cbc.html'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/cannot read .*nope\.html: no such file/);
    expect(stdout).toBe('');
  }, 60_000);

  it('exits 2 for a page with no article and for an empty text file', async () => {
    const nav = join(tmp, 'nav.html');
    writeFileSync(nav, '<!doctype html><html><body><nav><a href="/">Home</a></nav><p>Sign in</p></body></html>');
    const empty = join(tmp, 'empty.txt');
    writeFileSync(empty, '   \n');
    let r = await call('compare', nav, join(SEED, 'cbc.html'));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no article text found/);
    r = await call('compare', join(SEED, 'cbc.html'), empty);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/is empty/);
  }, 60_000);

  it('exits 2 on usage errors and refuses non-http URLs', async () => {
    expect((await run('compare', join(SEED, 'cbc.html'))).code).toBe(2);
    expect((await call('diff', 'a', 'b')).code).toBe(2);
    expect((await call('compare', 'a', 'b', '--yaml')).stderr).toMatch(/unknown option --yaml/);
    const ftp = await call('compare', 'ftp://example.test/a', join(SEED, 'cbc.html'));
    expect(ftp.code).toBe(2);
    expect(ftp.stderr).toMatch(/only http\(s\) URLs/);
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: wiretrace compare/);
  }, 60_000);
});
