// `wiretrace index …`: serve the shared index, ingest into it, make tokens. The database is
// PostgreSQL at --db (or DATABASE_URL), else PGlite in --data (default ./wiretrace-index).
// PGlite is one process's database: stop `serve` before `add`, `poll` or `token` on the
// same folder (a PostgreSQL server has no such limit).
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import type { Article } from '../core/types';
import { buildApp } from './app';
import { openDb, type Db } from './db';
import { addArticles, defaultWriters, feedList, pollFeeds } from './ingest';
import { migrate } from './migrations';
import { defaultThreads } from './row-pool';
import { createToken } from './tokens';

export const INDEX_USAGE = `Usage: wiretrace index <command> [options]

  serve [--port 8787] [--host 127.0.0.1] [--private] [--serve-text] [--rate 600]
        Answer POST /v1/candidates, GET /v1/articles/:id, GET /v1/health, GET /v1/openapi.json.
        --private     require a bearer token (see "token") on every data route
        --serve-text  include article text in GET /v1/articles/:id (off: URL and metadata only)
        --rate N      requests per minute per token (or per address without one)
  add <file|url>...   ingest saved pages, text files or URLs
  poll --feeds FILE   fetch each feed listed in FILE (one URL a line) and ingest its new items
  token [--name NAME] create a bearer token for a private index (printed once)

  Database (every command):
  --db postgres://…   a PostgreSQL server (or set DATABASE_URL)
  --data DIR          PGlite's folder when no server is given (default ./wiretrace-index)
`;

export interface IndexIo {
  stdout: { write(s: string): unknown };
  stderr: { write(s: string): unknown };
}

class UsageError extends Error {}

const OPTIONS = {
  db: { type: 'string' },
  data: { type: 'string' },
  port: { type: 'string' },
  host: { type: 'string' },
  private: { type: 'boolean' },
  'serve-text': { type: 'boolean' },
  rate: { type: 'string' },
  feeds: { type: 'string' },
  name: { type: 'string' },
  help: { type: 'boolean' },
} as const;

function intOption(v: string | undefined, name: string, fallback: number, max: number): number {
  if (v === undefined) return fallback;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 0 || n > max) throw new UsageError(`--${name} must be a whole number from 0 to ${max}`);
  return n;
}

async function open(values: { db?: string; data?: string }): Promise<Db> {
  const url = values.db ?? process.env.DATABASE_URL;
  if (url && !/^postgres(ql)?:\/\//i.test(url)) throw new UsageError('--db must be a postgres:// URL');
  const db = await openDb({ url, dataDir: values.data ?? 'wiretrace-index' });
  await migrate(db);
  return db;
}

/**
 * Runs one `index` command. `serve` resolves once listening and returns the running server's
 * stop function through `onServe` (tests); the CLI keeps the process alive until a signal.
 */
export async function indexMain(
  argv: string[],
  io: IndexIo,
  deps: { load: (arg: string) => Promise<Article>; onServe?: (stop: () => Promise<void>, url: string) => void },
): Promise<number> {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (e) {
    io.stderr.write(`wiretrace index: ${(e as Error).message}\n\n${INDEX_USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    io.stdout.write(INDEX_USAGE);
    return command || values.help ? 0 : 2;
  }
  let db: Db | undefined;
  try {
    switch (command) {
      case 'serve': {
        const port = intOption(values.port, 'port', 8787, 65535);
        const rate = intOption(values.rate, 'rate', 600, 1_000_000);
        db = await open(values);
        const app = await buildApp({ db, private: values.private, serveText: values['serve-text'], ratePerMinute: rate });
        const address = await app.listen({ port, host: values.host ?? '127.0.0.1' });
        io.stdout.write(
          `wiretrace index: listening on ${address} (${db.engine}${values.private ? ', private' : ''}${values['serve-text'] ? ', serving text' : ''})\n`,
        );
        const running = db;
        const stop = async () => {
          await app.close();
          await running.close();
        };
        db = undefined; // closed by stop()
        if (deps.onServe) deps.onServe(stop, address);
        else
          for (const sig of ['SIGINT', 'SIGTERM'] as const)
            process.once(sig, () => {
              void stop().then(() => process.exit(0));
            });
        return 0;
      }
      case 'add': {
        if (rest.length === 0) throw new UsageError('add needs at least one file or URL');
        db = await open(values);
        const r = await addArticles(db, rest, deps.load, {
          progress: (l) => io.stderr.write(`${l}\n`),
          threads: defaultThreads(),
          writers: defaultWriters(db),
        });
        io.stdout.write(`run ${r.run}: ${r.added} added, ${r.skipped} already indexed, ${r.failed} failed\n`);
        return r.failed && !r.added ? 1 : 0;
      }
      case 'poll': {
        if (!values.feeds || rest.length) throw new UsageError('poll takes --feeds FILE');
        const feeds = feedList(
          await readFile(values.feeds, 'utf8').catch((e: Error) => Promise.reject(new UsageError(`cannot read ${values.feeds}: ${e.message}`))),
        );
        if (feeds.length === 0) throw new UsageError(`${values.feeds} lists no http(s) feed`);
        db = await open(values);
        const r = await pollFeeds(db, feeds, {
          progress: (l) => io.stderr.write(`${l}\n`),
          threads: defaultThreads(),
          writers: defaultWriters(db),
        });
        io.stdout.write(`run ${r.run}: ${r.added} added, ${r.skipped} already indexed, ${r.failed} failed\n`);
        return r.failed && !r.added ? 1 : 0;
      }
      case 'token': {
        db = await open(values);
        io.stdout.write(`${await createToken(db, values.name ?? 'token')}\n`);
        return 0;
      }
      default:
        throw new UsageError(`unknown command ${command}`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      io.stderr.write(`wiretrace index: ${e.message}\n\n${INDEX_USAGE}`);
      return 2;
    }
    io.stderr.write(`wiretrace index: ${(e as Error).message}\n`);
    return 1;
  } finally {
    await db?.close();
  }
}
