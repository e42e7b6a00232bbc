// Upgrades from every earlier schema version: a database is created at version v with the
// migrations up to v, filled the way that version's code filled it, then opened by the
// current library, which must keep every article and work fully.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { fingerprintArticle } from '../../core/index/fingerprint';
import { ArticleGenerator } from '../../core/index/synthetic';
import { discoveryStore, openLibrary } from './index';
import { MIGRATIONS, SCHEMA_VERSION, type LibrarySchema } from './schema';

let n = 0;

describe('schema upgrades', () => {
  for (let from = 1; from < SCHEMA_VERSION; from++) {
    it(`upgrades a version ${from} library to version ${SCHEMA_VERSION}, keeping its articles`, async () => {
      const name = `upgrade-${from}-${n++}`;
      const gen = new ArticleGenerator(100 + from);
      const article = gen.article('old.test');
      const fp = fingerprintArticle(article);
      const old = await openDB<LibrarySchema>(name, from, {
        upgrade: async (db, oldVersion, _new, tx) => {
          for (let v = oldVersion; v < from; v++) await MIGRATIONS[v](db, tx);
        },
      });
      // What versions 1 and 2 wrote for one article (no `urls` before version 3).
      const record = { id: 'old-1', url: article.url, host: 'old.test', article, origin: 'visited' as const, addedAt: 5, lastUsedAt: 6, bytes: 1000 };
      await old.put('articles', from >= 3 ? { ...record, urls: [article.url] } : (record as never));
      await old.put('fingerprints', { id: 'old-1', host: 'old.test', sig: fp.sig, bands: fp.bands });
      await old.put('meta', { bytes: 1000, capBytes: 50_000_000 }, 'usage');
      old.close();

      const lib = await openLibrary(name);
      expect(lib.db.version).toBe(SCHEMA_VERSION);
      expect(await lib.count()).toBe(1);
      expect((await lib.usage()).capBytes).toBe(50_000_000);
      const copy = gen.copyOf(article, 'copy.test');
      expect((await lib.findCandidates(copy))[0]?.id).toBe('old-1');
      expect((await lib.getArticleByUrl(article.url))?.id).toBe('old-1');
      // Storing it again updates the same record.
      expect((await lib.putArticle(article, 'feed')).id).toBe('old-1');
      expect(await lib.count()).toBe(1);
      // The stores added since are usable.
      await discoveryStore.putFeed(lib, { url: 'https://f.test/rss', itemCount: 0, seen: [] });
      expect(await discoveryStore.listFeeds(lib)).toHaveLength(1);
      lib.close();
    });
  }

  it('creates a fresh library at the current version', async () => {
    const lib = await openLibrary(`fresh-${n++}`);
    expect(lib.db.version).toBe(SCHEMA_VERSION);
    expect([...lib.db.objectStoreNames].sort()).toEqual(['articles', 'failures', 'feeds', 'fingerprints', 'meta', 'reports', 'status']);
    lib.close();
  });
});
