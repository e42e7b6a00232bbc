// The extension's side of the shared index, against a fake index (the real server is
// tested in src/server and e2e/shared-index.spec.ts): what is sent, what is stored, and
// that every failure leaves the local library as it was.
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compare } from '../../core/compare';
import { extractArticle } from '../../extract/extract';
import { parseHtml } from '../../extract/node-dom';
import { analyseArticle } from '../analyse';
import { openLibrary } from '../library';
import type { FetchFn } from '../../shared/fetch-bounded';
import { askSharedIndex } from './shared-index';

const fixtures = resolve(import.meta.dirname, '../../../test-fixtures/seed-pair');
const page = (file: string, url: string) => extractArticle(parseHtml(readFileSync(resolve(fixtures, file), 'utf8')), url, { parse: parseHtml })!;
const cbc = page('cbc.html', 'https://www.cbc.ca/news/story-1.123');
const bulletin = page('bulletin.html', 'https://bigtownbulletin.com/2025/04/story');
const cbcText = [cbc.subtitle, ...cbc.blocks.map((b) => b.text)].filter(Boolean).join('\n');
const config = { url: 'https://index.example', token: 'wt_secret' };

let dbCount = 0;
const freshLibrary = () => openLibrary(`shared-index-test-${dbCount++}`);

interface Sent {
  url: string;
  method: string;
  body?: unknown;
  auth?: string;
}

/** A fake index: `routes` answers by path; every request is recorded. */
function fakeIndex(routes: Record<string, () => Response>): { fetch: FetchFn; sent: Sent[] } {
  const sent: Sent[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    const headers = (init?.headers ?? {}) as Record<string, string>;
    sent.push({ url, method: init?.method ?? 'GET', body: init?.body ? JSON.parse(String(init.body)) : undefined, auth: headers.authorization });
    const route = routes[new URL(url).pathname];
    return route ? route() : new Response('{"statusCode":404}', { status: 404 });
  }) as FetchFn;
  return { fetch, sent };
}

const json = (v: unknown, status = 200) => new Response(JSON.stringify(v), { status, headers: { 'content-type': 'application/json' } });
const candidate = { id: 7, outlet: 'CBC News', title: cbc.title, url: 'https://www.cbc.ca/news/story-1.123', similarity: 0.8, containment: 0.9 };
const served = { id: 7, url: candidate.url, canonicalUrl: candidate.url, outlet: 'CBC News', title: cbc.title, text: cbcText };

describe('asking the shared index', () => {
  it('sends only band keys, signature, size and limit, with the token, and stores the served version marked from the index', async () => {
    const lib = await freshLibrary();
    const index = fakeIndex({ '/v1/candidates': () => json({ candidates: [candidate] }), '/v1/articles/7': () => json(served) });
    expect(await askSharedIndex(lib, bulletin, config, index.fetch)).toEqual({ added: 1 });
    const [lookup, get] = index.sent;
    expect(lookup).toMatchObject({ url: 'https://index.example/v1/candidates', method: 'POST', auth: 'Bearer wt_secret' });
    expect(Object.keys(lookup.body as object).sort()).toEqual(['bands', 'limit', 'signature', 'size']);
    expect(JSON.stringify(lookup.body)).not.toMatch(/bigtownbulletin|[a-z]{4,} [a-z]{4,}/i);
    expect(get.url).toBe('https://index.example/v1/articles/7');
    const stored = await lib.getArticleByUrl(candidate.url);
    expect(stored?.origin).toBe('index');
    expect(stored?.article.title).toBe(cbc.title);
  });

  it('makes the popup report say the version came from the shared index', async () => {
    const lib = await freshLibrary();
    const index = fakeIndex({ '/v1/candidates': () => json({ candidates: [candidate] }), '/v1/articles/7': () => json(served) });
    const state = await analyseArticle(bulletin, { library: lib, compare, remember: false, askIndex: (a) => askSharedIndex(lib, a, config, index.fetch) });
    expect(state.state).toBe('report');
    if (state.state !== 'report') return;
    expect(state.report.verdict).toBe('uncredited-copy');
    expect(state.report.source).toMatchObject({ url: candidate.url, fromIndex: true });
    expect(state.report.copy.fromIndex).toBeUndefined();
  });

  const failures: [string, Record<string, () => Response> | 'throws', string][] = [
    ['a refused token (401)', { '/v1/candidates': () => json({ statusCode: 401, message: 'The token is not valid' }, 401) }, 'token'],
    ['a rate limit (429)', { '/v1/candidates': () => json({ statusCode: 429 }, 429) }, 'busy'],
    ['an index that is down', 'throws', 'down'],
    ['a server error (502)', { '/v1/candidates': () => new Response('bad gateway', { status: 502 }) }, 'down'],
    ['an answer that is not JSON', { '/v1/candidates': () => new Response('<html>hello</html>', { status: 200 }) }, 'garbage'],
    ['JSON of the wrong shape', { '/v1/candidates': () => json({ results: [1, 2, 3] }) }, 'garbage'],
    ['a candidate with a bad id', { '/v1/candidates': () => json({ candidates: [{ ...candidate, id: 'x' }] }) }, 'garbage'],
    ['a huge answer', { '/v1/candidates': () => new Response(`{"candidates":[],"pad":"${'x'.repeat(200_000)}"}`) }, 'garbage'],
    [
      'good candidates, then a garbage article',
      {
        '/v1/candidates': () => json({ candidates: [candidate, { ...candidate, id: 8, url: 'https://other.example/a' }] }),
        '/v1/articles/7': () => json(served),
        '/v1/articles/8': () => json({ id: 8 }),
      },
      'garbage',
    ],
    [
      'an article other than asked',
      { '/v1/candidates': () => json({ candidates: [candidate] }), '/v1/articles/7': () => json({ ...served, id: 9 }) },
      'garbage',
    ],
  ];
  for (const [name, routes, error] of failures) {
    it(`${name} → "${error}", and the local library is untouched`, async () => {
      const lib = await freshLibrary();
      await lib.putArticle(bulletin, 'visited');
      const before = await lib.usage();
      const fetch: FetchFn =
        routes === 'throws'
          ? ((async () => {
              throw new TypeError('Failed to fetch');
            }) as unknown as FetchFn)
          : fakeIndex(routes).fetch;
      expect(await askSharedIndex(lib, bulletin, config, fetch)).toEqual({ added: 0, error });
      expect(await lib.usage()).toEqual(before);
      expect(await lib.getArticleByUrl(candidate.url)).toBeUndefined();
    });
  }

  it('analyse says why the index gave nothing', async () => {
    const lib = await freshLibrary();
    const index = fakeIndex({ '/v1/candidates': () => json({ statusCode: 401 }, 401) });
    const state = await analyseArticle(bulletin, { library: lib, compare, remember: false, askIndex: (a) => askSharedIndex(lib, a, config, index.fetch) });
    expect(state).toMatchObject({ state: 'no-known-version', indexError: 'token' });
  });

  it('skips candidates from the page’s own site and ones the library already holds', async () => {
    const lib = await freshLibrary();
    await lib.putArticle({ ...cbc, url: candidate.url }, 'feed');
    const own = { ...candidate, id: 9, url: 'https://bigtownbulletin.com/other' };
    const index = fakeIndex({ '/v1/candidates': () => json({ candidates: [candidate, own] }) });
    expect(await askSharedIndex(lib, bulletin, config, index.fetch)).toEqual({ added: 0 });
    expect(index.sent.map((s) => s.url)).toEqual(['https://index.example/v1/candidates']);
  });
});
