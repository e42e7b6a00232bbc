// One small query interface over the two engines the index runs on: PGlite (PostgreSQL
// compiled to WASM, data in a folder, the default so `wiretrace index serve` needs nothing
// installed) and a real PostgreSQL server through `pg`. Both get the same SQL; the only
// difference is bulk loading, where pg streams COPY and PGlite takes multi-row INSERTs.
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';

export type Row = Record<string, unknown>;

export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Load rows into `table` (COPY on a server; INSERT batches on PGlite). Values: string,
   * number, null or a number[] (a PostgreSQL array). */
  copyRows(table: string, columns: string[], rows: unknown[][]): Promise<void>;
}

export interface Db extends Queryable {
  readonly engine: 'pglite' | 'postgres';
  /** Runs `fn` in one transaction; it commits when fn resolves, rolls back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// bigint comes back from pg as text (it may exceed 2^53); every bigint the index stores
// (ids, band keys < 2^39, byte counts) fits a JS number exactly, so parse it as one.
pg.types.setTypeParser(20, (v) => Number(v));

/** A COPY text-format field: \N for null, arrays as {a,b}, backslash and control characters escaped. */
function copyField(v: unknown): string {
  if (v === null || v === undefined) return '\\N';
  if (Array.isArray(v)) return `{${v.join(',')}}`;
  if (v instanceof Uint8Array) return `\\\\x${Buffer.from(v).toString('hex')}`;
  return String(v).replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t');
}

/** INSERT … VALUES in batches, for PGlite (which has no COPY FROM STDIN stream here). */
async function insertRows(q: Pick<Queryable, 'query'>, table: string, columns: string[], rows: unknown[][]): Promise<void> {
  // PostgreSQL allows 65,535 parameters per statement.
  const per = Math.max(1, Math.floor(60000 / columns.length));
  for (let i = 0; i < rows.length; i += per) {
    const chunk = rows.slice(i, i + per);
    const params: unknown[] = [];
    const values = chunk.map((r) => `(${r.map((v) => `$${params.push(v)}`).join(',')})`);
    await q.query(`INSERT INTO ${table} (${columns.join(',')}) VALUES ${values.join(',')}`, params);
  }
}

class PgliteDb implements Db {
  readonly engine = 'pglite' as const;
  // PGlite runs one statement at a time; transactions are serialised by PGlite itself.
  constructor(private readonly db: PGlite) {}

  async query<T extends Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.db.query<T>(sql, params)).rows;
  }

  copyRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    return insertRows(this, table, columns, rows);
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const q: Queryable = {
        query: async <R extends Row>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows,
        copyRows: (table, columns, rows) => insertRows(q, table, columns, rows),
      };
      return fn(q);
    });
  }

  close(): Promise<void> {
    return this.db.close();
  }
}

function clientQueryable(client: pg.PoolClient): Queryable {
  return {
    query: async <T extends Row>(sql: string, params: unknown[] = []) => (await client.query(sql, params)).rows as T[],
    async copyRows(table, columns, rows) {
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(',')}) FROM STDIN`));
      // Lines joined into ~64 KB chunks: one CopyData message per line cost a socket write
      // each and capped COPY near 15k rows/s.
      const lines = function* () {
        let chunk = '';
        for (const r of rows) {
          chunk += r.map(copyField).join('\t') + '\n';
          if (chunk.length >= 65536) {
            yield chunk;
            chunk = '';
          }
        }
        if (chunk) yield chunk;
      };
      await pipeline(Readable.from(lines()), stream);
    },
  };
}

class PostgresDb implements Db {
  readonly engine = 'postgres' as const;
  constructor(private readonly pool: pg.Pool) {}

  async query<T extends Row>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query(sql, params)).rows as T[];
  }

  async copyRows(table: string, columns: string[], rows: unknown[][]): Promise<void> {
    await this.transaction((tx) => tx.copyRows(table, columns, rows));
  }

  async transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const out = await fn(clientQueryable(client));
      await client.query('COMMIT');
      return out;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      client.release();
    }
  }

  close(): Promise<void> {
    return this.pool.end();
  }
}

/** PGlite with its data in `dir` (in memory when absent). */
export async function openPglite(dir?: string): Promise<Db> {
  return new PgliteDb(await PGlite.create(dir));
}

/** An already open PGlite (tests restore one from a dump). */
export function pgliteDb(db: PGlite): Db {
  return new PgliteDb(db);
}

/** A PostgreSQL server at a postgres:// URL. */
export async function openPostgres(url: string, poolSize = 8): Promise<Db> {
  const pool = new pg.Pool({ connectionString: url, max: poolSize });
  // Fail now, with the server's message, rather than at the first request.
  await pool.query('SELECT 1');
  return new PostgresDb(pool);
}

/** `--db URL` or DATABASE_URL → PostgreSQL; otherwise PGlite in `dataDir`. */
export function openDb(options: { url?: string; dataDir?: string }): Promise<Db> {
  return options.url ? openPostgres(options.url) : openPglite(options.dataDir);
}
