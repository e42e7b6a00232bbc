// Issue 14, item 5: a granted feed host answering `302 → intranet.test/admin/secret-page`
// was fetched, read and stored, and every redirecting URL was requested twice: Chrome hides
// the Location of a manual redirect (an opaque redirect), and the fallback re-fetched with
// `redirect: 'follow'` past the host check. Two local servers stand for the granted host
// and the one the reader never allowed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fetchBounded, HiddenRedirectError, type FetchFn } from '../../shared/fetch-bounded';
import { guardFetch, HostAccessError } from './host-access';
import { startServer } from './test-server';

let granted: Awaited<ReturnType<typeof startServer>>;
let intranet: Awaited<ReturnType<typeof startServer>>;
const limits = { maxBytes: 64 * 1024, timeoutMs: 5_000, maxRedirects: 3 };

beforeAll(async () => {
  intranet = await startServer({
    '/admin/secret-page': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.end('<html><body>secret</body></html>');
    },
  });
  granted = await startServer({
    '/story': (_q, r) => {
      r.writeHead(302, { location: `${intranet.base}/admin/secret-page` });
      r.end();
    },
    '/moved': (_q, r) => {
      r.writeHead(301, { location: '/page' });
      r.end();
    },
    '/page': (_q, r) => {
      r.writeHead(200, { 'content-type': 'text/html' });
      r.end('<html><body>page</body></html>');
    },
  });
});
afterAll(async () => {
  await granted.close();
  await intranet.close();
});

const hasAccess = async (url: string) => url.startsWith(`${granted.base}/`);

/** Node's fetch, but a manual redirect comes back opaque, as Chrome's worker gets it. */
const chromeLike: FetchFn = async (input, init) => {
  const res = await fetch(input, init);
  if (init?.redirect !== 'manual' || res.status < 300 || res.status >= 400) return res;
  await res.body?.cancel();
  return { type: 'opaqueredirect', status: 0, ok: false, redirected: false, url: '', headers: new Headers(), body: null } as unknown as Response;
};

function reset() {
  granted.hits.clear();
  intranet.hits.clear();
}

describe('redirects and the reader’s grants', () => {
  it('refuses a redirect the browser hides, without a second request, unless every host is allowed', async () => {
    reset();
    await expect(fetchBounded(`${granted.base}/story`, 'html', limits, guardFetch(chromeLike, hasAccess))).rejects.toThrow(HiddenRedirectError);
    expect(intranet.hits.size, 'the ungranted host was requested').toBe(0);
    expect(granted.hits.get('/story')).toBe(1);
  });

  it('checks a visible redirect hop against the grants', async () => {
    reset();
    await expect(fetchBounded(`${granted.base}/story`, 'html', limits, guardFetch(fetch, hasAccess))).rejects.toThrow(HostAccessError);
    expect(intranet.hits.size).toBe(0);
    // A hop within the granted host is followed, each URL requested once.
    expect(
      (
        await fetchBounded(
          `${granted.base}/moved`,
          'html',
          limits,
          guardFetch(chromeLike, hasAccess, async () => true),
        )
      ).body,
    ).toContain('page');
    expect([granted.hits.get('/moved'), granted.hits.get('/page')]).toEqual([1, 1]);
  });

  it('with every host allowed, the browser follows from the first request: each URL once', async () => {
    reset();
    const got = await fetchBounded(
      `${granted.base}/story`,
      'html',
      limits,
      guardFetch(
        chromeLike,
        async () => true,
        async () => true,
      ),
    );
    expect(got.body).toContain('secret');
    expect(got.url).toBe(`${intranet.base}/admin/secret-page`);
    expect([granted.hits.get('/story'), intranet.hits.get('/admin/secret-page')]).toEqual([1, 1]);
  });

  it('a followed redirect that lands on an ungranted host is not read', async () => {
    reset();
    // The grant changed between the checks (anyHost said yes, then the host was revoked).
    const guarded = guardFetch(chromeLike, hasAccess, async () => true);
    await expect(fetchBounded(`${granted.base}/story`, 'html', limits, guarded)).rejects.toThrow(HostAccessError);
  });
});
