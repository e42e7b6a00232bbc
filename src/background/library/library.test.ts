import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArticleGenerator } from '../../core/index/synthetic';
import type { Article, Report } from '../../core/types';
import { openLibrary } from './index';

let dbCount = 0;
const freshName = () => `lib-test-${dbCount++}`;

function clock(start = 1000) {
  let t = start;
  return { now: () => t, tick: (ms = 1) => (t += ms) };
}

describe('library', () => {
  it('stores an article with id, host, fingerprint and times, and reads it back', async () => {
    const gen = new ArticleGenerator(7);
    const lib = await openLibrary(freshName());
    const a = gen.article('www.Example.test');
    const stored = await lib.putArticle(a, 'visited');
    expect(stored.id).toBeTruthy();
    expect(stored.host).toBe('example.test');
    expect(stored.fingerprint.sig.length).toBe(128);
    expect(stored.fingerprint.bands.length).toBeGreaterThan(0);
    expect(stored.addedAt).toBe(stored.lastUsedAt);
    const back = await lib.getArticle(stored.id);
    expect(back?.article).toEqual(a);
    expect(Array.from(back!.fingerprint.sig)).toEqual(Array.from(stored.fingerprint.sig));
    expect(await lib.count()).toBe(1);
    lib.close();
  });

  it('writes planned from a remembered meta record are checked: another instance writing in between, or an article already stored, are handled as before', async () => {
    // A put plans its writes from the meta record this instance last wrote and sends them
    // with its reads (library.ts write()); here every guess goes wrong once.
    const gen = new ArticleGenerator(12);
    const name = freshName();
    const a = await openLibrary(name);
    const b = await openLibrary(name);
    const articles = Array.from({ length: 6 }, () => gen.article());
    const stored = [];
    for (const [i, article] of articles.entries()) stored.push(await (i % 2 ? b : a).putArticle(article, 'feed'));
    // Written by `a` before, stored again by `a` after `b` wrote: the same record.
    const again = await a.putArticle(articles[0], 'visited');
    expect(again.id).toBe(stored[0].id);
    expect(again.seq).toBe(stored[0].seq);
    expect(await a.count()).toBe(6);
    const seqs = stored.map((r) => r.seq);
    expect(new Set(seqs).size).toBe(6);
    expect((await a.usage()).bytes).toBe(stored.reduce((sum, r) => sum + r.bytes, 0));
    expect((await b.usage()).bytes).toBe((await a.usage()).bytes);
    for (const [i, article] of articles.entries()) {
      const found = await (i % 2 ? a : b).findCandidates(gen.copyOf(article, 'copy.test'));
      expect(found[0]?.id).toBe(stored[i].id);
    }
    // A batch with the same URL twice is planned from the reads, and stores one record.
    const dup = gen.article();
    const both = await a.putArticles([
      { article: dup, origin: 'feed' },
      { article: { ...dup, title: `${dup.title}!` }, origin: 'feed' },
    ]);
    expect(both[1].id).toBe(both[0].id);
    expect(await a.count()).toBe(7);
    a.close();
    b.close();
  });

  it('dedupes by canonical URL: tracking parameters and fragments do not make a new record', async () => {
    const gen = new ArticleGenerator(8);
    const lib = await openLibrary(freshName());
    const a = gen.article('news.test');
    const first = await lib.putArticle(a, 'feed');
    const again = await lib.putArticle({ ...a, url: `${a.url}?utm_source=rss#comments` }, 'visited');
    expect(again.id).toBe(first.id);
    expect(again.origin).toBe('feed');
    expect(await lib.count()).toBe(1);
    lib.close();
  });

  it('finds an edited copy of a stored article among many others, and excludes the page host', async () => {
    const gen = new ArticleGenerator(9);
    const lib = await openLibrary(freshName());
    const sources: Article[] = [];
    for (let i = 0; i < 200; i++) {
      const a = gen.article();
      sources.push(a);
      await lib.putArticle(a, 'feed');
    }
    const source = sources[42];
    const copy = gen.copyOf(source, 'copier.test');
    const found = await lib.findCandidates(copy, { excludeHost: 'copier.test' });
    expect(found[0]?.url).toBe(source.url);
    expect(found[0].similarity).toBeGreaterThan(0.5);
    // Unrelated articles are not offered as versions.
    expect(found.every((c) => c.similarity >= 0.1)).toBe(true);
    expect(found.length).toBeLessThan(3);
    const sameHost = await lib.findCandidates(copy, { excludeHost: new URL(source.url).hostname });
    expect(sameHost.some((c) => c.url === source.url)).toBe(false);
    lib.close();
  });

  it('does not return the page itself as its own version', async () => {
    const gen = new ArticleGenerator(10);
    const lib = await openLibrary(freshName());
    const a = gen.article('self.test');
    await lib.putArticle(a, 'visited');
    expect(await lib.findCandidates(a)).toEqual([]);
    lib.close();
  });

  it('caches reports by key', async () => {
    const lib = await openLibrary(freshName());
    const report = { schema: 1, verdict: 'uncredited-copy' } as unknown as Report;
    await lib.putReport('tab:1', report);
    expect(await lib.getReport('tab:1')).toEqual(report);
    expect(await lib.getReport('tab:2')).toBeUndefined();
    lib.close();
  });

  it('clear() empties articles and reports and resets the size', async () => {
    const gen = new ArticleGenerator(11);
    const lib = await openLibrary(freshName());
    await lib.putArticle(gen.article(), 'manual');
    await lib.putReport('k', {} as Report);
    await lib.clear();
    expect(await lib.count()).toBe(0);
    expect((await lib.usage()).bytes).toBe(0);
    expect(await lib.getReport('k')).toBeUndefined();
    lib.close();
  });
});

describe('remembered articles (options page)', () => {
  it('lists the most recently used first, filters by headline, outlet or address, and deletes one', async () => {
    const gen = new ArticleGenerator(11);
    const c = clock();
    const lib = await openLibrary(freshName(), { now: c.now });
    const a = await lib.putArticle({ ...gen.article('one.test'), title: 'Harbour bridge vote' }, 'visited');
    c.tick();
    const b = await lib.putArticle({ ...gen.article('two.test'), title: 'Council budget' }, 'feed');
    expect((await lib.listArticles()).map((x) => x.id)).toEqual([b.id, a.id]);
    expect((await lib.listArticles('harbour')).map((x) => x.id)).toEqual([a.id]);
    expect((await lib.listArticles('two.test')).map((x) => x.id)).toEqual([b.id]);
    expect(await lib.listArticles('', 1)).toHaveLength(1);
    const before = (await lib.usage()).bytes;
    expect(await lib.deleteArticle(a.id)).toBe(true);
    expect(await lib.getArticle(a.id)).toBeUndefined();
    expect((await lib.usage()).bytes).toBe(before - a.bytes);
    expect(await lib.deleteArticle(a.id)).toBe(false);
    lib.close();
  });
});

describe('quota', () => {
  it('evicts the oldest unused articles first when the cap is reached', async () => {
    const gen = new ArticleGenerator(12);
    const c = clock();
    const lib = await openLibrary(freshName(), { now: c.now });
    const stored = [];
    for (let i = 0; i < 10; i++) {
      c.tick();
      stored.push(await lib.putArticle(gen.article(), 'visited'));
    }
    // Article 0 is used again, so article 1 is now the oldest unused.
    c.tick();
    await lib.markUsed(stored[0].id);
    const total = (await lib.usage()).bytes;
    const avg = total / 10;
    await lib.setCapBytes(Math.floor(total - avg * 1.5));
    const left = await Promise.all(stored.map((s) => lib.getArticle(s.id)));
    expect(left[0]).toBeDefined();
    expect(left[1]).toBeUndefined();
    expect(left[9]).toBeDefined();
    const usage = await lib.usage();
    expect(usage.bytes).toBeLessThanOrEqual(usage.capBytes);
    // Inserting past the cap evicts too, never the new article itself.
    c.tick();
    const fresh = await lib.putArticle(gen.article(), 'feed');
    expect(await lib.getArticle(fresh.id)).toBeDefined();
    expect((await lib.usage()).bytes).toBeLessThanOrEqual(usage.capBytes);
    // Evicted articles leave the candidate index too.
    expect(await lib.findCandidates(stored[1].article)).toEqual([]);
    lib.close();
  });

  it('a write that fails changes nothing already stored', async () => {
    const gen = new ArticleGenerator(13);
    const lib = await openLibrary(freshName());
    const kept = await lib.putArticle(gen.article(), 'visited');
    const before = await lib.usage();
    await lib.setCapBytes(before.bytes + 10); // the next write would also evict `kept`
    const bad = { ...gen.article(), extra: () => 1 } as unknown as Article; // not storable
    await expect(lib.putArticle(bad, 'visited')).rejects.toThrow();
    expect(await lib.count()).toBe(1);
    expect((await lib.usage()).bytes).toBe(before.bytes);
    expect((await lib.getArticle(kept.id))?.article).toEqual(kept.article);
    expect((await lib.findCandidates({ ...kept.article, url: 'https://other.test/x' }))[0]?.id).toBe(kept.id);
    lib.close();
  });

  it('on the browser’s own quota error, evicts the oldest tenth once and retries once', async () => {
    const gen = new ArticleGenerator(14);
    const c = clock();
    const lib = await openLibrary(freshName(), { now: c.now });
    const stored = [];
    for (let i = 0; i < 10; i++) {
      c.tick();
      stored.push(await lib.putArticle(gen.article(), 'visited'));
    }
    const real = (lib as unknown as { write: (...a: unknown[]) => Promise<unknown> }).write.bind(lib);
    let calls = 0;
    (lib as unknown as { write: unknown }).write = (...a: unknown[]) => {
      calls++;
      if (calls === 1) return Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
      return real(...a);
    };
    c.tick();
    const fresh = await lib.putArticle(gen.article(), 'feed');
    expect(calls).toBe(2);
    expect(await lib.getArticle(stored[0].id)).toBeUndefined();
    expect(await lib.getArticle(stored[1].id)).toBeDefined();
    expect(await lib.getArticle(fresh.id)).toBeDefined();
    // A second quota error in a row is reported, not retried in a loop.
    (lib as unknown as { write: unknown }).write = () => Promise.reject(Object.assign(new Error('quota'), { name: 'QuotaExceededError' }));
    await expect(lib.putArticle(gen.article(), 'feed')).rejects.toThrow(/quota/);
    lib.close();
  });

  it('stores a batch in one transaction: all of it, or none when one item cannot be stored', async () => {
    const gen = new ArticleGenerator(15);
    const lib = await openLibrary(freshName());
    const kept = await lib.putArticle(gen.article(), 'visited');
    const before = await lib.usage();
    const good = [gen.article(), gen.article()];
    const bad = { ...gen.article(), extra: () => 1 } as unknown as Article;
    await expect(
      lib.putArticles([
        { article: good[0], origin: 'feed' },
        { article: bad, origin: 'feed' },
        { article: good[1], origin: 'feed' },
      ]),
    ).rejects.toThrow();
    expect(await lib.count()).toBe(1);
    expect(await lib.usage()).toEqual(before);
    expect(await lib.getArticleByUrl(good[0].url)).toBeUndefined();
    const stored = await lib.putArticles(good.map((article) => ({ article, origin: 'feed' as const })));
    expect(stored).toHaveLength(2);
    expect(await lib.count()).toBe(3);
    expect((await lib.getArticle(kept.id))?.article).toEqual(kept.article);
    // The same URL twice in one batch is one record.
    await lib.putArticles([
      { article: good[0], origin: 'feed' },
      { article: good[0], origin: 'manual' },
    ]);
    expect(await lib.count()).toBe(3);
    lib.close();
  });
});
