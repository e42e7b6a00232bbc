import { describe, expect, it } from 'vitest';
import { rowOf } from './article-row';
import { migrate, MIGRATIONS, SCHEMA_VERSION, schemaVersion } from './migrations';
import { findCandidates, insertArticles } from './store';
import { DB_TIMEOUT, ENGINES, fixtureArticle } from './testing';

const cbc = fixtureArticle('cbc.html', 'https://www.cbc.ca/news/story-1');

for (const engine of ENGINES) {
  describe.skipIf(engine.skip)(`migrations on ${engine.name}${engine.skip ? ` (${engine.skip})` : ''}`, () => {
    it('builds the schema from an empty database, and a second run changes nothing', { timeout: DB_TIMEOUT }, async () => {
      const db = await engine.fresh();
      try {
        expect(await schemaVersion(db)).toBe(0);
        expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.version));
        expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
        expect(await migrate(db)).toEqual([]);
        const tables = await db.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public' ORDER BY 1");
        expect(tables.map((r) => r.t)).toEqual(['api_tokens', 'articles', 'band_keys', 'ingestion_failures', 'ingestion_runs', 'schema_migrations']);
      } finally {
        await db.close();
      }
    });

    // Each earlier schema, holding data written the way that version wrote it, is brought
    // forward with its rows intact and then works as a current index.
    for (const from of MIGRATIONS.slice(0, -1).map((m) => m.version)) {
      it(`brings a version-${from} database forward with its data`, { timeout: DB_TIMEOUT }, async () => {
        const db = await engine.fresh();
        try {
          await migrate(db, from);
          expect(await schemaVersion(db)).toBe(from);
          const row = rowOf(cbc);
          await db.query('INSERT INTO articles (url, canonical_url, outlet, title, text, signature, shingles) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
            row.url,
            row.canonicalUrl,
            row.outlet,
            row.title,
            row.text,
            row.signature,
            row.shingles,
          ]);
          const [{ id }] = await db.query<{ id: number }>('SELECT id FROM articles');
          // From version 2 on, the article's band keys as that version stored them.
          if (from >= 2) await db.query('INSERT INTO band_keys (key, article_id) SELECT DISTINCT unnest($1::bigint[]), $2::bigint', [row.bands, id]);
          await db.query("INSERT INTO ingestion_runs (kind, added) VALUES ('add', 1)");
          expect(await migrate(db)).toEqual(MIGRATIONS.filter((m) => m.version > from).map((m) => m.version));
          expect(await schemaVersion(db)).toBe(SCHEMA_VERSION);
          const [kept] = await db.query<{ title: string; n: number }>('SELECT title, (SELECT count(*)::int FROM ingestion_runs) AS n FROM articles');
          expect(kept).toEqual({ title: row.title, n: 1 });
          // The migrated database takes new articles and answers lookups.
          const other = rowOf({ ...cbc, url: 'https://www.cbc.ca/news/story-2', canonicalUrl: undefined });
          expect((await insertArticles(db, [other])).added).toBe(1);
          const found = await findCandidates(db, { bands: other.bands, sig: new Uint32Array(other.signature.buffer), size: other.shingles }, 5);
          // Same text: from version 2 on, the article stored before the migration is found
          // by the keys that version stored (version 1 had none).
          expect(found.map((c) => c.url).sort()).toEqual(from >= 2 ? [row.url, other.url].sort() : [other.url]);
        } finally {
          await db.close();
        }
      });
    }
  });
}
