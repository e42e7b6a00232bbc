// Issue 10: a page compared with itself is the same page, not "Credited copy 100% … CBC News
// credits CBC News" nor an uncredited copy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from './compare';
import { englishAll } from './english';

const cbcText = readFileSync(resolve(import.meta.dirname, '../../test-fixtures/seed-pair/cbc.txt'), 'utf8');

describe('same page', () => {
  it('the same canonical address, whatever the text, is the same page', () => {
    const a = articleFromText(cbcText, {
      url: 'https://www.cbc.test/news/world/ukraine-talks?cmp=rss',
      canonicalUrl: 'https://cbc.test/news/world/ukraine-talks/',
      siteName: 'CBC News',
    });
    const b = articleFromText(`${cbcText}\nAn update added later in the day.`, {
      url: 'https://cbc.test/news/world/ukraine-talks#comments',
      siteName: 'CBC News',
    });
    const r = compare(a, b, { now: '2025-04-18T00:00:00Z' });
    expect(r.verdict).toBe('same-page');
    expect(englishAll(r.reason)).toMatch(/same address/);
    expect(r.differences).toEqual([]);
  });
  it('identical text from one outlet at two addresses is the same page', () => {
    const a = articleFromText(cbcText, { url: 'https://cbc.test/a', siteName: 'CBC News' });
    const b = articleFromText(cbcText, { url: 'https://cbc.test/amp/a', siteName: 'CBC News' });
    const r = compare(a, b, { now: '2025-04-18T00:00:00Z' });
    expect(r.verdict).toBe('same-page');
    expect(englishAll(r.reason)).not.toMatch(/credits/);
  });
  it('identical text from two outlets is a copy, not the same page', () => {
    const a = articleFromText(cbcText, { url: 'https://cbc.test/a', siteName: 'CBC News' });
    const b = articleFromText(cbcText, { url: 'https://other.test/a', siteName: 'Other Daily' });
    expect(compare(b, a, { now: '2025-04-18T00:00:00Z' }).verdict).not.toBe('same-page');
  });
});
