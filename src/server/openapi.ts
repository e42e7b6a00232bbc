// The OpenAPI 3.1 document GET /v1/openapi.json serves, built from the schemas the routes
// validate with (api-schema.ts).
import { articleParams, articleReply, candidatesBody, candidatesReply, errorSchema, healthReply } from './api-schema';

const errors = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((c) => [String(c), { description: 'error', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
  );
const json = (schema: unknown, description: string) => ({ description, content: { 'application/json': { schema } } });

export function openApiDocument(version: string) {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Wiretrace shared index',
      version,
      description:
        'Finds stored articles that may be other versions of an article, from its band keys and MinHash signature only (src/core/index). The page URL and text are never sent.',
    },
    components: {
      schemas: { Error: errorSchema },
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'required when the index is private (`wiretrace index token`)' } },
    },
    security: [{ bearer: [] }, {}],
    paths: {
      '/v1/candidates': {
        post: {
          summary: 'Ranked stored articles sharing band keys with the given fingerprint',
          requestBody: { required: true, content: { 'application/json': { schema: candidatesBody } } },
          responses: { '200': json(candidatesReply, 'candidates, best first'), ...errors(400, 401, 413, 415, 429) },
        },
      },
      '/v1/articles/{id}': {
        get: {
          summary: 'One stored article: metadata, and its text when the operator serves text',
          parameters: [{ name: 'id', in: 'path', required: true, schema: articleParams.properties.id }],
          responses: { '200': json(articleReply, 'the article'), ...errors(400, 401, 404, 429) },
        },
      },
      '/v1/health': { get: { summary: 'Liveness and size', security: [{}], responses: { '200': json(healthReply, 'the index is up') } } },
      '/v1/openapi.json': { get: { summary: 'This document', security: [{}], responses: { '200': { description: 'OpenAPI 3.1' } } } },
    },
  };
}
