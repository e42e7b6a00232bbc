import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../extract/extract';
import { parseHtml } from '../extract/node-dom';
import { markupChunks, serializeInSlices } from './serialize';

const dir = resolve(import.meta.dirname, '../../test-fixtures/seed-pair');
const page = (name: string) => readFileSync(resolve(dir, name), 'utf8');

describe('serializeInSlices', () => {
  for (const name of ['bulletin.html', 'cbc.html']) {
    it(`${name}: entering every subtree gives the same markup, and the same article`, async () => {
      const doc = parseHtml(page(name));
      const whole = doc.documentElement.outerHTML;
      // wholeElements -1: every element with children is entered, the hardest case (and
      // linkedom counts getElementsByTagName('*') as 0, so 0 would enter nothing here).
      const sliced = await serializeInSlices(doc, -1);
      expect([...markupChunks(doc.documentElement, -1)].length, 'built by the walk, not one outerHTML').toBeGreaterThan(20);
      expect(sliced).toBe(whole);
      const url = 'https://example.test/story';
      expect(extractArticle(parseHtml(sliced), url)).toEqual(extractArticle(parseHtml(whole), url));
    });
  }

  it('escapes text and attribute values it writes itself', () => {
    const doc = parseHtml('<html><body><div><p>x</p>1 &lt; 2 &amp; 3<!--note--><p>y</p></div></body></html>');
    // Set, not parsed: linkedom keeps entities undecoded in parsed attribute values.
    doc.querySelector('div')!.setAttribute('title', 'a "b" & c');
    const html = [...markupChunks(doc.documentElement, -1)].join('');
    expect(html).toContain('<div title="a &quot;b&quot; &amp; c">');
    expect(html).toContain('1 &lt; 2 &amp; 3');
    expect(html).toContain('<!--note-->');
    expect(parseHtml(html).querySelector('div')?.textContent).toBe('x1 < 2 & 3y');
  });
});
