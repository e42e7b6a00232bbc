// The HTTP API (Fastify): POST /v1/candidates, GET /v1/articles/:id, GET /v1/health and
// GET /v1/openapi.json. Requests are validated against api-schema.ts with unknown fields
// and type coercion refused, bodies are capped, every error is a JSON 4xx with a message,
// and nothing a request sends is written to the database (the API only reads).
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyRequest } from 'fastify';
import { createHash } from 'node:crypto';
import { articleParams, articleReply, BODY_LIMIT, candidatesBody, candidatesReply, healthReply } from './api-schema';
import type { Db } from './db';
import { SCHEMA_VERSION } from './migrations';
import { openApiDocument } from './openapi';
import { articleCount, findCandidates, getArticle } from './store';
import { tokenId } from './tokens';

export interface AppOptions {
  db: Db;
  /** Require a bearer token (created with `wiretrace index token`) on every data route. */
  private?: boolean;
  /** Serve article text from GET /v1/articles/:id (off: URL and metadata only). */
  serveText?: boolean;
  /** Requests per minute per token (or per address without one). */
  ratePerMinute?: number;
  logger?: boolean;
  version?: string;
}

interface CandidatesBody {
  bands: number[];
  signature: number[];
  size?: number;
  limit?: number;
}

class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function bearer(req: FastifyRequest): string | undefined {
  const h = req.headers.authorization;
  const m = typeof h === 'string' ? /^Bearer\s+(\S+)\s*$/i.exec(h) : null;
  return m?.[1];
}

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { db } = options;
  const app = Fastify({
    logger: options.logger ?? false,
    bodyLimit: BODY_LIMIT,
    // Strict validation: a field of the wrong type or an unknown field is a 400, not
    // silently coerced or dropped (Fastify's defaults do both).
    ajv: { customOptions: { removeAdditional: false, coerceTypes: false, useDefaults: true, allErrors: false } },
    // Plenty for a request of ≤ 16 KB; a client that dribbles bytes is cut off.
    requestTimeout: 10_000,
  });

  // JSON only: Fastify also parses text/plain by default, which no client of this API sends.
  app.removeContentTypeParser('text/plain');

  // Rate limit before authentication, so guessing tokens is throttled too; keyed by the
  // presented token (hashed) when there is one, by address otherwise.
  await app.register(rateLimit, {
    max: options.ratePerMinute ?? 600,
    timeWindow: 60_000,
    keyGenerator: (req) => {
      const t = bearer(req);
      return t ? `t:${createHash('sha256').update(t).digest('base64url')}` : `ip:${req.ip}`;
    },
    errorResponseBuilder: (_req, ctx) => new HttpError(429, 'rate-limited', `Too many requests: at most ${ctx.max} per minute; retry in ${ctx.after}`),
  });

  app.setErrorHandler((error: FastifyError, _req, reply) => {
    const status = error.statusCode && error.statusCode >= 400 && error.statusCode < 600 ? error.statusCode : 500;
    if (status >= 500) {
      app.log.error(error);
      return reply.code(500).send({ statusCode: 500, error: 'Internal Server Error', code: 'internal', message: 'The index failed to answer this request' });
    }
    const code = error instanceof HttpError ? error.code : (error.code ?? 'bad-request');
    const message = error.validation ? `Invalid request: ${error.message}` : error.message;
    return reply.code(status).send({ statusCode: status, error: reasonOf(status), code, message });
  });
  app.setNotFoundHandler((req, reply) => {
    reply
      .code(404)
      .send({ statusCode: 404, error: 'Not Found', code: 'no-such-route', message: `No route ${req.method} ${req.url.split('?')[0].slice(0, 200)}` });
  });

  const authenticate = async (req: FastifyRequest) => {
    if (!options.private) return;
    const token = bearer(req);
    if (!token) throw new HttpError(401, 'unauthorized', 'This index is private: send Authorization: Bearer <token>');
    if ((await tokenId(db, token)) === undefined) throw new HttpError(401, 'unauthorized', 'The token is not valid for this index');
  };

  app.post<{ Body: CandidatesBody }>(
    '/v1/candidates',
    { schema: { body: candidatesBody, response: { 200: candidatesReply } }, onRequest: authenticate },
    async (req) => {
      const { bands, signature, size, limit = 5 } = req.body;
      const candidates = await findCandidates(db, { bands, sig: Uint32Array.from(signature), size }, limit);
      return { candidates };
    },
  );

  app.get<{ Params: { id: string } }>(
    '/v1/articles/:id',
    { schema: { params: articleParams, response: { 200: articleReply } }, onRequest: authenticate },
    async (req) => {
      const article = await getArticle(db, Number(req.params.id), options.serveText ?? false);
      if (!article) throw new HttpError(404, 'not-found', `No article ${req.params.id} in this index`);
      return article;
    },
  );

  app.get('/v1/health', { schema: { response: { 200: healthReply } } }, async () => ({
    status: 'ok' as const,
    schemaVersion: SCHEMA_VERSION,
    articles: await articleCount(db),
    engine: db.engine,
    private: options.private ?? false,
    servesText: options.serveText ?? false,
  }));

  const doc = openApiDocument(options.version ?? '1');
  app.get('/v1/openapi.json', async () => doc);

  return app;
}

function reasonOf(status: number): string {
  return (
    (
      {
        400: 'Bad Request',
        401: 'Unauthorized',
        403: 'Forbidden',
        404: 'Not Found',
        405: 'Method Not Allowed',
        406: 'Not Acceptable',
        413: 'Payload Too Large',
        415: 'Unsupported Media Type',
        429: 'Too Many Requests',
      } as Record<number, string>
    )[status] ?? 'Error'
  );
}
