import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CandidateIndex } from './candidate-index';
import { fingerprintArticle, fingerprintBytes, fingerprintText } from './fingerprint';
import { BANDS, estimateSimilarity, jaccard, minhash, NUM_HASHES } from './minhash';
import { shingleHashes } from './shingles';
import { ArticleGenerator } from './synthetic';

const fixtures = resolve(import.meta.dirname, '../../../test-fixtures/seed-pair');

describe('shingles and MinHash', () => {
  it('ignores typography and case', () => {
    const a = shingleHashes('\u201CExcellent\u201D talks \u2014 in Paris, France says');
    const b = shingleHashes('"excellent" talks - in paris, france says');
    expect(Array.from(a).sort()).toEqual(Array.from(b).sort());
  });

  it('estimates Jaccard similarity within a few points', () => {
    const gen = new ArticleGenerator(3);
    const src = gen.article();
    for (const rate of [0.02, 0.1, 0.3]) {
      const copy = gen.copyOf(src, 'c.test', rate);
      const text = (x: typeof src) => [x.title, ...x.blocks.map((b) => b.text)].join('\n');
      const exact = jaccard(shingleHashes(text(src)), shingleHashes(text(copy)));
      const est = estimateSimilarity(fingerprintArticle(src).sig, fingerprintArticle(copy).sig);
      // Standard error of MinHash with 128 slots is sqrt(J(1-J)/128) ≤ 0.045.
      expect(Math.abs(est - exact)).toBeLessThan(0.15);
    }
  });

  it('keeps the fingerprint under 2 KB, however long the article', () => {
    const gen = new ArticleGenerator(4);
    const fp = fingerprintArticle(gen.article());
    expect(fp.sig.length).toBe(NUM_HASHES);
    expect(fp.bands.length).toBeGreaterThan(BANDS);
    const long = { ...gen.article(), blocks: Array.from({ length: 300 }, () => ({ text: gen.paragraph() })) };
    const longFp = fingerprintArticle(long);
    expect(longFp.size).toBeGreaterThan(5000);
    expect(fingerprintBytes(longFp)).toBeLessThanOrEqual(2048);
  });

  it('finds a trimmed copy (a third of a long article) by its passage keys', () => {
    const gen = new ArticleGenerator(6);
    const source = { ...gen.article(), blocks: Array.from({ length: 40 }, () => ({ text: gen.paragraph() })) };
    const trimmed = { ...source, url: 'https://trim.test/x', blocks: source.blocks.slice(0, 13) };
    const a = fingerprintArticle(source);
    const b = fingerprintArticle(trimmed);
    const whole = a.bands.slice(0, BANDS).filter((k) => b.bands.slice(0, BANDS).includes(k));
    expect(estimateSimilarity(a.sig, b.sig)).toBeLessThan(0.45);
    expect(b.bands.filter((k) => a.bands.includes(k)).length).toBeGreaterThan(whole.length);
    const index = new CandidateIndex();
    index.add('source', a);
    for (let i = 0; i < 200; i++) index.add(`other${i}`, fingerprintArticle(gen.article()));
    const [top] = index.query(b);
    expect(top?.id).toBe('source');
    expect(top.containment).toBeGreaterThan(0.8);
  });

  it('gives empty text no band keys (it must match nothing)', () => {
    expect(fingerprintText('').bands).toEqual([]);
    expect(minhash(new Uint32Array(0)).every((v) => v === 0xffffffff)).toBe(true);
  });

  it('rates the seed pair (a copy edited for style) as near-duplicates', () => {
    const a = fingerprintText(readFileSync(resolve(fixtures, 'bulletin.txt'), 'utf8'));
    const b = fingerprintText(readFileSync(resolve(fixtures, 'cbc.txt'), 'utf8'));
    expect(estimateSimilarity(a.sig, b.sig)).toBeGreaterThan(0.5);
    expect(a.bands.filter((k) => b.bands.includes(k)).length).toBeGreaterThan(0);
  });
});

describe('CandidateIndex', () => {
  const gen = new ArticleGenerator(5);
  const index = new CandidateIndex();
  const articles = Array.from({ length: 500 }, () => gen.article());
  articles.forEach((a, i) => {
    index.add(`a${i}`, fingerprintArticle(a));
  });

  it('finds the source of an edited copy, like brute force does', () => {
    for (const i of [0, 17, 250, 499]) {
      const copy = fingerprintArticle(gen.copyOf(articles[i], 'copy.test'));
      expect(index.query(copy)[0]?.id).toBe(`a${i}`);
      expect(index.bruteForce(copy)[0]?.id).toBe(`a${i}`);
    }
  });

  it('returns nothing for an unrelated article', () => {
    expect(index.query(fingerprintArticle(gen.article()))).toEqual([]);
  });

  it('keeps shared keys right when one of their articles is removed', () => {
    const idx = new CandidateIndex();
    const fp = fingerprintArticle(gen.article());
    idx.add('x', fp);
    idx.add('y', fp);
    idx.remove('x');
    expect(idx.query(fp).map((c) => c.id)).toEqual(['y']);
    idx.remove('y');
    expect(idx.query(fp)).toEqual([]);
    idx.add('z', fp);
    expect(idx.query(fp).map((c) => c.id)).toEqual(['z']);
  });

  it('forgets removed articles', () => {
    const copy = fingerprintArticle(gen.copyOf(articles[3], 'copy.test'));
    index.remove('a3');
    expect(index.query(copy).some((c) => c.id === 'a3')).toBe(false);
    expect(index.size).toBe(499);
  });
});
