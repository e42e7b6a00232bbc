import { describe, expect, it } from 'vitest';
import { fingerprintArticle } from './fingerprint';
import { fragmentOf, JournalTable, mergePartition, PARTITIONS, partitionOf, postingKey, postingKeys, seqsIn } from './postings';
import { ArticleGenerator } from './synthetic';

describe('postings layout', () => {
  it('folds band keys to 32 bits, spread over every partition', () => {
    const gen = new ArticleGenerator(11);
    const seen = new Set<number>();
    for (let i = 0; i < 200; i++) for (const k of postingKeys(fingerprintArticle(gen.article()).bands)) seen.add(partitionOf(k));
    // ~20,000 keys over 8,192 partitions: nearly all get some.
    expect(seen.size).toBeGreaterThan(PARTITIONS * 0.8);
    // The same hash under another band number is another key.
    expect(postingKey(5 * 0x100000000 + 77)).not.toBe(postingKey(6 * 0x100000000 + 77));
    expect(postingKey(5 * 0x100000000 + 77)).toBe(postingKey(5 * 0x100000000 + 77));
  });

  it('merges a partition: dead numbers dropped, a repeated merge adds nothing', () => {
    const key = postingKey(123456);
    const once = mergePartition([], [fragmentOf(key), fragmentOf(key), 7], [3, 4, 5], new Set([4]));
    expect(Array.from(once.s).sort()).toEqual([3, 5]);
    // The same journal merged again (a compaction cut short and redone) and a removal.
    const twice = mergePartition([once], [fragmentOf(key), 7], [3, 5], new Set([5]));
    const found = new Set<number>();
    seqsIn(twice, key, found, 1000);
    expect([...found]).toEqual([3]);
    expect(twice.s.length).toBe(1);
  });

  it('keeps every article under a key in the journal table, also past its first size', () => {
    const table = new JournalTable(4);
    for (let seq = 1; seq <= 3000; seq++) table.add(seq, [seq % 7, 1_000_000 + seq]);
    expect(table.articles).toBe(3000);
    const under3 = new Set<number>();
    table.find(3, under3, 10_000);
    // 3, 10, … 2998.
    expect(under3.size).toBe(429);
    expect([...under3].every((seq) => seq % 7 === 3)).toBe(true);
    const one = new Set<number>();
    table.find(1_002_999, one, 10);
    expect([...one]).toEqual([2999]);
    // At most `max` numbers per key (a boilerplate key shared by thousands).
    const capped = new Set<number>();
    table.find(3, capped, 50);
    expect(capped.size).toBe(50);
  });
});
