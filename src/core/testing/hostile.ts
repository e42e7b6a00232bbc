// Pathological inputs a hostile page can hand the engine (issue 14), as plain strings and
// articles of a chosen size, for the unit tests that prove each pattern linear and for
// `npm run bench -- --only=hostile`. Invented text only.
import type { Article, Block } from '../types';

const article = (url: string, blocks: Block[], title = 'Council approves the harbour bridge budget'): Article => ({ url, title, blocks, signals: [] });

/** `unit` repeated to about `chars` characters. */
export const fill = (unit: string, chars: number) => unit.repeat(Math.max(1, Math.ceil(chars / unit.length)));

const LEAD = 'The city council approved the harbour bridge budget on Monday after a long debate about its cost.';

/** Item 1: one paragraph of `"wordN here," said Smith.` (each quote re-read the paragraph). */
export function quoteStall(chars: number): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const s = `"word${i} here," said Smith. `;
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

/**
 * Item 1 as a page that means to be compared: the same quote repeated. `"wordN here,"` makes
 * thousands of distinct shingles, so past ~10,000 characters the library no longer offers the
 * page as a candidate for its story; one repeated quote adds a handful, and the page stays a
 * candidate at any size while attribution still reads MAX_QUOTES quotes.
 */
export const quoteRepeat = (chars: number) => fill('"word here," said Smith. ', chars);

/** Item 2: a run of one character (48k "“", '"', ')' or ']' blew up regexes). */
export const run = (ch: string, chars: number) => ch.repeat(chars);

/** Item 2: one long token and the same token with its middle character changed. */
export function longTokenPair(chars: number): [string, string] {
  const a = `A${'a'.repeat(chars - 1)}`; // capitalised, as a name: classify compares such tokens by edit distance
  const mid = chars >> 1;
  return [a, `${a.slice(0, mid)}b${a.slice(mid + 1)}`];
}

/** Item 2: a sentence of `words` words with no sentence end, and its copy with one word changed. */
export function longSentencePair(chars: number): [string, string] {
  const words: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const w = `w${i % 9973}`;
    words.push(w);
    n += w.length + 1;
  }
  const a = words.join(' ');
  words[words.length >> 1] = 'changed';
  return [a, words.join(' ')];
}

/** Item 2: a "sentence" of ≤ 10 letter words made long by times, broken across lines (STAMP). */
export const stampLines = (chars: number) => `${fill('1:11 ', chars)}\nnoted\nhere`;

/** Items 2 and 11: `depth` nested <div>s around a real paragraph. */
export function nestedDivs(depth: number): string {
  return `<!doctype html><html><head><title>Bridge</title></head><body>${'<div>'.repeat(depth)}<h1>Council approves the harbour bridge budget</h1><p>${LEAD} ${LEAD}</p><p>${LEAD}</p>${'</div>'.repeat(depth)}</body></html>`;
}

/** Item 8: a page whose <noscript> holds `elements` elements of markup (text to a live DOM, elements once parsed). */
export function noscriptPage(elements: number): string {
  return `<!doctype html><html><head><title>Bridge</title></head><body><article><h1>Council approves the harbour bridge budget</h1><p>${LEAD} ${LEAD}</p><p>${LEAD}</p></article><noscript>${'<i>x</i>'.repeat(elements)}</noscript></body></html>`;
}

/** A paragraph of ordinary prose, different for each `i`. */
export function paragraph(i: number): string {
  return `Paragraph ${i} of the report says the council spent ${i * 7 + 3} days on the budget. Members from ward ${i % 41} asked about costs. The mayor said the work would continue.`;
}

/**
 * Item 7: a long story and its copy that changes one claim in the last paragraph
 * ("will not raise taxes" → "will raise taxes") past `paragraphs` paragraphs of padding.
 */
export function paddedPair(paragraphs: number): { known: Article; copy: Article } {
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs; i++) blocks.push({ text: paragraph(i) });
  const last = 'The mayor said the council will not raise taxes to pay for the bridge.';
  return {
    known: { ...article('https://wire.test/padded', [...blocks, { text: last }]), published: '2026-03-02T09:00:00Z' },
    copy: { ...article('https://copy.test/padded', [...blocks, { text: last.replace('will not raise', 'will raise') }]), published: '2026-03-03T09:00:00Z' },
  };
}

/** A pair whose copy holds `text` as an extra paragraph after a shared story of a few paragraphs. */
export function pairWith(text: string, knownText = text): { known: Article; copy: Article } {
  const story = [0, 1, 2, 3].map((i) => ({ text: paragraph(i) }));
  return {
    known: { ...article('https://wire.test/story', [...story, { text: knownText }]), published: '2026-03-02T09:00:00Z' },
    copy: { ...article('https://copy.test/story', [...story, { text }]), published: '2026-03-03T09:00:00Z' },
  };
}

/** Item 2 (buildRows): a copy of one paragraph against a known version of `lines` one-line paragraphs. */
export function manyLinesPair(lines: number): { known: Article; copy: Article } {
  const blocks: Block[] = [];
  for (let i = 0; i < lines; i++) blocks.push({ text: paragraph(i) });
  return {
    known: { ...article('https://wire.test/lines', blocks), published: '2026-03-02T09:00:00Z' },
    copy: { ...article('https://copy.test/lines', [blocks[0]]), published: '2026-03-03T09:00:00Z' },
  };
}
