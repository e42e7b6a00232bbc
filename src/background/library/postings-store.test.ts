// The journal and its compaction into partitions (postings-store.ts), with a small journal
// so that compactions happen within a test.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArticleGenerator } from '../../core/index/synthetic';
import type { Article } from '../../core/types';
import { type Library, openLibrary } from './index';
import { PENDING_KEYS } from './postings-store';

let n = 0;
const freshName = () => `postings-test-${n++}`;

/** The URL a lookup of an edited copy of `article` ranks first. */
async function topUrl(lib: Library, gen: ArticleGenerator, article: Article): Promise<string | undefined> {
  return (await lib.findCandidates(gen.copyOf(article, 'copy.test')))[0]?.url;
}

describe('postings: journal and compaction', () => {
  it('finds the source before, during and after compactions, compacting on its own once the journal is full', async () => {
    const name = freshName();
    const gen = new ArticleGenerator(41);
    const lib = await openLibrary(name, { journalLimit: 20 });
    const stored = Array.from({ length: 45 }, () => gen.article());
    for (const a of stored.slice(0, 15)) await lib.putArticle(a, 'feed');
    await lib.putArticles(stored.slice(15).map((article) => ({ article, origin: 'feed' as const })));
    await lib.settled();
    const journal = await lib.db.count('journal');
    const partitions = await lib.db.count('partitions');
    // The 45 articles passed the limit of 20: compacted, nothing left in the journal.
    expect(journal).toBe(0);
    expect(partitions).toBeGreaterThan(1000);
    for (const i of [0, 14, 15, 44]) {
      const found = await lib.findCandidates(gen.copyOf(stored[i], 'copy.test'));
      expect(found[0]?.url).toBe(stored[i].url);
    }
    // Some in the partitions, one in the journal: pending in the meta record (a single put
    // writes no journal record of its own).
    const later = gen.article();
    await lib.putArticle(later, 'visited');
    expect(await lib.db.count('journal')).toBe(0);
    expect((await lib.db.get('meta', 'usage'))?.pending?.seqs).toEqual(Uint32Array.of(46));
    expect(await topUrl(lib, gen, later)).toBe(later.url);
    expect(await topUrl(lib, gen, stored[3])).toBe(stored[3].url);
    lib.close();
  });

  it('single puts wait in the meta record until PENDING_KEYS, then go to the journal together; restarts and compactions read them', async () => {
    const name = freshName();
    const gen = new ArticleGenerator(46);
    const lib = await openLibrary(name, { journalLimit: 1000 });
    const stored: Article[] = [];
    const pendingKeys = async () => (await lib.db.get('meta', 'usage'))?.pending?.keys.length ?? 0;
    // Until the pending keys would pass the limit, no journal record.
    while (true) {
      const a = gen.article();
      const before = await pendingKeys();
      await lib.putArticle(a, 'feed');
      stored.push(a);
      if ((await lib.db.count('journal')) > 0) {
        // The write that passed the limit moved every pending entry with its own.
        expect(before).toBeGreaterThan(0);
        expect(await pendingKeys()).toBe(0);
        const [record] = await lib.db.getAll('journal');
        expect(record.seqs.length).toBe(stored.length);
        expect(record.keys.length).toBeGreaterThan(PENDING_KEYS);
        break;
      }
      expect(await pendingKeys()).toBeLessThanOrEqual(PENDING_KEYS);
      expect((await lib.db.get('meta', 'usage'))?.pending?.seqs.length).toBe(stored.length);
    }
    const pendingOne = gen.article();
    await lib.putArticle(pendingOne, 'feed');
    stored.push(pendingOne);
    expect(await pendingKeys()).toBeGreaterThan(0);
    // A restarted worker reads both the journal record and the pending entry.
    const fresh = await openLibrary(name, { journalLimit: 1000 });
    for (const a of stored) expect(await topUrl(fresh, gen, a)).toBe(a.url);
    // A compaction merges the pending entries too and leaves none.
    await lib.compact();
    expect(await pendingKeys()).toBe(0);
    expect(await lib.db.count('journal')).toBe(0);
    const numbers = new Set<number>();
    for (const part of await lib.db.getAll('partitions')) for (const seq of part.s) numbers.add(seq);
    expect(numbers.size).toBe(stored.length);
    for (const a of stored) expect(await topUrl(fresh, gen, a)).toBe(a.url);
    lib.close();
    fresh.close();
  });

  it('a write during a compaction keeps its pending entry (only what the compaction read is dropped)', async () => {
    const name = freshName();
    const gen = new ArticleGenerator(47);
    const lib = await openLibrary(name, { journalLimit: 1000 });
    const first = gen.article();
    await lib.putArticle(first, 'feed');
    // Another instance writes after the compaction read the journal and before it drops
    // what it merged: a transaction on `postings` held open keeps the compaction waiting
    // at its first partition write meanwhile.
    const other = await openLibrary(name, { journalLimit: 1000 });
    const during = gen.article();
    let hold = true;
    const blocker = other.db.transaction('partitions', 'readwrite');
    const spin = (): void => {
      if (hold) void blocker.store.get(0).then(spin);
    };
    spin();
    const compaction = lib.compact();
    await new Promise((ok) => setTimeout(ok, 0));
    await other.putArticle(during, 'feed');
    hold = false;
    await Promise.all([compaction, blocker.done]);
    const meta = await lib.db.get('meta', 'usage');
    const numbers = new Set<number>();
    for (const part of await lib.db.getAll('partitions')) for (const seq of part.s) numbers.add(seq);
    const seqOf = async (a: Article) => (await lib.getArticleByUrl(a.url))!.seq;
    const duringSeq = await seqOf(during);
    // `during` was written after the compaction read: still pending, not merged.
    expect(Array.from(meta?.pending?.seqs ?? [])).toEqual([duringSeq]);
    expect(numbers.has(duringSeq)).toBe(false);
    expect(numbers.has(await seqOf(first))).toBe(true);
    for (const a of [first, during]) expect(await topUrl(lib, gen, a)).toBe(a.url);
    lib.close();
    other.close();
  });

  it('a restarted worker rebuilds the journal from the store, and sees what another instance wrote', async () => {
    const name = freshName();
    const gen = new ArticleGenerator(42);
    const a = await openLibrary(name, { journalLimit: 1000 });
    const first = gen.article();
    await a.putArticle(first, 'feed');
    // `b` reads (copying the journal), then `a` writes and compacts: b's copy is stale twice.
    const b = await openLibrary(name, { journalLimit: 1000 });
    expect(await topUrl(b, gen, first)).toBe(first.url);
    const second = gen.article();
    await a.putArticle(second, 'feed');
    expect(await topUrl(b, gen, second)).toBe(second.url);
    await a.compact();
    const third = gen.article();
    await a.putArticle(third, 'feed');
    for (const x of [first, second, third]) expect(await topUrl(b, gen, x)).toBe(x.url);
    a.close();
    b.close();
  });

  it('drops removed articles from the postings at the next merge; a changed text gets new postings', async () => {
    const name = freshName();
    const gen = new ArticleGenerator(43);
    const lib = await openLibrary(name, { journalLimit: 1000 });
    const gone = gen.article();
    const kept = gen.article();
    const edited = gen.article();
    const goneId = (await lib.putArticle(gone, 'feed')).id;
    await lib.putArticle(kept, 'feed');
    const editedFirst = await lib.putArticle(edited, 'feed');
    await lib.compact();
    expect(await lib.deleteArticle(goneId)).toBe(true);
    // Deleted: not found even while its postings remain.
    expect((await lib.findCandidates(gen.copyOf(gone, 'copy.test'))).some((c) => c.id === goneId)).toBe(false);
    // The same URL with another text: same record, found by the new text only.
    const rewritten = { ...gen.article(), url: edited.url };
    const editedAgain = await lib.putArticle(rewritten, 'feed');
    expect(editedAgain.id).toBe(editedFirst.id);
    expect(editedAgain.seq).not.toBe(editedFirst.seq);
    // The same text stored again keeps its number and journals nothing.
    const journalBefore = await lib.db.count('journal');
    expect((await lib.putArticle(rewritten, 'visited')).seq).toBe(editedAgain.seq);
    expect(await lib.db.count('journal')).toBe(journalBefore);
    // The next compaction merges, dropping the removals.
    expect(await lib.db.count('dead')).toBe(2);
    await lib.compact();
    expect(await lib.db.count('dead')).toBe(0);
    const numbers = new Set<number>();
    for (const part of await lib.db.getAll('partitions')) for (const seq of part.s) numbers.add(seq);
    expect(numbers.has(editedFirst.seq)).toBe(false);
    expect(numbers.has(editedAgain.seq)).toBe(true);
    expect((await lib.findCandidates(gen.copyOf(rewritten, 'copy.test')))[0]?.id).toBe(editedFirst.id);
    expect((await lib.findCandidates(gen.copyOf(edited, 'copy.test'))).some((c) => c.id === editedFirst.id)).toBe(false);
    expect(await topUrl(lib, gen, kept)).toBe(kept.url);
    lib.close();
  });

  it('a compaction cut short (partitions written, journal not yet dropped) is redone without duplicates', async () => {
    const name = freshName();
    const gen = new ArticleGenerator(44);
    const lib = await openLibrary(name, { journalLimit: 1000 });
    const stored = Array.from({ length: 5 }, () => gen.article());
    await lib.putArticles(stored.map((article) => ({ article, origin: 'feed' as const })));
    const journal = await lib.db.getAll('journal');
    const journalKeys = await lib.db.getAllKeys('journal');
    const state = await lib.db.get('meta', 'usage');
    await lib.compact();
    const after = await lib.db.getAll('partitions');
    // As if the worker had died before the last transaction: the journal is back whole.
    await Promise.all(journal.map((r, i) => lib.db.put('journal', r, journalKeys[i])));
    await lib.db.put('meta', state!, 'usage');
    await lib.compact();
    expect(await lib.db.count('journal')).toBe(0);
    expect(await lib.db.getAll('partitions')).toEqual(after);
    expect(after.reduce((sum, p) => sum + p.s.length, 0)).toBeGreaterThan(5 * 40);
    for (const a of stored) expect(await topUrl(lib, gen, a)).toBe(a.url);
    lib.close();
  });

  it('clear() empties the postings and the journal, and a stale copy is not used after it', async () => {
    const name = freshName();
    const gen = new ArticleGenerator(45);
    const lib = await openLibrary(name, { journalLimit: 1000 });
    const a = gen.article();
    await lib.putArticle(a, 'feed');
    await lib.compact();
    await lib.putArticle(gen.article(), 'feed');
    await lib.clear();
    expect(await lib.db.count('partitions')).toBe(0);
    expect(await lib.db.count('journal')).toBe(0);
    expect(await lib.findCandidates(gen.copyOf(a, 'copy.test'))).toEqual([]);
    await lib.putArticle(a, 'feed');
    expect(await topUrl(lib, gen, a)).toBe(a.url);
    lib.close();
  });
});
