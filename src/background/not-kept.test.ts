// Issue 14: a page that is compared but not stored (its site's share of the library used up,
// or larger than the whole cap, or remembering turned off) says why, so the popup can tell
// the reader in plain words instead of "remembering is turned off".
import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { article, fakeCompare, fakeLibrary } from './testing';

const page = article('https://flood.example/story');
const original = article('https://wire.example/story');

describe('analyseArticle: why a page was not kept', () => {
  it('past its site share: compared, not stored, and says "site-share"', async () => {
    const library = { ...fakeLibrary(), admitVisit: async () => false };
    const state = await analyseArticle(page, { library, compare: fakeCompare({}), remember: true });
    expect(state).toMatchObject({ state: 'no-known-version', article: { kept: false, notKept: 'site-share' } });
    expect(library.items.size).toBe(0);
  });

  it('over the whole cap: says "over-cap", also beside a report', async () => {
    const base = fakeLibrary();
    await base.putArticle(original, 'visited');
    const overCap = Object.assign(new Error('over the cap'), { name: 'OverCapError' });
    const library = {
      ...base,
      putArticle: async () => {
        throw overCap;
      },
    };
    const state = await analyseArticle(page, { library, compare: fakeCompare({ [page.url]: { [original.url]: 0.9 } }), remember: true });
    expect(state).toMatchObject({ state: 'report', notKept: 'over-cap' });
  });

  it('remembering off: says "setting"; stored: says nothing', async () => {
    expect(await analyseArticle(page, { library: fakeLibrary(), compare: fakeCompare({}), remember: false })).toMatchObject({
      article: { kept: false, notKept: 'setting' },
    });
    const kept = await analyseArticle(page, { library: fakeLibrary(), compare: fakeCompare({}), remember: true });
    expect(kept).toMatchObject({ article: { kept: true } });
    expect(kept.state === 'no-known-version' && kept.article.notKept).toBeFalsy();
  });
});
