// Every endpoint, and every kind of bad request, on each engine (testing.ts). Requests go
// through Fastify's inject(): the same routing, parsing, validation and hooks as a socket.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { candidatesRequest } from '../shared/index-protocol';
import { buildApp } from './app';
import { rowOf } from './article-row';
import type { Db } from './db';
import { migrate } from './migrations';
import { insertArticles } from './store';
import { DB_TIMEOUT, ENGINES, fixtureArticle } from './testing';
import { createToken, revokeToken } from './tokens';

const cbc = fixtureArticle('cbc.html', 'https://www.cbc.ca/news/world/story-1.123');
const bulletin = fixtureArticle('bulletin.html', 'https://bigtownbulletin.com/2025/04/story');

/** What the stored data looks like, to show that no request changed it. */
async function snapshot(db: Db): Promise<string> {
  const rows = await db.query(
    "SELECT (SELECT count(*)::int FROM articles) AS a, (SELECT count(*)::int FROM band_keys) AS k, (SELECT count(*)::int FROM api_tokens) AS t, (SELECT string_agg(md5(title || text || encode(signature, 'hex')), ',' ORDER BY id) FROM articles) AS h",
  );
  return JSON.stringify(rows);
}

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`the API on ${engine.name}${engine.skip ? ` (${engine.skip})` : ''}`, () => {
    let db: Db;
    let open: FastifyInstance;
    let priv: FastifyInstance;
    let token: string;
    let cbcId: number;

    beforeAll(async () => {
      db = await engine.fresh();
      await migrate(db);
      cbcId = (await insertArticles(db, [rowOf(cbc)])).ids[0]!;
      token = await createToken(db, 'desk');
      open = await buildApp({ db });
      priv = await buildApp({ db, private: true, serveText: true, ratePerMinute: 1000 });
    }, DB_TIMEOUT);
    afterAll(async () => {
      await open?.close();
      await priv?.close();
      await db?.close();
    });

    const post = (app: FastifyInstance, body: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method: 'POST',
        url: '/v1/candidates',
        headers: { 'content-type': 'application/json', ...headers },
        payload: typeof body === 'string' ? body : JSON.stringify(body),
      });

    it('GET /v1/health says ok, the schema version, the count and the mode', async () => {
      const res = await open.inject('/v1/health');
      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({
        status: 'ok',
        articles: 1,
        engine: engine.name === 'PGlite' ? 'pglite' : 'postgres',
        private: false,
        servesText: false,
      });
    });

    it('GET /v1/openapi.json documents every route', async () => {
      const res = await open.inject('/v1/openapi.json');
      expect(res.statusCode).toBe(200);
      const doc = res.json();
      expect(doc.openapi).toBe('3.1.0');
      expect(Object.keys(doc.paths).sort()).toEqual(['/v1/articles/{id}', '/v1/candidates', '/v1/health', '/v1/openapi.json']);
    });

    it('POST /v1/candidates finds the stored version of a copy from its band keys and signature', async () => {
      const res = await post(open, candidatesRequest(bulletin));
      expect(res.statusCode).toBe(200);
      const [first, ...rest] = res.json().candidates;
      expect(rest).toEqual([]);
      expect(first).toMatchObject({ id: cbcId, url: 'https://www.cbc.ca/news/world/story-1.123', outlet: rowOf(cbc).outlet, title: cbc.title });
      expect(first.similarity).toBeGreaterThan(0.5);
    });

    it('POST /v1/candidates returns nothing for an unrelated article', async () => {
      const other = {
        title: 'Council approves new bike lanes',
        blocks: [
          {
            text: 'The city council voted on Tuesday to add protected bike lanes along three downtown streets, after months of consultation with residents and shop owners who worried about parking.',
          },
        ],
      };
      const res = await post(open, candidatesRequest(other));
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ candidates: [] });
    });

    it('GET /v1/articles/:id gives metadata, and text only where the operator serves it', async () => {
      const meta = await open.inject(`/v1/articles/${cbcId}`);
      expect(meta.statusCode).toBe(200);
      expect(meta.json()).toMatchObject({ id: cbcId, title: cbc.title, url: 'https://www.cbc.ca/news/world/story-1.123' });
      expect(meta.json().text).toBeUndefined();
      const full = await priv.inject({ url: `/v1/articles/${cbcId}`, headers: { authorization: `Bearer ${token}` } });
      expect(full.statusCode).toBe(200);
      expect(full.json().text).toContain(cbc.blocks[1].text);
    });

    it('GET /v1/articles/:id is a JSON 404 for an id the index does not hold', async () => {
      const res = await open.inject('/v1/articles/999999');
      expect(res.statusCode).toBe(404);
      expect(res.json()).toMatchObject({ statusCode: 404, code: 'not-found' });
    });

    describe('bad requests get a JSON 4xx and change nothing', () => {
      const good = () => candidatesRequest(bulletin);
      const cases: [string, () => { body: unknown; headers?: Record<string, string> }, number][] = [
        ['bands of the wrong type', () => ({ body: { ...good(), bands: 'abc' } }), 400],
        ['a band key as a string', () => ({ body: { ...good(), bands: ['4294967297'] } }), 400],
        ['a negative band key', () => ({ body: { ...good(), bands: [-1] } }), 400],
        ['a fractional band key', () => ({ body: { ...good(), bands: [1.5] } }), 400],
        ['too many band keys', () => ({ body: { ...good(), bands: Array.from({ length: 300 }, (_, i) => i) } }), 400],
        ['a signature one slot short', () => ({ body: { ...good(), signature: good().signature.slice(1) } }), 400],
        ['a signature slot over 32 bits', () => ({ body: { ...good(), signature: [2 ** 32, ...good().signature.slice(1)] } }), 400],
        ['a missing signature', () => ({ body: { bands: good().bands } }), 400],
        ['an unknown field', () => ({ body: { ...good(), url: 'https://example.com/page' } }), 400],
        ['a limit out of range', () => ({ body: { ...good(), limit: 1000 } }), 400],
        ['a size of the wrong type', () => ({ body: { ...good(), size: '12' } }), 400],
        ['an array instead of an object', () => ({ body: [good()] }), 400],
        ['null', () => ({ body: 'null' }), 400],
        ['broken JSON', () => ({ body: '{"bands": [1, 2' }), 400],
        ['an empty body', () => ({ body: '' }), 400],
        ['a huge body', () => ({ body: JSON.stringify({ ...good(), pad: 'x'.repeat(200_000) }) }), 413],
        ['text/plain', () => ({ body: JSON.stringify(good()), headers: { 'content-type': 'text/plain' } }), 415],
        ['SQL in a field', () => ({ body: { ...good(), bands: ['1); DROP TABLE articles; --'] } }), 400],
      ];
      for (const [name, make, status] of cases) {
        it(`${name} → ${status}`, async () => {
          const before = await snapshot(db);
          const { body, headers } = make();
          const res = await post(open, body, headers);
          expect(res.statusCode).toBe(status);
          expect(res.headers['content-type']).toMatch(/^application\/json/);
          const json = res.json();
          expect(json.statusCode).toBe(status);
          expect(typeof json.message).toBe('string');
          expect(json.message.length).toBeGreaterThan(0);
          expect(await snapshot(db)).toBe(before);
        });
      }

      for (const id of ['abc', '0', '-1', '1.5', '12345678901234567890', '1;DROP TABLE articles']) {
        it(`GET /v1/articles/${id} → 400`, async () => {
          const res = await open.inject(`/v1/articles/${encodeURIComponent(id)}`);
          expect(res.statusCode).toBe(400);
          expect(res.json().statusCode).toBe(400);
        });
      }

      it('an unknown route or method → JSON 404', async () => {
        for (const res of [await open.inject('/v2/candidates'), await open.inject({ method: 'DELETE', url: `/v1/articles/${cbcId}` })]) {
          expect(res.statusCode).toBe(404);
          expect(res.json().statusCode).toBe(404);
        }
        expect(await snapshot(db)).toContain('"a":1');
      });
    });

    describe('a private index', () => {
      it('refuses a request without a token, with a wrong one or a revoked one, with a JSON 401', async () => {
        const revoked = await createToken(db, 'former member');
        expect(await revokeToken(db, 'former member')).toBe(1);
        for (const headers of [
          {} as Record<string, string>,
          { authorization: 'Bearer wt_wrongwrongwrongwrongwrongwrongwron' },
          { authorization: `Bearer ${revoked}` },
          { authorization: token },
          { authorization: `Basic ${token}` },
        ]) {
          const res = await post(priv, candidatesRequest(bulletin), headers);
          expect(res.statusCode, JSON.stringify(headers)).toBe(401);
          expect(res.json()).toMatchObject({ statusCode: 401, code: 'unauthorized' });
          expect((await priv.inject({ url: `/v1/articles/${cbcId}`, headers })).statusCode).toBe(401);
        }
      });

      it('answers with a valid token; health needs none', async () => {
        const res = await post(priv, candidatesRequest(bulletin), { authorization: `Bearer ${token}` });
        expect(res.statusCode).toBe(200);
        expect(res.json().candidates[0].id).toBe(cbcId);
        expect((await priv.inject('/v1/health')).json()).toMatchObject({ private: true, servesText: true });
      });
    });

    it('rate-limits per token: a token over its budget gets a JSON 429, another token is unaffected', async () => {
      const limited = await buildApp({ db, private: true, ratePerMinute: 3 });
      try {
        const other = await createToken(db, 'second desk');
        const statuses: number[] = [];
        for (let i = 0; i < 4; i++) statuses.push((await post(limited, candidatesRequest(bulletin), { authorization: `Bearer ${token}` })).statusCode);
        expect(statuses).toEqual([200, 200, 200, 429]);
        const over = await post(limited, candidatesRequest(bulletin), { authorization: `Bearer ${token}` });
        expect(over.json()).toMatchObject({ statusCode: 429, code: 'rate-limited' });
        expect((await post(limited, candidatesRequest(bulletin), { authorization: `Bearer ${other}` })).statusCode).toBe(200);
      } finally {
        await limited.close();
      }
    });
  });
}
