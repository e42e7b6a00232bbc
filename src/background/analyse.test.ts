import { describe, expect, it } from 'vitest';
import { analyseArticle } from './analyse';
import { article, fakeCompare, fakeLibrary } from './testing';

const orig = article('https://a-wire.example/story');
const copy = article('https://b-blog.example/story');
const other = article('https://c-paper.example/story');
const unrelatedPage = article('https://d-site.example/else');

describe('analyseArticle', () => {
  it('says no known version when the library holds nothing related', async () => {
    const library = fakeLibrary();
    await library.putArticle(unrelatedPage, 'visited');
    const state = await analyseArticle(orig, { library, compare: fakeCompare({}), remember: true });
    expect(state).toMatchObject({ state: 'no-known-version', article: { title: orig.title, url: orig.url, kept: true } });
    // The popup names what was kept (issue 11): the library id is the stored version's.
    if (state.state === 'no-known-version') expect(library.items.has(state.article.id!)).toBe(true);
    expect([...library.items.values()].map((v) => v.article.url)).toContain(orig.url);
  });

  it('reports the best match, with library ids and the other related versions', async () => {
    const library = fakeLibrary();
    const o = await library.putArticle(orig, 'visited');
    await library.putArticle(other, 'visited');
    const compare = fakeCompare({ [copy.url]: { [orig.url]: 0.92, [other.url]: 0.4 } });
    const state = await analyseArticle(copy, { library, compare, remember: true });
    if (state.state !== 'report') throw new Error(state.state);
    expect(state.report.reusedShare).toBe(0.92);
    expect(state.report.pageRole).toBe('copy');
    expect(state.report.source).toMatchObject({ url: orig.url, id: o.id });
    expect(state.report.copy.id).toBeDefined();
    expect(state.report.otherVersions.map((v) => v.url)).toEqual([other.url]);
  });

  it('does not store the page when remembering is off, but still compares', async () => {
    const library = fakeLibrary();
    await library.putArticle(orig, 'visited');
    const state = await analyseArticle(copy, { library, compare: fakeCompare({ [copy.url]: { [orig.url]: 0.9 } }), remember: false });
    expect(state.state).toBe('report');
    expect([...library.items.values()].map((v) => v.article.url)).toEqual([orig.url]);
  });

  it('never compares a page with another page of its own site', async () => {
    const library = fakeLibrary();
    await library.putArticle(article('https://b-blog.example/other-story'), 'visited');
    const state = await analyseArticle(copy, {
      library,
      compare: () => {
        throw new Error('compared with own site');
      },
      remember: true,
    });
    expect(state.state).toBe('no-known-version');
  });

  it('looks further (discovery) only when nothing matched, then looks again; marks the match used', async () => {
    const library = fakeLibrary();
    const used: string[] = [];
    const withUse = {
      ...library,
      putArticle: library.putArticle.bind(library),
      findCandidates: library.findCandidates.bind(library),
      markUsed: async (id: string) => void used.push(id),
    };
    const compare = fakeCompare({ [copy.url]: { [orig.url]: 0.9 } });
    let asked = 0;
    const discover = async () => {
      asked++;
      await library.putArticle(orig, 'visited');
      return true;
    };
    const state = await analyseArticle(copy, { library: withUse, compare, remember: true, discover });
    expect(asked).toBe(1);
    if (state.state !== 'report') throw new Error(state.state);
    expect(used).toEqual([state.report.source.id]);
    // Something matched already: discovery is not asked.
    await analyseArticle(copy, { library: withUse, compare, remember: true, discover });
    expect(asked).toBe(1);
  });
});
