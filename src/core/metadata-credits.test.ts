// Issue 10: credit in the page's metadata (JSON-LD author/publisher/sourceOrganization/
// isBasedOn, <meta name="author">) is evidence of credit, never authority; a credit naming the
// page's own outlet ("With files from CBC News" on CBC) is not a credit to another source.
// Claims are shaped as extract/credit-claims.ts reads them from real pages; stories invented.
import { describe, expect, it } from 'vitest';
import { articleFromText } from './article';
import { compare } from './compare';
import { metadataCredits } from './credits';
import { prepare } from './prepare';
import { decideSource, namesOutlet } from './source';
import type { Article, CreditClaim } from './types';
import { englishText } from './english';

const body =
  'The harbour council voted on Tuesday to delay the new bridge by a year, after engineers said the ferry it replaces could run safely until the spring of next year.\n' +
  'Councillors who opposed the delay said the cost of the bridge would rise with every month of waiting, and that the ferry was already over capacity at rush hour.';
const text = (extra = '') => `Harbour bridge vote delayed\n${extra ? `${extra}\n` : ''}${body}`;
const page = (host: string, siteName: string, claims?: CreditClaim[], extra = ''): Article =>
  articleFromText(text(extra), { url: `https://${host}/story`, siteName, ...(claims ? { creditClaims: claims } : {}) });
const creditsOf = (a: Article) => metadataCredits(a.creditClaims, (c) => namesOutlet(c, a));

describe('metadata credit forms', () => {
  it('sourceOrganization names the source, with its field as evidence', () => {
    const a = page('dailypaper.test', 'Daily Paper', [{ field: 'sourceOrganization', name: 'Associated Press', type: 'Organization' }]);
    expect(creditsOf(a)).toEqual([{ name: 'Associated Press', evidence: 'JSON-LD sourceOrganization: Associated Press', kind: 'metadata' }]);
  });
  it('an organisation as author ("Reuters"), and a person whose affiliation is an agency', () => {
    const a = page('dailypaper.test', 'Daily Paper', [
      { field: 'author', name: 'Reuters', type: 'Organization' },
      { field: 'author', name: 'Jill Colvin', type: 'Person', affiliation: 'The Associated Press' },
    ]);
    expect(creditsOf(a).map((c) => [c.name, c.evidence])).toEqual([
      ['Reuters', 'JSON-LD author: Reuters (Organization)'],
      ['Associated Press', 'JSON-LD author: Jill Colvin (The Associated Press)'],
    ]);
  });
  it('isBasedOn: an address names its site, a work names its publisher', () => {
    const a = page('dailypaper.test', 'Daily Paper', [
      { field: 'isBasedOn', url: 'https://www.cbc.ca/news/canada/harbour-bridge-1.7000001' },
      { field: 'isBasedOn', name: 'The Washington Post', type: 'NewsArticle' },
    ]);
    expect(creditsOf(a).map((c) => [c.name, c.evidence])).toEqual([
      ['cbc.ca', 'JSON-LD isBasedOn: https://www.cbc.ca/news/canada/harbour-bridge-1.7000001'],
      ['The Washington Post', 'JSON-LD isBasedOn: The Washington Post'],
    ]);
  });
  it('<meta name="author"> and article:author naming an agency or "Names, Outlet"', () => {
    const a = page('dailypaper.test', 'Daily Paper', [
      { field: 'meta-author', name: 'By Ellen Knickmeyer, Associated Press' },
      { field: 'article-author', name: 'Anton Troianovski and Philip Rucker, The Washington Post' },
    ]);
    expect(creditsOf(a).map((c) => [c.name, c.evidence])).toEqual([
      ['Associated Press', '<meta name="author">: By Ellen Knickmeyer, Associated Press'],
      ['The Washington Post', 'article:author: Anton Troianovski and Philip Rucker, The Washington Post'],
    ]);
  });
});

describe('metadata that credits nobody', () => {
  it("the page's own publisher, or its own organisation as author, credits nobody", () => {
    const cbc = page('cbc.ca', 'CBC News', [
      { field: 'publisher', name: 'CBC News', type: 'NewsMediaOrganization' },
      { field: 'author', name: 'CBC', type: 'Organization' },
      { field: 'sourceOrganization', url: 'https://www.cbc.ca/#publisher' },
    ]);
    expect(creditsOf(cbc)).toEqual([]);
  });
  it("a publisher other than the site's name is its owner (a real magazine page names its publishing company), unless it is a wire service", () => {
    const owned = page('baumeister.test', 'Baumeister', [{ field: 'publisher', name: 'Georg GmbH & Co. KG', type: 'Organization' }]);
    expect(creditsOf(owned)).toEqual([]);
    const portal = page('portal.test', 'Portal News', [{ field: 'publisher', name: 'Reuters', type: 'Organization' }]);
    expect(creditsOf(portal).map((c) => c.evidence)).toEqual(['JSON-LD publisher: Reuters']);
  });
  it('a person without an outlet, a desk posing as an organisation', () => {
    const a = page('dailypaper.test', 'Daily Paper', [
      { field: 'author', name: 'Jane Doe', type: 'Person' },
      { field: 'author', name: 'Staff Writers', type: 'Organization' },
      { field: 'meta-author', name: 'Jane Doe' },
    ]);
    expect(creditsOf(a)).toEqual([]);
  });
});

describe('metadata credits in the report', () => {
  const source = page('apnews.test', 'Associated Press', undefined, 'NORTH HARBOUR (AP) —');
  it('a copy whose only credit is its JSON-LD sourceOrganization is a credited copy, and the report shows the field', () => {
    const copy = page('dailypaper.test', 'Daily Paper', [{ field: 'sourceOrganization', name: 'The Associated Press', type: 'Organization' }]);
    const bare = page('dailypaper.test', 'Daily Paper');
    expect(compare(bare, source).verdict).toBe('uncredited-copy');
    const r = compare(copy, source);
    expect(r.verdict).toBe('credited-copy');
    expect(r.source.outlet).toBe('Associated Press');
    expect(r.copy.credits).toContainEqual({ name: 'Associated Press', evidence: 'JSON-LD sourceOrganization: The Associated Press', kind: 'metadata' });
    // Nor is it flagged as a page with "no byline or credit", as the bare one is.
    expect(compare(bare, source).signals.map((s) => s.name)).toContain('no-byline-or-credit');
    expect(r.signals.map((s) => s.name)).not.toContain('no-byline-or-credit');
  });
  it('a line in the text is preferred to the same credit in metadata', () => {
    const copy = prepare(
      page('dailypaper.test', 'Daily Paper', [{ field: 'sourceOrganization', name: 'Associated Press' }], 'By Jill Colvin, Associated Press'),
    );
    expect(copy.credits.filter((c) => c.name === 'Associated Press').map((c) => c.kind)).toEqual(['byline']);
  });
  it('isBasedOn CBC does not make CBC the source when the texts say otherwise: it is the page crediting CBC', () => {
    // A wire page claiming in its metadata to be based on CBC's; CBC's text credits the wire.
    const wire = page('cpwire.test', 'The Canadian Press', [{ field: 'isBasedOn', url: 'https://cbc.test/news/harbour-bridge' }]);
    const cbc = articleFromText(`${text()}\nWith files from The Canadian Press`, { url: 'https://cbc.test/news/harbour-bridge', siteName: 'CBC News' });
    for (const [a, b] of [
      [wire, cbc],
      [cbc, wire],
    ]) {
      const r = compare(a, b);
      expect(r.source.outlet).toBe('The Canadian Press');
      expect(r.copy.outlet).toBe('CBC News');
      expect(r.verdict).toBe('credited-copy');
      // The wire's claim is still shown as its credit to CBC.
      expect(r.source.credits).toContainEqual({ name: 'cbc.test', evidence: 'JSON-LD isBasedOn: https://cbc.test/news/harbour-bridge', kind: 'metadata' });
    }
    // Alone (no text credit either way), the claim counts for CBC as a credit would, weighed less.
    const plainCbc = page('cbc.test', 'CBC News');
    const d = decideSource(prepare(plainCbc), prepare(wire));
    expect(d.aIsSource).toBe(true);
    expect(d.evidence.map(englishText).join(' ')).toMatch(/in its metadata/);
  });
});

describe('a credit naming the page\'s own outlet (issue 10: "CBC News credits CBC News")', () => {
  it('"With files from CBC News" on CBC\'s page is its own sourcing, not a credit to another source', () => {
    const cbc = articleFromText(`${text()}\nWith files from CBC News`, { url: 'https://cbc.test/news/harbour', siteName: 'CBC News' });
    const copy = page('bulletin.test', 'Big Town Bulletin');
    const r = compare(copy, cbc);
    expect(r.source.outlet).toBe('CBC News');
    expect(r.source.credit).toBeUndefined();
    expect(r.source.credits).toEqual([{ name: 'CBC News', evidence: 'With files from CBC News', kind: 'origin', own: true }]);
    // Another credit on the same page is the one shown.
    const withCp = articleFromText(`${text()}\nWith files from CBC News\nThe Canadian Press contributed to this report.`, {
      url: 'https://cbc.test/news/harbour',
      siteName: 'CBC News',
    });
    expect(compare(copy, withCp).source.credit).toBe('The Canadian Press');
  });
});
