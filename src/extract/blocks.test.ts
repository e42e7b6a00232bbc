import { describe, expect, it } from 'vitest';
import { cleanBlocks, collectBlocks, isChromeLine } from './blocks';
import { parseHtml } from './node-dom';

const blocksOf = (html: string) => collectBlocks(parseHtml(`<html><body><div id="root">${html}</div></body></html>`).querySelector('#root')!);

describe('collectBlocks', () => {
  it('makes one block per paragraph, heading and list item, in reading order', () => {
    const b = blocksOf('<p>First  para.</p><h3>SECURITY GUARANTEES</h3><ul><li>One</li><li>Two</li></ul><p>Last<br>line.</p>');
    expect(b).toEqual([{ text: 'First para.' }, { text: 'SECURITY GUARANTEES', heading: true }, { text: 'One' }, { text: 'Two' }, { text: 'Last line.' }]);
  });

  it('keeps loose text between block children as its own block', () => {
    const b = blocksOf('<div>Intro text without a paragraph.<p>A paragraph.</p>Trailing text.</div>');
    expect(b.map((x) => x.text)).toEqual(['Intro text without a paragraph.', 'A paragraph.', 'Trailing text.']);
  });

  it('drops photo figures with captions, share bars and author boxes kept by Readability', () => {
    const b = blocksOf(`<p>Body one.</p>
      <figure><img src="a.jpg"><figcaption>Macron greets Rubio. (Reuters)</figcaption></figure>
      <div class="share-bar">Share on Facebook</div>
      <div class="author-box">Anja Schmoll-Trautmann schreibt über Sicherheit.</div>
      <p>Body two.</p>`);
    expect(b.map((x) => x.text)).toEqual(['Body one.', 'Body two.']);
  });

  it('keeps a credit line even inside an element named like chrome', () => {
    const b = blocksOf('<p>Body.</p><p class="credit">With files from CBC News</p>');
    expect(b.map((x) => x.text)).toEqual(['Body.', 'With files from CBC News']);
  });
});

describe('chrome lines', () => {
  it.each([
    'Das könnte Sie auch interessieren:',
    'Veja Também:',
    'Photograph by Jane Doe',
    'AFP / MARCO BERTORELLO',
    'Augusta National/Getty Images',
    '23.10.2018',
    '3:59 PM',
    'Share this:',
    'Kommentare schreiben',
    'MIRA: Madre se acerca a conocer los motivos de captura de su hijo y termina detenida',
  ])('drops "%s"', (line) => expect(isChromeLine(line)).toBe(true));

  it.each([
    'Credit Suisse shares fell 5% on Monday.',
    'Please like, comment, and share this article if you found it helpful and informative.',
    'For more news check out Big Town Bulletin News',
    'With files from CBC News',
    'Share prices rose sharply after the announcement, traders said.',
  ])('keeps "%s"', (line) => expect(isChromeLine(line)).toBe(false));

  it('drops a repeated headline near the top but not the same words later', () => {
    const blocks = [{ text: 'Bridge to reopen' }, { text: 'Body.' }, { text: 'More.' }, { text: 'Text.' }, { text: 'Bridge to reopen' }];
    expect(cleanBlocks(blocks, 'Bridge to reopen').map((b) => b.text)).toEqual(['Body.', 'More.', 'Text.', 'Bridge to reopen']);
  });
});
