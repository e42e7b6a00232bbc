// A stated site name is evidence: believed where the page's own address bears it out.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText, compare } from './compare';
import { nameFitsHost } from './outlet-name';
import { outletOf } from './source';

describe('nameFitsHost', () => {
  it.each([
    ['CBC News', 'www.cbc.ca'],
    ['The Washington Post', 'www.washingtonpost.com'],
    ['Mozilla Hacks – the Web developer blog', 'hacks.mozilla.org'],
    ['Le Monde.fr', 'www.lemonde.fr'],
    ['Libération', 'www.liberation.fr'],
    ['Süddeutsche Zeitung', 'www.sueddeutsche.de'],
    ['The Times', 'www.thetimes.co.uk'],
    ['Associated Press', 'apnews.com'],
    ['The Associated Press', 'apnews.com'],
    ['American Civil Liberties Union', 'www.aclu.org'],
    ['Frankfurter Allgemeine Zeitung', 'www.faz.net'],
    ['Yahoo!ニュース', 'headlines.yahoo.co.jp'],
    ['BBC News', 'www.bbc.co.uk'],
  ])('%s on %s', (name, host) => {
    expect(nameFitsHost(name, host)).toBe(true);
  });

  it.each([
    ['CBC News', 'bigtownbulletin.test'],
    ['Reuters', 'news-today-daily.example'],
    ['The Associated Press', 'world-news.example'],
    ['News', 'newsdaily.example'],
    ['Daily Times', 'example.org'],
    ['', 'cbc.ca'],
  ])('not %s on %s', (name, host) => {
    expect(nameFitsHost(name, host)).toBe(false);
  });
});

const dir = resolve(import.meta.dirname, '../../test-fixtures/seed-pair');
const cbcText = readFileSync(`${dir}/cbc.txt`, 'utf8');
const cbc = articleFromText(cbcText, { url: 'https://cbc.test/news/world/ukraine-talks', siteName: 'CBC News' });

describe('a copy site that states the original outlet’s name', () => {
  // The whole text, unchanged, on another site that calls itself "CBC News" in its markup.
  const impostor = articleFromText(cbcText, { url: 'https://bigtownbulletin.test/2025/04/ukraine-talks/', siteName: 'CBC News' });

  it('is named by its address, not by the name it states', () => {
    expect(outletOf(impostor)).toBe('bigtownbulletin.test');
    expect(outletOf(cbc)).toBe('CBC News');
  });

  it('is not taken for the original page met twice, and is reported as a copy', () => {
    const r = compare(impostor, cbc, { now: '2025-04-18T00:00:00Z' });
    expect(r.verdict).not.toBe('same-page');
    expect(r.copy.outlet).toBe('bigtownbulletin.test');
    expect(r.source.outlet).toBe('CBC News');
  });

  it('a text given without a web address keeps the name it was given (the CLI names files)', () => {
    expect(outletOf(articleFromText(cbcText, { url: 'file:///tmp/cbc.txt', siteName: 'cbc.txt' }))).toBe('cbc.txt');
  });
});
