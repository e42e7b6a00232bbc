import { describe, expect, it } from 'vitest';
import { articleFromText } from './article';
import { prepare } from './prepare';
import { decideSource, outletOf } from './source';
import { decideVerdict } from './verdict';

const body = 'Ukraine agreed to a Trump proposal last month for a ceasefire which Russia rejected. The sides have agreed only to curbs on attacks against energy targets and at sea, which both accuse each other of violating.';

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
    expect(decideSource(cbc, blog).evidence.join()).toMatch(/Blog credits CBC News/);
  });
  it('a page with copy-site signals and no credit is the copy', () => {
    const cbc = prepare(articleFromText(`Headline\n${body}\nWith files from CBC News`, { url: 'https://cbc.test/x', siteName: 'CBC News' }));
    const blog = prepare(articleFromText(`Headline\nPARIS -${body}\nPlease like, comment, and share this article if you found it helpful and informative.`, { url: 'https://blog.test/x' }));
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
    expect(decideVerdict({ same: true, sameReason: '', copyShare: 0.9, copy, source: src }).verdict).toBe('credited-copy');
  });
  it('uncredited copy otherwise; own text when little is reused; unrelated when not the same text', () => {
    const copy = prepare(articleFromText(`Other words entirely\n${body}`, { url: 'https://b.test/x' }));
    expect(decideVerdict({ same: true, sameReason: '', copyShare: 0.9, copy, source: src }).verdict).toBe('uncredited-copy');
    expect(decideVerdict({ same: true, sameReason: '', copyShare: 0.4, copy, source: src }).verdict).toBe('same-story-own-text');
    expect(decideVerdict({ same: false, sameReason: 'x', copyShare: 0.05, copy, source: src }).verdict).toBe('unrelated');
  });
});
