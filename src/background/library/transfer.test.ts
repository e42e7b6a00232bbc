import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArticleGenerator } from '../../core/index/synthetic';
import { chunkLines } from '../../shared/chunk-lines';
import { discoveryStore, exportJsonLines, exportJsonLinesPage, importJsonLines, openLibrary } from './index';

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
    expect(result).toEqual({ imported: 3, kept: 0, failed: 0, problems: [] });
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
    // (In id order, and ids are the library's own: compared by URL.)
    const parse = (t: string) =>
      t
        .trim()
        .split('\n')
        .slice(1)
        .map((l) => JSON.parse(l) as { url: string })
        .sort((x, y) => x.url.localeCompare(y.url));
    expect(parse(again)).toEqual(parse(text));
    a.close();
    b.close();
  });

  // Issue 14, item 10: bad lines used to be skipped while the rest was stored, so a broken
  // file was half imported with a note few read. Now nothing is written and the lines are named.
  it('writes nothing from a file with bad lines, and names them', async () => {
    const gen = new ArticleGenerator(32);
    const lib = await openLibrary(`import-bad-${n++}`);
    const good = JSON.stringify({ url: 'x', origin: 'feed', addedAt: 1, lastUsedAt: 2, article: gen.article('ok.test') });
    const text = ['not json', '{"article":{"title":1}}', good, '', '42'].join('\n');
    const r = await importJsonLines(lib, text);
    expect(r).toMatchObject({ imported: 0, failed: 3 });
    expect(r.problems.map((p) => [p.line, p.code])).toEqual([
      [1, 'notJson'],
      [2, 'badArticle'],
      [5, 'notObject'],
    ]);
    expect(await lib.count()).toBe(0);
    lib.close();
  });

  it('a library bigger than one message travels in pages and chunks: every article once, line numbers of the whole file', async () => {
    const gen = new ArticleGenerator(33);
    const a = await openLibrary(`export-paged-${n++}`);
    for (let i = 0; i < 25; i++) await a.putArticle(gen.article(`p${i}.test`), 'feed');
    // Pages of about two articles each.
    const lineChars = (await exportJsonLines(a)).length / 26;
    let page = await exportJsonLinesPage(a, undefined, lineChars * 2);
    const pages = [page];
    while (page.next !== undefined) pages.push((page = await exportJsonLinesPage(a, page.next, lineChars * 2)));
    expect(pages.length).toBeGreaterThan(3);
    const text = pages.map((p) => p.text).join('');
    const urls = text
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => JSON.parse(l).url as string);
    expect(urls).toHaveLength(25);
    expect(new Set(urls).size).toBe(25);
    const body = (t: string) => t.slice(t.indexOf('\n') + 1); // past the header and its date
    expect(body(await exportJsonLines(a, lineChars * 2))).toBe(body(text));

    const b = await openLibrary(`import-chunked-${n++}`);
    const broken = `${text}not json\n`;
    const chunks = chunkLines(broken, lineChars * 3);
    expect(chunks.length).toBeGreaterThan(3);
    let imported = 0;
    const problems: unknown[] = [];
    for (const c of chunks) {
      const r = await importJsonLines(b, c.text, c.firstLine);
      imported += r.imported;
      problems.push(...r.problems);
    }
    // The chunk holding the bad last line writes nothing; the others are whole.
    const lastChunkLines = chunks.at(-1)!.text.trim().split('\n').length - 1;
    expect(imported).toBe(25 - lastChunkLines);
    expect(await b.count()).toBe(25 - lastChunkLines);
    expect(problems).toEqual([{ line: 27, code: 'notJson' }]);
    a.close();
    b.close();
  });

  it('refuses an export from a newer format version', async () => {
    const lib = await openLibrary(`import-new-${n++}`);
    expect((await importJsonLines(lib, '{"format":"wiretrace-library","version":99}\n')).problems).toEqual([{ line: 1, code: 'newerVersion', detail: '99' }]);
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
