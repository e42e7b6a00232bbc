import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from './article';
import { compare } from './compare';
import { englishAll, englishText } from './english';
import { prepare } from './prepare';
import { credits, decideSource, outletOf } from './source';
import { decideVerdict } from './verdict';

const body =
  'Ukraine agreed to a Trump proposal last month for a ceasefire which Russia rejected. The sides have agreed only to curbs on attacks against energy targets and at sea, which both accuse each other of violating.';

describe('source direction', () => {
  it('the earlier version is the source, whatever the argument order', () => {
    const early = prepare(articleFromText(`Headline\n${body}`, { url: 'https://a.test/x', published: '2025-04-17T10:00:00Z' }));
    const late = prepare(articleFromText(`Headline\n${body}`, { url: 'https://b.test/x', published: '2025-04-17T14:00:00Z' }));
    expect(decideSource(early, late).aIsSource).toBe(true);
    expect(decideSource(late, early).aIsSource).toBe(false);
  });
  it('the version the other credits is the source', () => {
    const cbc = prepare(articleFromText(`Headline\n${body}`, { url: 'https://cbc.test/x', siteName: 'CBC News' }));
    const blog = prepare(articleFromText(`Headline\n${body}\nWith files from CBC News`, { url: 'https://blog.test/x', siteName: 'Blog' }));
    expect(decideSource(blog, cbc).aIsSource).toBe(false);
    expect(decideSource(cbc, blog).evidence.map(englishText).join(' ')).toMatch(/Blog credits CBC News/);
  });
  it('a page with copy-site signals and no credit is the copy', () => {
    const cbc = prepare(articleFromText(`Headline\n${body}\nWith files from CBC News`, { url: 'https://cbc.test/x', siteName: 'CBC News' }));
    const blog = prepare(
      articleFromText(`Headline\nPARIS -${body}\nPlease like, comment, and share this article if you found it helpful and informative.`, {
        url: 'https://blog.test/x',
      }),
    );
    expect(decideSource(blog, cbc).aIsSource).toBe(false);
    expect(decideSource(cbc, blog).aIsSource).toBe(true);
  });
  it('names outlets by site name or host', () => {
    expect(outletOf({ url: 'https://www.cbc.ca/news/x', title: '', blocks: [], signals: [] })).toBe('cbc.ca');
    expect(outletOf({ url: '', siteName: 'CBC News', title: '', blocks: [], signals: [] })).toBe('CBC News');
  });
});

describe('verdict', () => {
  const src = prepare(articleFromText(`Headline one here\n${body}`, { url: 'https://cbc.test/x', siteName: 'CBC News' }));
  it('credited copy when the copy names the source or an agency', () => {
    const copy = prepare(articleFromText(`Headline one here\n${body}\nWith files from CBC News`, { url: 'https://b.test/x' }));
    expect(decideVerdict({ same: true, copyShare: 0.9, copy, source: src }).verdict).toBe('credited-copy');
  });
  it('uncredited copy otherwise; own text when little is reused; unrelated when not the same text', () => {
    const copy = prepare(articleFromText(`Other words entirely\n${body}`, { url: 'https://b.test/x' }));
    expect(decideVerdict({ same: true, copyShare: 0.9, copy, source: src }).verdict).toBe('uncredited-copy');
    expect(decideVerdict({ same: true, copyShare: 0.4, copy, source: src }).verdict).toBe('same-story-own-text');
    expect(decideVerdict({ same: false, copyShare: 0.05, copy, source: src }).verdict).toBe('unrelated');
  });
});

// Issue 14 item 4: what a page says about itself is evidence with limits.
describe('claims a page makes about itself (issue 14, item 4)', () => {
  const seed = resolve(import.meta.dirname, '../../test-fixtures/seed-pair');
  const cbcText = readFileSync(`${seed}/cbc.txt`, 'utf8');
  const bulletinText = readFileSync(`${seed}/bulletin.txt`, 'utf8');
  const cbc = articleFromText(cbcText, { url: 'https://cbc.test/news/world/ukraine-talks', siteName: 'CBC News', published: '2025-04-17T14:00:00Z' });
  it('a copy stating it was published in 2001 does not turn the source into its copy', () => {
    const bulletin = articleFromText(bulletinText, {
      url: 'https://bigtownbulletin.test/ukraine-talks/',
      siteName: 'Big Town Bulletin News',
      published: '2001-01-01T00:00:00Z',
    });
    for (const r of [compare(bulletin, cbc, { now: '2025-04-18T00:00:00Z' }), compare(cbc, bulletin, { now: '2025-04-18T00:00:00Z' })]) {
      expect(r.source.outlet).toBe('CBC News');
      expect(r.verdict).toBe('uncredited-copy');
      expect(englishAll(r.reason)).toMatch(/not taken alone/);
    }
  });
  it('a stated date in the future is not evidence', () => {
    const bulletin = articleFromText(bulletinText, {
      url: 'https://bigtownbulletin.test/ukraine-talks/',
      siteName: 'Big Town Bulletin News',
      published: '2030-01-01T00:00:00Z',
    });
    const d = decideSource(prepare(bulletin), prepare(cbc), Date.parse('2025-04-18T00:00:00Z'));
    expect(d.evidence.map(englishText).join(' ')).not.toMatch(/published first/);
  });
  it('dates against credits: the conflict is said', () => {
    const early = prepare(
      articleFromText(`Headline\n${body}\nWith files from CBC News`, { url: 'https://blog.test/x', siteName: 'Blog', published: '2025-04-17T08:00:00Z' }),
    );
    const late = prepare(articleFromText(`Headline\n${body}`, { url: 'https://cbc.test/x', siteName: 'CBC News', published: '2025-04-17T14:00:00Z' }));
    const d = decideSource(early, late, Date.parse('2025-04-18T00:00:00Z'));
    expect(d.aIsSource).toBe(false);
    expect(d.conflict).toBe(true);
    expect(d.evidence.map(englishText).join(' ')).toMatch(/evidence conflicts/);
  });
  it('"(AP)" does not credit an outlet whose name holds the letters "ap"', () => {
    const japan = prepare(articleFromText(`Headline one here\n${body}`, { url: 'https://japantimes.test/x', siteName: 'Japan Times' }));
    const post = prepare(articleFromText(`Headline one here\nTOKYO (AP) — ${body}`, { url: 'https://washingtonpost.test/x', siteName: 'The Washington Post' }));
    expect(credits(post, japan.article)).toBe(false);
    expect(decideSource(post, japan).evidence.map(englishText).join(' ')).not.toMatch(/credits Japan Times/);
    const v = decideVerdict({ same: true, copyShare: 0.9, copy: post, source: japan });
    expect(englishAll(v.reason)).not.toMatch(/credits Japan Times/);
    expect(englishAll(v.reason)).toMatch(/credits Associated Press/);
  });
});

describe('verdict follows from the credits (issue 10)', () => {
  const ap = (site: string, credit: string) => prepare(articleFromText(`Headline one here\n${credit}\n${body}`, { url: `https://${site}/x`, siteName: site }));
  it("both crediting the same agency: said so, neither the other's copy", () => {
    const v = decideVerdict({
      same: true,
      copyShare: 1,
      copy: ap('chron.test', 'Jonathan Lemire and Jill Colvin, Associated Press'),
      source: prepare(articleFromText(`Headline one here\nHELSINKI (AP) — ${body}`, { url: 'https://yahoo.test/x', siteName: 'yahoo.test' })),
    });
    expect(v.verdict).toBe('credited-copy');
    expect(v.sharedOrigin).toBe('Associated Press');
    expect(englishAll(v.reason)).toMatch(/Both versions carry the Associated Press story/);
  });
  it('"Names, The Washington Post" credits the Post (sfgate.com, asprout-copy-014)', () => {
    const wapo = prepare(articleFromText(`Headline one here\nby Anton Troianovski and Philip Rucker\n${body}`, { url: 'https://www.washingtonpost.com/x' }));
    const sfgate = prepare(
      articleFromText(`Headline one here\nAnton Troianovski and Philip Rucker, The Washington Post\n${body}`, { url: 'https://www.sfgate.com/x' }),
    );
    expect(decideSource(sfgate, wapo).aIsSource).toBe(false);
    const v = decideVerdict({ same: true, copyShare: 1, copy: sfgate, source: wapo });
    expect(v.verdict).toBe('credited-copy');
    expect(v.evidence?.[0].evidence).toBe('Anton Troianovski and Philip Rucker, The Washington Post');
  });
  it('no credit found: says what was looked for, and that no byline was read', () => {
    const v = decideVerdict({
      same: true,
      copyShare: 1,
      copy: prepare(articleFromText(`Headline one here\nHELSINKI — ${body}`, { url: 'https://fox.test/x' })),
      source: ap('miami.test', 'The Associated Press'),
    });
    expect(v.verdict).toBe('uncredited-copy');
    expect(englishAll(v.reason)).toMatch(/no credit to miami.test or any agency in its byline, dateline, credit lines or metadata/);
    expect(englishAll(v.reason)).toMatch(/No byline was found/);
  });
});
