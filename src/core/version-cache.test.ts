// Issue 14, item 1: once a hostile page (a long paragraph of quotes) is stored, every later
// version of its story is compared with it. The worker keeps one object per stored version
// while its content is unchanged (version-cache.ts), so that version is prepared and read for
// quotes once, not on every analysis. What must hold: the report is the one compare() gives
// without the cache, and a version whose stored text changed is never answered from the cache.
import { describe, expect, it } from 'vitest';
import { compare } from './compare';
import { preparedOf } from './prepare';
import { quoteStall } from './testing/hostile';
import { STORY_PARAGRAPHS, storyCopyParagraphs, storyVersion } from './testing/story-versions';
import type { Article, Report } from './types';
import { sameData, VersionCache, withVersionCache } from './version-cache';

const NOW = '2026-03-05T12:00:00Z';
const copy = () => storyVersion('https://bulletin.test/library', 'Bulletin', storyCopyParagraphs());
// The stored hostile version: the story with the paragraph of quotes after it.
const hostile = () => storyVersion('https://riverside.test/library', 'Riverside Times', [...STORY_PARAGRAPHS, quoteStall(8_000)], '2026-03-02T09:00:00Z');

const plain = (page: Article, other: Article) => compare(page, other, { now: NOW });

describe('stored versions kept across analyses (issue 14 item 1)', () => {
  it('gives the report compare() gives, on the first analysis and on later ones', () => {
    const cached = withVersionCache(plain);
    const expected: Report = plain(copy(), hostile());
    expect(expected.quotes.length).toBeGreaterThan(100);
    // Every analysis reads fresh objects from the library, as the worker does.
    for (let i = 0; i < 3; i++) expect(cached(copy(), hostile(), { ids: { other: 'h1' } })).toEqual(expected);
  });

  it('hands compare() the object it held, so the version is prepared once', () => {
    const seen: Article[] = [];
    const cached = withVersionCache((page, other) => {
      seen.push(other);
      return plain(page, other);
    });
    cached(copy(), hostile(), { ids: { other: 'h1' } });
    const prepared = preparedOf(seen[0]);
    cached(copy(), hostile(), { ids: { other: 'h1' } });
    cached(copy(), structuredClone(hostile()), { ids: { other: 'h1' } });
    expect(seen[1]).toBe(seen[0]);
    expect(seen[2]).toBe(seen[0]);
    expect(preparedOf(seen[2])).toBe(prepared);
  });

  it("passes compare()'s other options on, without the ids", () => {
    let opts: unknown;
    const cached = withVersionCache((page: Article, other: Article, o?: { now?: string; firstSeen?: { page?: number; other?: number } }) => {
      opts = o;
      return plain(page, other);
    });
    cached(copy(), hostile(), { ids: { other: 'h1' }, now: NOW, firstSeen: { other: 5 } });
    expect(opts).toEqual({ now: NOW, firstSeen: { other: 5 } });
  });

  it('is invalidated when the stored text changes: the report is that of the new text', () => {
    const cached = withVersionCache(plain);
    cached(copy(), hostile(), { ids: { other: 'h1' } });
    // The same library id, its text edited (the page was visited again and stored anew).
    const edited = hostile();
    edited.blocks[1] = { text: STORY_PARAGRAPHS[1].replace('2.4 million', '3.9 million') };
    const report = cached(copy(), edited, { ids: { other: 'h1' } });
    expect(report).toEqual(plain(copy(), edited));
    expect(JSON.stringify(report.differences)).toContain('3.9');
    expect(JSON.stringify(report.differences)).not.toContain('2.4');
  });

  it('is invalidated when anything else stored changes (the date decides direction)', () => {
    const cache = new VersionCache();
    const first = cache.canonical('h1', hostile());
    const redated = { ...hostile(), published: '2025-01-01T00:00:00Z' };
    expect(cache.canonical('h1', redated)).toBe(redated);
    expect(cache.canonical('h1', hostile())).not.toBe(first);
  });

  it('serves nothing for an object edited in place after it was held', () => {
    const cache = new VersionCache();
    const held = cache.canonical('h1', hostile());
    held.blocks[0] = { text: 'Something else entirely.' };
    const fresh = hostile();
    expect(cache.canonical('h1', fresh)).toBe(fresh);
  });

  it('keeps no version without an id, and none under another id', () => {
    const cache = new VersionCache();
    const a = hostile();
    expect(cache.canonical(undefined, a)).toBe(a);
    expect(cache.size).toBe(0);
    cache.canonical('h1', a);
    const b = hostile();
    expect(cache.canonical('h2', b)).toBe(b);
  });

  it('is bounded: least recently used go first, by entries and by characters held', () => {
    const cache = new VersionCache({ entries: 3, chars: 10_000 });
    const v = (id: string) => cache.canonical(id, copy());
    const one = v('1');
    v('2');
    v('3');
    expect(v('1')).toBe(one); // used again: now the most recent
    v('4'); // evicts '2'
    expect(cache.size).toBe(3);
    expect(v('1')).toBe(one);
    const two = copy();
    expect(cache.canonical('2', two)).toBe(two);
    // A version larger than the whole budget is compared, not held; one that nearly fills it evicts the rest.
    const big = copy();
    big.blocks.push({ text: 'x'.repeat(20_000) });
    expect(cache.canonical('big', big)).toBe(big);
    expect(cache.canonical('big', structuredClone(big))).not.toBe(big);
    const filling = copy();
    filling.blocks.push({ text: 'y'.repeat(9_000) });
    expect(cache.canonical('filling', filling)).toBe(filling);
    expect(cache.canonical('filling', structuredClone(filling))).toBe(filling);
    expect(cache.size).toBe(1);
  });
});

describe('sameData', () => {
  it('treats a key holding undefined as absent, and compares arrays and nesting', () => {
    expect(sameData({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(sameData({ a: [1, { x: 'y' }] }, { a: [1, { x: 'y' }] })).toBe(true);
    expect(sameData({ a: [1, { x: 'y' }] }, { a: [1, { x: 'z' }] })).toBe(false);
    expect(sameData({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(sameData({ a: null }, { a: undefined })).toBe(false);
    expect(sameData({}, { a: 0 })).toBe(false);
  });
});
