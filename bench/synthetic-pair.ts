// A reproducible pair of article versions of any length, for timing compare() at sizes no
// saved page has (10,000 words; 16× a base size). The "copy" is edited the way real copies
// are: most text verbatim, some sentences reworded, US/UK spelling swaps, a quote altered,
// a paragraph dropped, a paragraph moved, engagement boilerplate added. Text is word salad
// over a fixed vocabulary, generated from a seed, so nobody's article is copied.
import type { Article, Block } from '../src/core/types.ts';
import { rng } from './non-article-pages.ts';

const VOCAB = (
  'the a of to in and for on with by at from that said officials talks minister government ' +
  'president war ceasefire peace security guarantees troops border sanctions economy energy ' +
  'prices inflation market bank rates election vote parliament party leader opposition court ' +
  'ruling judge police investigation report agency city council budget hospital health school ' +
  'students teachers workers union strike company shares profit losses climate storm flooding ' +
  'rescue emergency residents families children water power roads bridge transit airport ' +
  'flights tourism festival museum season team coach players final record week month year ' +
  'Monday Tuesday Wednesday Thursday Friday morning evening today after before during while ' +
  'new old major minor senior junior first second third last next early late local national ' +
  'foreign regional northern southern eastern western plan deal agreement proposal meeting ' +
  'summit visit statement warning decision response pressure support concern fears hopes ' +
  'Paris Berlin London Ottawa Kyiv Moscow Washington Brussels Madrid Rome Tokyo Delhi ' +
  'Smith Garcia Nguyen Okafor Kowalski Haddad Tanaka Silva Moreau Jensen'
).split(' ');
const SPELLING: [string, string][] = [
  ['defence', 'defense'],
  ['labour', 'labor'],
  ['centre', 'center'],
  ['organise', 'organize'],
  ['programme', 'program'],
];
const SPEAKERS = ['Smith', 'Garcia', 'Nguyen', 'Okafor', 'Haddad', 'Tanaka'];

function sentence(r: () => number, words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(VOCAB[Math.floor(r() * VOCAB.length)]);
  // A UK spelling now and then, so the copy has variants to swap.
  if (r() < 0.15) out[Math.floor(r() * out.length)] = SPELLING[Math.floor(r() * SPELLING.length)][0];
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

function paragraph(r: () => number, target: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < target) {
    const len = 12 + Math.floor(r() * 14);
    if (r() < 0.2) {
      parts.push(`"${sentence(r, len).slice(0, -1)}," ${SPEAKERS[Math.floor(r() * SPEAKERS.length)]} said.`);
    } else parts.push(sentence(r, len));
    n += len;
  }
  return parts.join(' ');
}

const countWords = (s: string) => s.split(/\s+/).filter(Boolean).length;

/** Known version of about `words` words and its edited copy. Same seed → same pair. */
export function syntheticPair(words: number, seed = 10_000): { known: Article; copy: Article } {
  const r = rng(seed + words);
  const knownBlocks: Block[] = [];
  let total = 0;
  while (total < words) {
    const text = paragraph(r, 40 + Math.floor(r() * 50));
    knownBlocks.push({ text });
    total += countWords(text);
  }
  const copyBlocks: Block[] = [];
  knownBlocks.forEach((b, i) => {
    if (i % 17 === 9) return; // a dropped paragraph
    let text = b.text;
    if (r() < 0.6) for (const [uk, us] of SPELLING) text = text.replaceAll(uk, us);
    if (r() < 0.12) {
      // Reword: swap one word in one sentence.
      const ws = text.split(' ');
      ws[Math.floor(r() * ws.length)] = VOCAB[Math.floor(r() * VOCAB.length)];
      text = ws.join(' ');
    }
    if (i % 11 === 5) text = text.replace(/"([^"]*?) (\w+)(,?)"/, '"$1 $2 indeed$3"'); // an altered quote
    copyBlocks.push({ text });
  });
  // A moved paragraph, and the copy's boilerplate at the end.
  if (copyBlocks.length > 6) copyBlocks.splice(2, 0, ...copyBlocks.splice(copyBlocks.length - 3, 1));
  copyBlocks.push({ text: 'Please like, comment, and share this story with your friends.' });
  const title = sentence(r, 10).slice(0, -1);
  const known: Article = {
    url: `https://wire.test/story-${words}`,
    title,
    siteName: 'Wire Test',
    byline: 'Wire Test staff',
    published: '2025-04-17T10:00:00Z',
    blocks: knownBlocks,
    signals: [],
  };
  const copy: Article = {
    url: `https://copy.test/story-${words}`,
    title: title.replace(/^(\w+)/, 'Breaking: $1'),
    siteName: 'Copy Test',
    published: '2025-04-18T09:00:00Z',
    blocks: copyBlocks,
    signals: [],
  };
  return { known, copy };
}

export const articleWords = (a: Article) => a.blocks.reduce((n, b) => n + countWords(b.text), 0);
