// Issue 14, item 1, through the worker's pipeline and the real library (fake-indexeddb): after
// a hostile page (a long paragraph of quotes) is stored, a normal copy of the story is compared
// with it on every visit. With the worker's compare (core/version-cache.ts withVersionCache)
// the stored version reaches compare() as one object across analyses, so its preparation and
// quotes are worked out once; the reports are those of the plain compare().
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { compare } from '../core/compare';
import { quoteRepeat } from '../core/testing/hostile';
import { STORY_PARAGRAPHS, storyCopyParagraphs, storyVersion } from '../core/testing/story-versions';
import type { Article, Report } from '../core/types';
import { withVersionCache } from '../core/version-cache';
import { analyseArticle } from './analyse';
import { openLibrary } from './library';

const NOW = '2026-03-05T12:00:00Z';
const original = () => storyVersion('https://wire.test/library', 'Riverside Times', STORY_PARAGRAPHS, '2026-03-02T09:00:00Z');
const hostile = () => storyVersion('https://riverside.test/library-full', 'Riverside Times', [...STORY_PARAGRAPHS, quoteRepeat(8_000)], '2026-03-02T09:00:00Z');
const copy = () => storyVersion('https://bulletin.test/library', 'Bulletin', storyCopyParagraphs());

let dbs = 0;
const plain = (a: Article, b: Article) => compare(a, b, { now: NOW });
const stateOf = (r: Awaited<ReturnType<typeof analyseArticle>>): Report => {
  if (r.state !== 'report') throw new Error(`expected a report, got ${r.state}`);
  return r.report;
};

describe('a stored hostile version is prepared once per worker (issue 14 item 1)', () => {
  it('every visit of the copy gets the plain compare() report, and meets the stored version as one object', async () => {
    const library = await openLibrary(`stored-versions-${dbs++}`);
    const plainLibrary = await openLibrary(`stored-versions-${dbs++}`);
    const others = new Map<string, Article[]>();
    const cached = withVersionCache((a, b) => {
      others.set(b.url, [...(others.get(b.url) ?? []), b]);
      return plain(a, b);
    });
    for (const lib of [library, plainLibrary]) {
      await lib.putArticle(original(), 'visited');
      await lib.putArticle(hostile(), 'visited');
    }
    for (let visit = 0; visit < 3; visit++) {
      const withCache = stateOf(await analyseArticle(copy(), { library, compare: cached, remember: true }));
      const without = stateOf(await analyseArticle(copy(), { library: plainLibrary, compare: (a, b) => plain(a, b), remember: true }));
      // Library ids differ between the two libraries; everything else is the same report.
      const strip = (r: Report) => JSON.parse(JSON.stringify(r).replace(/"id":"[^"]+"/g, '"id":"x"')) as Report;
      expect(strip(withCache)).toEqual(strip(without));
    }
    const seen = others.get(hostile().url) ?? [];
    expect(seen).toHaveLength(3);
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
  });

  it("the hostile page's own analysis holds it under its library id, for the copy's analysis after it", async () => {
    const library = await openLibrary(`stored-versions-${dbs++}`);
    await library.putArticle(original(), 'visited');
    const pages: Article[] = [];
    const others: Article[] = [];
    const cached = withVersionCache((a, b) => {
      pages.push(a);
      others.push(b);
      return plain(a, b);
    });
    const visited = hostile();
    await analyseArticle(visited, { library, compare: cached, remember: true });
    // The page as the pipeline compared it (the pipeline may hand on a copy of the visited article).
    const held = pages.at(-1);
    expect(held).toEqual(visited);
    await analyseArticle(copy(), { library, compare: cached, remember: true });
    expect(others).toContain(held);
  });
});
