import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBounded } from '../../shared/fetch-bounded';
import { startServer } from './test-server';

let srv: Awaited<ReturnType<typeof startServer>>;
// A timeout far above any local answer, so a loaded machine never turns a good fetch into a
// time-out (800 ms failed at load average 25–30); the endless body gets a short one of its own.
const limits = { maxBytes: 64 * 1024, timeoutMs: 20_000, maxRedirects: 2 };

beforeAll(async () => {
  srv = await startServer({
    '/page': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      r.end('<html><body>caf\u00e9</body></html>');
    },
    '/latin1': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html; charset=iso-8859-1' });
      r.end(Buffer.from([0x63, 0x61, 0x66, 0xe9]));
    },
    '/image': (_q, r) => {
      r.writeHead(200, { 'content-type': 'image/png' });
      r.end('png');
    },
    '/big-declared': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html', 'content-length': String(20 * 1024 * 1024) });
      r.end();
    },
    '/big-streamed': (_q, r) => {
      r.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = 'x'.repeat(16 * 1024);
      let n = 0;
      const write = () => {
        while (n++ < 1300) if (!r.write(chunk)) return void r.once('drain', write);
        r.end();
      };
      write();
    },
    '/slow': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.write('<html>');
      // Never ends: the timeout must cut it.
    },
    '/r1': (_q, r) => {
      r.writeHead(302, { location: '/r2' });
      r.end();
    },
    '/r2': (_q, r) => {
      r.writeHead(301, { location: '/page' });
      r.end();
    },
    '/loop': (_q, r) => {
      r.writeHead(302, { location: '/loop' });
      r.end();
    },
  });
});
afterAll(() => srv.close());

describe('fetchBounded', () => {
  it('fetches a page and decodes its charset', async () => {
    const got = await fetchBounded(`${srv.base}/page`, 'html', limits);
    expect(got.body).toContain('caf\u00e9');
    expect((await fetchBounded(`${srv.base}/latin1`, 'html', limits)).body).toBe('caf\u00e9');
  });

  it('follows a few redirects and reports the final URL', async () => {
    const got = await fetchBounded(`${srv.base}/r1`, 'html', limits);
    expect(got.url).toBe(`${srv.base}/page`);
  });

  it('stops a redirect loop', async () => {
    await expect(fetchBounded(`${srv.base}/loop`, 'html', limits)).rejects.toThrow(/too many redirects/);
    // The message key the worker translates for the reader (issue 16), with the limit as its parameter.
    await expect(fetchBounded(`${srv.base}/loop`, 'html', limits)).rejects.toMatchObject({
      msg: { key: 'fetch_tooManyRedirects', params: [String(limits.maxRedirects)] },
    });
  });

  it('rejects HTTP errors, wrong content types, oversized and endless bodies', async () => {
    await expect(fetchBounded(`${srv.base}/missing`, 'feed', limits)).rejects.toThrow(/HTTP 404/);
    await expect(fetchBounded(`${srv.base}/image`, 'html', limits)).rejects.toThrow(/content type image\/png/);
    await expect(fetchBounded(`${srv.base}/big-declared`, 'html', limits)).rejects.toThrow(/too large/);
    await expect(fetchBounded(`${srv.base}/big-streamed`, 'feed', limits)).rejects.toThrow(/too large/);
    await expect(fetchBounded(`${srv.base}/slow`, 'html', { ...limits, timeoutMs: 300 })).rejects.toThrow(/timed out/);
  });

  it('refuses non-http addresses and unreachable hosts with a message', async () => {
    await expect(fetchBounded('file:///etc/passwd', 'html', limits)).rejects.toThrow(/http/);
    await expect(fetchBounded('http://127.0.0.1:1/x', 'html', limits)).rejects.toThrow(/could not connect/);
  });
});
