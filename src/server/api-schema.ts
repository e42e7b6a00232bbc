// The API's JSON schemas, used twice: Fastify validates every request against them, and
// openapi.ts publishes them, so the served document cannot drift from what is enforced.
import { NUM_HASHES } from '../core/index/minhash';

/** Whole-article keys (42) plus passage keys (≤ 12 windows × 10), with room to spare. */
export const MAX_BANDS = 256;
export const MAX_LIMIT = 20;
/** A candidates request is ≤ ~5 KB of JSON; anything far larger is refused before parsing. */
export const BODY_LIMIT = 16 * 1024;

export const errorSchema = {
  type: 'object',
  required: ['statusCode', 'error', 'message'],
  properties: {
    statusCode: { type: 'integer' },
    error: { type: 'string', description: 'HTTP reason phrase' },
    code: { type: 'string', description: 'machine-readable cause, e.g. FST_ERR_VALIDATION, unauthorized' },
    message: { type: 'string' },
  },
} as const;

export const candidatesBody = {
  type: 'object',
  additionalProperties: false,
  required: ['bands', 'signature'],
  properties: {
    bands: {
      type: 'array',
      maxItems: MAX_BANDS,
      description: 'LSH band keys of the article (src/core/index: whole-article and passage keys)',
      items: { type: 'integer', minimum: 0, maximum: Number.MAX_SAFE_INTEGER },
    },
    signature: {
      type: 'array',
      minItems: NUM_HASHES,
      maxItems: NUM_HASHES,
      description: 'MinHash signature: 128 unsigned 32-bit slots',
      items: { type: 'integer', minimum: 0, maximum: 0xffffffff },
    },
    size: { type: 'integer', minimum: 0, maximum: 10_000_000, description: 'distinct shingles of the article (for the containment estimate)' },
    limit: { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: 5 },
  },
} as const;

const candidate = {
  type: 'object',
  required: ['id', 'outlet', 'title', 'url', 'similarity', 'containment'],
  properties: {
    id: { type: 'integer' },
    outlet: { type: 'string' },
    title: { type: 'string' },
    url: { type: 'string' },
    published: { type: 'string', format: 'date-time' },
    similarity: { type: 'number', description: 'estimated Jaccard similarity of word 3-shingles' },
    containment: { type: 'number', description: 'estimated share of the shorter version found in the longer' },
  },
} as const;

export const candidatesReply = {
  type: 'object',
  required: ['candidates'],
  properties: { candidates: { type: 'array', items: candidate } },
} as const;

export const articleParams = {
  type: 'object',
  required: ['id'],
  properties: { id: { type: 'string', pattern: '^[1-9][0-9]{0,14}$' } },
} as const;

export const articleReply = {
  type: 'object',
  required: ['id', 'url', 'canonicalUrl', 'outlet', 'title'],
  properties: {
    id: { type: 'integer' },
    url: { type: 'string' },
    canonicalUrl: { type: 'string' },
    outlet: { type: 'string' },
    title: { type: 'string' },
    byline: { type: 'string' },
    credit: { type: 'string' },
    published: { type: 'string' },
    modified: { type: 'string' },
    language: { type: 'string' },
    text: { type: 'string', description: 'paragraphs, one per line; only when the operator serves text' },
  },
} as const;

export const healthReply = {
  type: 'object',
  required: ['status', 'schemaVersion', 'articles', 'engine', 'private', 'servesText'],
  properties: {
    status: { type: 'string', enum: ['ok'] },
    schemaVersion: { type: 'integer' },
    articles: { type: 'integer' },
    engine: { type: 'string', enum: ['pglite', 'postgres'] },
    private: { type: 'boolean' },
    servesText: { type: 'boolean' },
  },
} as const;
