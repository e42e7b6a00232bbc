import { describe, expect, it } from 'vitest';
import { buildComparison } from './comparison';
import { article, fakeCompare, fakeLibrary } from './testing';

const wire = article('https://a-wire.example/story', 'Wire story');
const blog = article('https://b-blog.example/story', 'Blog copy');
const paper = article('https://c-paper.example/story', 'Paper version');
const other = article('https://d-other.example/unrelated', 'Something else');

async function setup() {
  const library = fakeLibrary();
  const [w, b, p, o] = await Promise.all([wire, blog, paper, other].map((a) => library.putArticle(a, 'visited')));
  // Related pairs; `other` is unrelated to everything.
  const compare = fakeCompare({
    [blog.url]: { [wire.url]: 0.9, [paper.url]: 0.7 },
    [wire.url]: { [blog.url]: 0.9 },
  });
  return { library, compare, ids: { w: w.id, b: b.id, p: p.id, o: o.id } };
}

describe('buildComparison', () => {
  it('orients the two versions as the report does, whichever id came first', async () => {
    const { library, compare, ids } = await setup();
    for (const [x, y] of [
      [ids.b, ids.w],
      [ids.w, ids.b],
    ]) {
      const c = await buildComparison(library, compare, x, y);
      expect(c.report.source.id).toBe(ids.w);
      expect(c.report.copy.id).toBe(ids.b);
      expect(c.known.url).toBe(wire.url);
      expect(c.copy.url).toBe(blog.url);
    }
  });

  it('lists the other related versions the library holds, with their ids, and not unrelated ones', async () => {
    const { library, compare, ids } = await setup();
    const c = await buildComparison(library, compare, ids.b, ids.w);
    expect(c.report.otherVersions.map((v) => v.id)).toEqual([ids.p]);
    expect(c.report.otherVersions[0]).toMatchObject({ outlet: 'c-paper.example', title: 'Paper version', url: paper.url });
  });

  it('says so when a version is gone', async () => {
    const { library, compare, ids } = await setup();
    await expect(buildComparison(library, compare, ids.b, 'missing')).rejects.toThrow(/no longer in the library/);
  });
});
