// Test support: the engines every server test runs against. PGlite always; a real
// PostgreSQL server when WIRETRACE_TEST_PG holds a postgres:// URL (scripts/pg-throwaway.sh
// start prints one), each test database created fresh and dropped after.
import { PGlite } from '@electric-sql/pglite';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { Article } from '../core/types';
import { extractArticle } from '../extract/extract';
import { parseHtml } from '../extract/node-dom';
import { pgliteDb, openPostgres, type Db } from './db';

export const PG_URL = process.env.WIRETRACE_TEST_PG;

export interface Engine {
  name: string;
  /** Why this engine's tests do not run here, or undefined. */
  skip?: string;
  fresh(): Promise<Db>;
}

let counter = 0;

// A fresh PGlite runs initdb, ~25 s on a loaded 2-core machine; restoring a dump of an
// empty cluster takes ~4 s. The dump is kept in the temp folder across files and runs.
const TEMPLATE = join(tmpdir(), 'wiretrace-pglite-empty-cluster.tar');

async function freshPglite(): Promise<Db> {
  if (!existsSync(TEMPLATE)) {
    const db = await PGlite.create();
    const dump = await db.dumpDataDir('none');
    await db.close();
    const tmp = `${TEMPLATE}.${process.pid}`;
    writeFileSync(tmp, new Uint8Array(await dump.arrayBuffer()));
    renameSync(tmp, TEMPLATE);
  }
  return pgliteDb(await PGlite.create({ loadDataDir: new Blob([readFileSync(TEMPLATE)]) }));
}

async function freshPostgres(): Promise<Db> {
  const name = `wiretrace_test_${process.pid}_${Date.now().toString(36)}_${counter++}`;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(PG_URL!);
  url.pathname = `/${name}`;
  const db = await openPostgres(url.toString());
  const close = db.close.bind(db);
  return Object.assign(db, {
    async close() {
      await close();
      const a = new pg.Client({ connectionString: PG_URL });
      await a.connect();
      await a.query(`DROP DATABASE IF EXISTS ${name}`);
      await a.end();
    },
  });
}

export const ENGINES: Engine[] = [
  { name: 'PGlite', fresh: freshPglite },
  {
    name: 'PostgreSQL',
    skip: PG_URL ? undefined : 'skipped: no PostgreSQL (set WIRETRACE_TEST_PG=postgres://…; scripts/pg-throwaway.sh start gives one)',
    fresh: freshPostgres,
  },
];

if (!PG_URL) console.warn('src/server tests: PostgreSQL skipped: no PostgreSQL (WIRETRACE_TEST_PG unset); PGlite only');

/** A seed-pair page as the extension's extraction reads it. */
export function fixtureArticle(file: 'cbc.html' | 'bulletin.html', url: string): Article {
  const html = readFileSync(resolve(import.meta.dirname, '../../test-fixtures/seed-pair', file), 'utf8');
  const a = extractArticle(parseHtml(html), url, { parse: parseHtml });
  if (!a) throw new Error(`no article in ${file}`);
  return a;
}

/** PGlite's first start runs initdb (seconds on a loaded machine). */
export const DB_TIMEOUT = 120_000;
