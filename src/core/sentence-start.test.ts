// Issue 14, item 1 (speed): sentenceStart reads backwards from the quote to the last sentence
// break instead of matching a break pattern over the REACH characters before every quote. Its
// answers must not change: checked here against the pattern it replaced, on random text made of
// the characters that decide a break (marks, closing quotes, spaces, titles, astral letters).
import { describe, expect, it } from 'vitest';
import { rng as seeded } from './index/synthetic';
import { REACH, sentenceStart } from './speakers';

const ABBREVIATION =
  /(?:^|[^\p{L}])(?:Lt|Gov|Sen|Sens|Rep|Reps|Dr|Mr|Mrs|Ms|Gen|Col|Sgt|Capt|Maj|Adm|Cmdr|Rev|Prof|Atty|Amb|Supt|Sec|St|Jr|Sr|No|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)$/u;

/** The matchAll version this replaced, kept as the reference. */
function byPattern(text: string, from: number, pos: number): number {
  let lo = Math.max(from, pos - REACH);
  if (lo > from) {
    const sp = text.slice(lo, pos).search(/\s/);
    lo = sp < 0 ? pos : lo + sp + 1;
  }
  const chunk = text.slice(lo, pos + 1);
  let start = 0;
  for (const m of chunk.matchAll(/[\p{Ll}\d)][.!?]["”’]?\s+(?=["“\p{Lu}])/gu)) {
    const at = m.index ?? 0;
    if (chunk[at + 1] === '.' && ABBREVIATION.test(chunk.slice(Math.max(0, at - 5), at + 1))) continue;
    start = at + m[0].length;
  }
  return Math.min(pos, lo + start);
}

// Pieces, not characters: "Gov." and "𝑥." have to turn up often enough to matter.
const PIECES = [
  'a',
  'b',
  'Z',
  'É',
  '7',
  ')',
  '.',
  '!',
  '?',
  '"',
  '“',
  '”',
  '’',
  ' ',
  '  ',
  '\n',
  '\u00a0',
  'Gov',
  'Sen',
  'Mr',
  'St',
  'x',
  '𝑥',
  '𝐀',
  'word ',
  'Smith',
  ',',
];

function randomText(next: () => number, pieces: number): string {
  let s = '';
  for (let i = 0; i < pieces; i++) s += PIECES[Math.floor(next() * PIECES.length)];
  return s;
}

describe('sentenceStart reads backwards with the same answers (issue 14 item 1)', () => {
  it('agrees with the break pattern on 3,000 random texts at every position', () => {
    const next = seeded(14);
    let checked = 0;
    const differ: { text: string; from: number; pos: number }[] = [];
    for (let n = 0; n < 3_000; n++) {
      const text = randomText(next, 5 + Math.floor(next() * 60));
      const from = Math.floor(next() * Math.min(10, text.length));
      for (let pos = from; pos < text.length; pos++, checked++)
        if (sentenceStart(text, from, pos) !== byPattern(text, from, pos)) differ.push({ text, from, pos });
    }
    expect(differ.slice(0, 3)).toEqual([]);
    expect(checked).toBeGreaterThan(50_000);
  });

  it('agrees past the REACH window, where the window is cut mid-word', () => {
    const next = seeded(41);
    for (let n = 0; n < 200; n++) {
      const text = randomText(next, 300 + Math.floor(next() * 200));
      const differ = [];
      for (let pos = REACH; pos < text.length; pos += 7) if (sentenceStart(text, 0, pos) !== byPattern(text, 0, pos)) differ.push({ text, pos });
      expect(differ.slice(0, 3)).toEqual([]);
    }
  });

  it('reads real sentences as before', () => {
    const text = 'Texas Lt. Gov. Dan Patrick says it works. The mayor said: "It is done." Then St. John left. “No,” he said.';
    for (let pos = 0; pos < text.length; pos++) expect(sentenceStart(text, 0, pos)).toBe(byPattern(text, 0, pos));
    expect(text.slice(sentenceStart(text, 0, text.indexOf('"It')))).toMatch(/^The mayor said/);
    expect(text.slice(sentenceStart(text, 0, text.indexOf('Dan')))).toMatch(/^Texas Lt\./);
  });
});
