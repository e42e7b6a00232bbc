// Issue 14, item 10: imports that failed silently or partly, and an article over the size
// cap that emptied the library. Each case names the attack it comes from.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ArticleGenerator } from '../../core/index/synthetic';
import type { Article } from '../../core/types';
import { checkImportLines } from '../../shared/import-lines';
import { importJsonLines, openLibrary } from './index';
import { OverCapError } from './library';

let n = 0;
const gen = new ArticleGenerator(1414);
const header = JSON.stringify({ format: 'wiretrace-library', version: 1, exportedAt: '2026-01-01T00:00:00Z' });
const line = (article: Article, extra: Record<string, unknown> = {}) =>
  JSON.stringify({ url: article.url, urls: [article.url], origin: 'feed', addedAt: 1000, lastUsedAt: 2000, article, ...extra });
const NOW = 1_800_000_000_000;

/** An article within ARTICLE_LIMITS whose JSON is over 1 MB (quotes are escaped in JSON). */
function bigArticle(host: string): Article {
  const block = (i: number) => ({ text: `${i} "quoted" `.repeat(4000).slice(0, 45_000) });
  return { url: `https://${host}/big`, title: 'Big', blocks: Array.from({ length: 21 }, (_, i) => block(i)), signals: [] };
}

describe('import checks the whole file before writing', () => {
  it('a second header mid-file: nothing stored, the line named', async () => {
    const lib = await openLibrary(`imp-${n++}`);
    const lines = Array.from({ length: 150 }, (_, i) => line(gen.article(`s${i}.test`)));
    lines.splice(100, 0, header);
    const r = await importJsonLines(lib, [header, ...lines].join('\n'), 1, NOW);
    expect(r).toMatchObject({ imported: 0, failed: 1, problems: [{ line: 102, code: 'secondHeader' }] });
    expect(await lib.count()).toBe(0);
    lib.close();
  });

  it('one 34M-character line is named as too long, without parsing it', () => {
    const text = `${header}\n${line(gen.article('a.test'))}\n{"article":"${'x'.repeat(34_000_000)}"}\n${line(gen.article('b.test'))}\n`;
    const r = checkImportLines(text, 1, NOW);
    expect(r.failed).toBe(1);
    expect(r.problems).toEqual([{ line: 3, code: 'lineTooLong', detail: '32 MB' }]);
  });

  it('a line for an address the library holds keeps the stored version, and says so', async () => {
    const lib = await openLibrary(`imp-${n++}`);
    const mine = gen.article('cbc.test');
    await lib.putArticle(mine, 'visited');
    const forged = { ...mine, title: 'Forged', blocks: [{ text: 'The minister said "I lied."' }] };
    const r = await importJsonLines(lib, `${header}\n${line(forged)}\n${line(gen.article('other.test'))}\n`, 1, NOW);
    expect(r).toMatchObject({ imported: 1, kept: 1, failed: 0 });
    expect((await lib.getArticleByUrl(mine.url))?.article.title).toBe(mine.title);
    lib.close();
  });

  it('clamps times to now, ignores unknown fields, and takes addresses on the article’s own site only', async () => {
    const lib = await openLibrary(`imp-${n++}`);
    const victim = gen.article('cbc.test');
    await lib.putArticle(victim, 'visited');
    const evil = { ...gen.article('evil.test'), evil: 'field', blocks: [{ text: 'Planted text.', onclick: 'x' } as Article['blocks'][number]] } as Article;
    const r = await importJsonLines(
      lib,
      `${header}\n${line(evil, { lastUsedAt: 1e300, addedAt: -5, urls: [victim.url, 'https://www.evil.test/alias'], id: 'x', bytes: 0 })}\n`,
      1,
      NOW,
    );
    expect(r.imported).toBe(1);
    const stored = (await lib.getArticleByUrl(evil.url))!;
    expect(stored.lastUsedAt).toBe(NOW);
    expect(stored.addedAt).toBeLessThanOrEqual(stored.lastUsedAt);
    expect(stored.article).not.toHaveProperty('evil');
    expect(stored.article.blocks[0]).not.toHaveProperty('onclick');
    expect(stored.urls).not.toContain(victim.url.replace(/\/$/, ''));
    expect((await lib.getArticleByUrl(victim.url))?.article.title).toBe(victim.title);
    expect((await lib.getArticleByUrl('https://www.evil.test/alias'))?.id).toBe(stored.id);
    lib.close();
  });
});

describe('an article over the whole size cap', () => {
  it('is refused, and nothing else is evicted (minimum cap, 1 MB)', async () => {
    const lib = await openLibrary(`cap-${n++}`);
    for (let i = 0; i < 5; i++) await lib.putArticle(gen.article(`keep${i}.test`), 'visited');
    await lib.setCapBytes(1024 * 1024);
    const before = await lib.usage();
    await expect(lib.putArticle(bigArticle('huge.test'), 'visited')).rejects.toThrow(OverCapError);
    expect(await lib.usage()).toEqual(before);
    // The same article in an import: the line is named and nothing of the file is written.
    const r = await importJsonLines(lib, `${header}\n${line(gen.article('fine.test'))}\n${line(bigArticle('huge.test'))}\n`, 1, NOW);
    expect(r).toMatchObject({ imported: 0, failed: 1, problems: [{ line: 3, code: 'overCap' }] });
    expect((await lib.usage()).count).toBe(5);
    lib.close();
  });
});
