// Upgrades from every earlier schema version: a database is created at version v with the
// migrations up to v, filled the way that version's code filled it, then opened by the
// current library, which must keep every article and work fully.
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { fingerprintArticle } from '../../core/index/fingerprint';
import { ArticleGenerator } from '../../core/index/synthetic';
import { discoveryStore, openLibrary } from './index';
import { fragmentOf, mergePartition, partitionOf, postingKeys } from '../../core/index/postings';
import { journalRecord, MIGRATIONS, SCHEMA_VERSION } from './schema';

let n = 0;

describe('schema upgrades', () => {
  for (let from = 1; from < SCHEMA_VERSION; from++) {
    it(`upgrades a version ${from} library to version ${SCHEMA_VERSION}, keeping its articles`, async () => {
      const name = `upgrade-${from}-${n++}`;
      const gen = new ArticleGenerator(100 + from);
      const article = gen.article('old.test');
      const fp = fingerprintArticle(article);
      // Untyped: each version has its own stores (version 4 dropped `fingerprints`).
      const old = await openDB(name, from, {
        upgrade: async (db, oldVersion, _new, tx) => {
          for (let v = oldVersion; v < from; v++) await MIGRATIONS[v](db, tx);
        },
      });
      // What versions 1 and 2 wrote for one article (no `urls` before version 3), and one
      // article whose fingerprint record carries its size (written since passage keys).
      const record = { id: 'old-1', url: article.url, host: 'old.test', article, origin: 'visited' as const, addedAt: 5, lastUsedAt: 6, bytes: 1000 };
      const other = gen.article('other.test');
      const otherFp = fingerprintArticle(other);
      const record2 = { id: 'old-2', url: other.url, host: 'other.test', article: other, origin: 'feed' as const, addedAt: 7, lastUsedAt: 8, bytes: 900 };
      if (from >= 5) {
        // Versions 5 and 6: each record numbered, old-1 still in the journal, old-2 already
        // compacted into its partitions: version 6 merged it into [p, 0]; version 5 as a
        // merged chunk [p, 0] and the same postings appended again as [p, 1] (a compaction
        // redone after the worker died), which the upgrade must keep once.
        await old.put('articles', { ...record, urls: [article.url], fingerprint: { sig: fp.sig, bands: fp.bands, size: 0 }, seq: 2 });
        await old.put('articles', { ...record2, urls: [other.url, 'https://feed.test/item'], fingerprint: otherFp, seq: 1 });
        await old.put('journal', journalRecord([{ seq: 2, keys: postingKeys(fp.bands) }]), 2);
        const byPartition = new Map<number, number[]>();
        for (const key of postingKeys(otherFp.bands)) byPartition.set(partitionOf(key), [...(byPartition.get(partitionOf(key)) ?? []), fragmentOf(key)]);
        for (const [p, fragments] of byPartition) {
          const chunk = mergePartition(
            [],
            fragments,
            fragments.map(() => 1),
            new Set(),
          );
          await old.put('postings', chunk, [p, 0]);
          if (from === 5) await old.put('postings', chunk, [p, 1]);
        }
        // Version 5 kept the counters in a `postings` meta record of their own.
        if (from === 5) await old.put('meta', { nextSeq: 3, compactions: 1, compactedThrough: 1 }, 'postings');
      } else if (from >= 4) {
        // Version 4: the fingerprint inside the record (a size of 0 where none was known).
        await old.put('articles', { ...record, urls: [article.url], fingerprint: { sig: fp.sig, bands: fp.bands, size: 0 } });
        await old.put('articles', { ...record2, urls: [other.url, 'https://feed.test/item'], fingerprint: otherFp });
      } else {
        await old.put('articles', from >= 3 ? { ...record, urls: [article.url] } : record);
        await old.put('articles', from >= 3 ? { ...record2, urls: [other.url, 'https://feed.test/item'] } : record2);
        await old.put('fingerprints', { id: 'old-1', host: 'old.test', sig: fp.sig, bands: fp.bands });
        await old.put('fingerprints', { id: 'old-2', host: 'other.test', sig: otherFp.sig, bands: otherFp.bands, size: otherFp.size });
      }
      await old.put('meta', { bytes: 1900, capBytes: 50_000_000, ...(from >= 6 ? { nextSeq: 3, compactions: 1, compactedThrough: 1 } : {}) }, 'usage');
      old.close();

      const lib = await openLibrary(name);
      expect(lib.db.version).toBe(SCHEMA_VERSION);
      expect(await lib.count()).toBe(2);
      expect(await lib.usage()).toEqual({ bytes: 1900, capBytes: 50_000_000, count: 2 });
      // Since version 6 the postings' counters live in the usage record.
      expect(await lib.db.getAllKeys('meta')).toEqual(['usage']);
      expect(await lib.db.get('meta', 'usage')).toMatchObject({ bytes: 1900, nextSeq: 3 });
      // Since version 7 each partition is one record keyed by its number: version 5's
      // appended chunks and version 6's [p, 0] records are moved there, merged.
      expect(lib.db.objectStoreNames.contains('postings' as never)).toBe(false);
      expect(await lib.db.get('meta', 'usage')).not.toHaveProperty('unmerged');
      if (from >= 5) {
        const seqs = new Set<number>();
        for (const part of await lib.db.getAll('partitions')) for (const seq of part.s) seqs.add(seq);
        expect([...seqs]).toEqual([1]);
        // Every posting of old-2 once.
        const postings = new Set([...postingKeys(otherFp.bands)].map((k) => `${partitionOf(k)}:${fragmentOf(k)}`));
        expect((await lib.db.getAll('partitions')).reduce((sum, part) => sum + part.s.length, 0)).toBe(postings.size);
        expect(await lib.db.count('partitions')).toBe(new Set([...postingKeys(otherFp.bands)].map(partitionOf)).size);
      }
      // Nothing stored is lost: every field as written, the fingerprint exactly as stored
      // (no size before it was recorded: 0, read as "containment = Jaccard" as before).
      const kept = await lib.getArticle('old-1');
      expect(kept).toMatchObject({ ...record, urls: [article.url] });
      expect(kept?.article).toEqual(article);
      expect(Array.from(kept!.fingerprint.sig)).toEqual(Array.from(fp.sig));
      expect(kept?.fingerprint.bands).toEqual(fp.bands);
      expect(kept?.fingerprint.size).toBe(0);
      const kept2 = await lib.getArticle('old-2');
      expect(kept2).toMatchObject({ ...record2, urls: from >= 3 ? [other.url, 'https://feed.test/item'] : [other.url] });
      expect(kept2?.fingerprint.size).toBe(otherFp.size);
      if (from >= 3) expect((await lib.getArticleByUrl('https://feed.test/item'))?.id).toBe('old-2');
      const copy = gen.copyOf(article, 'copy.test');
      expect((await lib.findCandidates(copy))[0]?.id).toBe('old-1');
      expect((await lib.findCandidates(gen.copyOf(other, 'copy.test')))[0]?.id).toBe('old-2');
      expect((await lib.getArticleByUrl(article.url))?.id).toBe('old-1');
      // Both found again once the migrated journal is compacted into the partitions.
      await lib.compact();
      expect((await lib.findCandidates(copy))[0]?.id).toBe('old-1');
      expect((await lib.findCandidates(gen.copyOf(other, 'copy.test')))[0]?.id).toBe('old-2');
      // Storing it again updates the same record.
      expect((await lib.putArticle(article, 'feed')).id).toBe('old-1');
      expect(await lib.count()).toBe(2);
      expect((await lib.findCandidates(copy)).map((c) => c.id)).toEqual(['old-1']);
      // A new article's band keys wait in the usage record (version 7), found from there.
      const added = gen.article('new.test');
      await lib.putArticle(added, 'feed');
      expect((await lib.db.get('meta', 'usage'))?.pending?.seqs.length).toBe(1);
      expect((await lib.findCandidates(gen.copyOf(added, 'copy.test')))[0]?.url).toBe(added.url);
      // The stores added since are usable.
      await discoveryStore.putFeed(lib, { url: 'https://f.test/rss', itemCount: 0, seen: [] });
      expect(await discoveryStore.listFeeds(lib)).toHaveLength(1);
      lib.close();
    });
  }

  it('creates a fresh library at the current version', async () => {
    const lib = await openLibrary(`fresh-${n++}`);
    expect(lib.db.version).toBe(SCHEMA_VERSION);
    expect([...lib.db.objectStoreNames].sort()).toEqual(['articles', 'dead', 'failures', 'feeds', 'journal', 'meta', 'partitions', 'reports', 'status']);
    // No band-key index (postings-store.ts): only what eviction, URL lookups and the
    // postings' article numbers need.
    expect([...lib.db.transaction('articles').store.indexNames].sort()).toEqual(['lastUsedAt', 'seq', 'urls']);
    lib.close();
  });

  it('a version 3 article without a fingerprint record is fingerprinted from its text, not dropped', async () => {
    const name = `upgrade-nofp-${n++}`;
    const gen = new ArticleGenerator(300);
    const article = gen.article('old.test');
    const old = await openDB(name, 3, {
      upgrade: async (db, oldVersion, _new, tx) => {
        for (let v = oldVersion; v < 3; v++) await MIGRATIONS[v](db, tx);
      },
    });
    await old.put('articles', {
      id: 'lone',
      url: article.url,
      urls: [article.url],
      host: 'old.test',
      article,
      origin: 'manual',
      addedAt: 1,
      lastUsedAt: 2,
      bytes: 500,
    });
    old.close();
    const lib = await openLibrary(name);
    const kept = await lib.getArticle('lone');
    const fp = fingerprintArticle(article);
    expect(Array.from(kept!.fingerprint.sig)).toEqual(Array.from(fp.sig));
    expect(kept?.fingerprint.bands).toEqual(fp.bands);
    expect((await lib.findCandidates(gen.copyOf(article, 'copy.test')))[0]?.id).toBe('lone');
    lib.close();
  });
});
