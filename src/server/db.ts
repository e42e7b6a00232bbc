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
  /** Load bigint columns, one array per column, all the same length (binary COPY on a
   * server; INSERT … SELECT FROM unnest on PGlite). Values: safe integers. */
  copyBigints(table: string, columns: string[], values: ArrayLike<number>[]): Promise<void>;
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

const COPY_ESCAPES: Record<string, string> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A COPY text-format field: \N for null, arrays as {a,b}, backslash and control characters escaped. */
function copyField(v: unknown): string {
  // Numbers first: a batch's postings are ~100 rows of two bigints per article, and four
  // regex passes over each of them cost more Node CPU than PostgreSQL spent storing them.
  if (typeof v === 'number') return String(v);
  if (v === null || v === undefined) return '\\N';
  if (Array.isArray(v)) return `{${v.join(',')}}`;
  if (v instanceof Uint8Array) return `\\\\x${Buffer.from(v).toString('hex')}`;
  return String(v).replace(/[\\\n\r\t]/g, (c) => COPY_ESCAPES[c]);
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

/** Bigint columns through unnest, in chunks (PGlite). */
async function insertBigints(q: Pick<Queryable, 'query'>, table: string, columns: string[], values: ArrayLike<number>[]): Promise<void> {
  const n = values[0]?.length ?? 0;
  const per = 50000;
  for (let i = 0; i < n; i += per) {
    const chunk = values.map((col) => Array.from({ length: Math.min(per, n - i) }, (_, j) => col[i + j]));
    await q.query(`INSERT INTO ${table} (${columns.join(',')}) SELECT * FROM unnest(${columns.map((_, c) => `$${c + 1}::bigint[]`).join(', ')})`, chunk);
  }
}

/**
 * COPY binary format for bigint columns: signature, flags and extension length, then per row
 * a field count and each field as length 8 + big-endian int64, then -1. A safe integer is
 * written as its high and low 32 bits (two's complement), no BigInt per value.
 */
function* bigintCopyChunks(values: ArrayLike<number>[]): Generator<Buffer> {
  const n = values[0]?.length ?? 0;
  const rowBytes = 2 + values.length * 12;
  const perChunk = Math.max(1, Math.floor(65536 / rowBytes));
  yield Buffer.from([0x50, 0x47, 0x43, 0x4f, 0x50, 0x59, 0x0a, 0xff, 0x0d, 0x0a, 0x00, 0, 0, 0, 0, 0, 0, 0, 0]);
  for (let start = 0; start < n; start += perChunk) {
    const rows = Math.min(perChunk, n - start);
    const buf = Buffer.allocUnsafe(rows * rowBytes);
    // DataView rather than Buffer.write*: no argument checks per field (~3× faster here).
    const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
    let o = 0;
    for (let r = start; r < start + rows; r++) {
      view.setInt16(o, values.length);
      o += 2;
      for (const col of values) {
        const v = col[r];
        if (!Number.isSafeInteger(v)) throw new Error(`bigint COPY: ${v} is not a safe integer`);
        const hi = Math.floor(v / 0x100000000);
        view.setInt32(o, 8);
        view.setInt32(o + 4, hi);
        view.setUint32(o + 8, v - hi * 0x100000000);
        o += 12;
      }
    }
    yield buf;
  }
  yield Buffer.from([0xff, 0xff]);
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

  copyBigints(table: string, columns: string[], values: ArrayLike<number>[]): Promise<void> {
    return insertBigints(this, table, columns, values);
  }

  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T> {
    return this.db.transaction(async (tx) => {
      const q: Queryable = {
        query: async <R extends Row>(sql: string, params: unknown[] = []) => (await tx.query<R>(sql, params)).rows,
        copyRows: (table, columns, rows) => insertRows(q, table, columns, rows),
        copyBigints: (table, columns, values) => insertBigints(q, table, columns, values),
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
    async copyBigints(table, columns, values) {
      const stream = client.query(copyFrom(`COPY ${table} (${columns.join(',')}) FROM STDIN (FORMAT binary)`));
      await pipeline(Readable.from(bigintCopyChunks(values)), stream);
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

  async copyBigints(table: string, columns: string[], values: ArrayLike<number>[]): Promise<void> {
    await this.transaction((tx) => tx.copyBigints(table, columns, values));
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
