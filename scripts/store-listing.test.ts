import { describe, expect, it } from 'vitest';
import { listings, listingText, SHORT_MAX } from './store-listing';

describe('store listing text from _locales', () => {
  it('every shipped locale has a name, a short description within the store limit and a long one', () => {
    const all = listings();
    expect(all.map((l) => l.locale)).toContain('en');
    for (const l of all) {
      expect(l.name, l.locale).toBe('Wiretrace');
      expect(l.short.length, `${l.locale} short description`).toBeLessThanOrEqual(SHORT_MAX);
      expect(l.long.length, `${l.locale} long description`).toBeGreaterThan(l.short.length);
    }
  });

  it('the listing names its parts and carries the texts as written', () => {
    const text = listingText({ locale: 'xx', name: 'N', short: 'short one', long: 'long\ntext' });
    expect(text).toContain('Short description (9/132 characters):\nshort one');
    expect(text).toContain('Long description:\nlong\ntext');
  });
});
