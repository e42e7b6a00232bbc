import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArticleGenerator } from '../../core/index/synthetic';
import { discoveryStore, exportJsonLines, importJsonLines, openLibrary } from './index';

let n = 0;

describe('export and import', () => {
  it('round-trips every article with its origin and times, and the index works after', async () => {
    const gen = new ArticleGenerator(31);
    const a = await openLibrary(`export-a-${n++}`);
    const originals = [gen.article('one.test'), gen.article('two.test'), gen.article('three.test')];
    await a.putArticle(originals[0], 'visited');
    await a.putArticle(originals[1], 'feed');
    await a.putArticle(originals[2], 'search');
    const text = await exportJsonLines(a);
    expect(text.trim().split('\n')).toHaveLength(4);

    const b = await openLibrary(`export-b-${n++}`);
    const result = await importJsonLines(b, text);
    expect(result).toEqual({ imported: 3, skipped: 0, errors: [] });
    for (const orig of originals) {
      const [x, y] = await Promise.all([a.getArticleByUrl(orig.url), b.getArticleByUrl(orig.url)]);
      expect(y?.article).toEqual(x?.article);
      expect(y?.origin).toBe(x?.origin);
      expect(y?.addedAt).toBe(x?.addedAt);
      expect(y?.lastUsedAt).toBe(x?.lastUsedAt);
    }
    expect((await b.findCandidates(gen.copyOf(originals[1], 'c.test')))[0]?.url).toBe(originals[1].url);
    // Exporting the imported library gives the same lines (bar the header's date).
    const again = await exportJsonLines(b);
    const parse = (t: string) => t.trim().split('\n').slice(1).map((l) => JSON.parse(l));
    expect(parse(again)).toEqual(parse(text));
    a.close();
    b.close();
  });

  it('skips bad lines, counts them, and keeps going', async () => {
    const gen = new ArticleGenerator(32);
    const lib = await openLibrary(`import-bad-${n++}`);
    const good = JSON.stringify({ url: 'x', origin: 'feed', addedAt: 1, lastUsedAt: 2, article: gen.article('ok.test') });
    const text = ['not json', '{"article":{"title":1}}', good, '', '42'].join('\n');
    const r = await importJsonLines(lib, text);
    expect(r.imported).toBe(1);
    expect(r.skipped).toBe(3);
    expect(r.errors[0]).toMatch(/line 1/);
    expect(await lib.count()).toBe(1);
    lib.close();
  });

  it('refuses an export from a newer format version', async () => {
    const lib = await openLibrary(`import-new-${n++}`);
    await expect(importJsonLines(lib, '{"format":"wiretrace-library","version":99}\n')).rejects.toThrow(/version 99/);
    lib.close();
  });
});

describe('failures', () => {
  it('backs off exponentially and unblocks after retryAt', async () => {
    const lib = await openLibrary(`fail-${n++}`);
    const f1 = await discoveryStore.recordFailure(lib, 'https://f.test/rss', 'feed', 'HTTP 404', 1000);
    const f2 = await discoveryStore.recordFailure(lib, 'https://f.test/rss', 'feed', 'HTTP 404', 2000);
    expect(f2.count).toBe(2);
    expect(f2.retryAt - 2000).toBe(2 * (f1.retryAt - 1000));
    expect(await discoveryStore.blockingFailure(lib, 'https://f.test/rss', 2001)).toBeDefined();
    expect(await discoveryStore.blockingFailure(lib, 'https://f.test/rss', f2.retryAt + 1)).toBeUndefined();
    expect((await discoveryStore.recentFailures(lib))[0].error).toBe('HTTP 404');
    lib.close();
  });
});
