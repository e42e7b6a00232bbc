// Bearer tokens for a private index. Only a token's sha256 is stored, so the database
// alone does not give anyone a working token; the token itself is shown once, at creation.
import { createHash, randomBytes } from 'node:crypto';
import { withoutNul } from './article-row';
import type { Queryable } from './db';

export function hashToken(token: string): Buffer {
  return createHash('sha256').update(token, 'utf8').digest();
}

export async function createToken(db: Queryable, name: string): Promise<string> {
  const token = `wt_${randomBytes(24).toString('base64url')}`;
  await db.query('INSERT INTO api_tokens (name, token_hash) VALUES ($1, $2)', [withoutNul(name).slice(0, 200), hashToken(token)]);
  return token;
}

/** The id of the live token, or undefined. */
export async function tokenId(db: Queryable, token: string): Promise<number | undefined> {
  if (!/^wt_[A-Za-z0-9_-]{32}$/.test(token)) return undefined;
  const [row] = await db.query<{ id: number }>('SELECT id FROM api_tokens WHERE token_hash = $1 AND revoked_at IS NULL', [hashToken(token)]);
  return row ? Number(row.id) : undefined;
}

export async function revokeToken(db: Queryable, name: string): Promise<number> {
  const rows = await db.query('UPDATE api_tokens SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL RETURNING id', [name]);
  return rows.length;
}
