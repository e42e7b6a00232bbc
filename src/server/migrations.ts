// The index's schema as an ordered list of migrations (each applied once, in its own
// transaction, recorded in schema_migrations), so a database made by any earlier version
// of `wiretrace index` is brought forward in place. Never edit a migration that has
// shipped: append one.
import type { Db, Queryable } from './db';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'articles and ingestion runs',
    sql: `
      CREATE TABLE articles (
        id bigserial PRIMARY KEY,
        url text NOT NULL,
        canonical_url text NOT NULL,
        outlet text NOT NULL,
        title text NOT NULL,
        byline text,
        credit text,
        published timestamptz,
        modified timestamptz,
        language text,
        text text NOT NULL,
        -- MinHash signature: 128 little-endian uint32 slots (src/core/index/minhash.ts).
        signature bytea NOT NULL CHECK (octet_length(signature) = 512),
        -- Distinct shingles, for the containment estimate (candidate-index.ts).
        shingles integer NOT NULL CHECK (shingles >= 0),
        ingested_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE UNIQUE INDEX articles_canonical_url ON articles (canonical_url);
      -- The address an article was fetched from, so a poll does not fetch it again when the
      -- page names another canonical URL.
      CREATE INDEX articles_url ON articles (url);
      CREATE TABLE ingestion_runs (
        id bigserial PRIMARY KEY,
        kind text NOT NULL,
        started_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        added integer NOT NULL DEFAULT 0,
        skipped integer NOT NULL DEFAULT 0,
        failed integer NOT NULL DEFAULT 0
      );
      CREATE TABLE ingestion_failures (
        id bigserial PRIMARY KEY,
        run_id bigint REFERENCES ingestion_runs (id) ON DELETE CASCADE,
        url text NOT NULL,
        error text NOT NULL,
        at timestamptz NOT NULL DEFAULT now()
      );`,
  },
  {
    version: 2,
    // A postings table keyed by band key rather than a GIN-indexed bigint[] on articles:
    // measured on PostgreSQL 15 by `npm run bench -- --only=index` (BENCHMARKS.md).
    // (key, article_id) as the primary key makes a lookup an index-only scan.
    name: 'band keys',
    sql: `
      CREATE TABLE band_keys (
        key bigint NOT NULL,
        article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
        PRIMARY KEY (key, article_id)
      );
      CREATE INDEX band_keys_article ON band_keys (article_id);`,
  },
  {
    version: 3,
    name: 'api tokens',
    sql: `
      CREATE TABLE api_tokens (
        id bigserial PRIMARY KEY,
        name text NOT NULL,
        -- sha256 of the token: a stolen database does not give working tokens.
        token_hash bytea NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now(),
        revoked_at timestamptz
      );`,
  },
  {
    version: 4,
    // Ingest writes ~105 postings per article. The foreign key checked each one against
    // articles (a trigger and an index probe per row) and band_keys_article was a second
    // random-insert btree; together they held ingest near 500 articles/s on PostgreSQL 15.
    // The primary key (key, article_id) is the only index a lookup reads. Nothing deletes
    // articles; a deletion must delete the article's postings by key (its band keys are
    // rebuilt from its stored text), in the same transaction.
    name: 'postings without foreign key and article index',
    sql: `
      ALTER TABLE band_keys DROP CONSTRAINT IF EXISTS band_keys_article_id_fkey;
      DROP INDEX IF EXISTS band_keys_article;`,
  },
];

export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1].version;

async function appliedVersion(q: Queryable): Promise<number> {
  const [row] = await q.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
  return Number(row?.v ?? 0);
}

/**
 * Bring the database to `to` (default: the newest). Two servers starting at once are kept
 * apart by an advisory lock held for each migration's transaction. Returns the versions applied.
 */
export async function migrate(db: Db, to = SCHEMA_VERSION): Promise<number[]> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (m.version > to) break;
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(727274)');
      if ((await appliedVersion(tx)) >= m.version) return false;
      for (const stmt of m.sql.split(/;\s*(?:\n|$)/).filter((s) => s.trim())) await tx.query(stmt);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
      return true;
    });
    if (done) applied.push(m.version);
  }
  return applied;
}

export async function schemaVersion(db: Db): Promise<number> {
  const [t] = await db.query<{ t: string | null }>("SELECT to_regclass('schema_migrations')::text AS t");
  return t?.t ? appliedVersion(db) : 0;
}
