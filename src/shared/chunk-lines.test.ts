import { describe, expect, it } from 'vitest';
import { chunkLines } from './chunk-lines';

describe('chunkLines', () => {
  it('cuts only at line ends, keeps every character, and numbers each piece’s first line', () => {
    const text = ['h', 'aaaa', 'bb', 'cccccccccc', 'd', ''].join('\n');
    const chunks = chunkLines(text, 8);
    expect(chunks.map((c) => c.text).join('')).toBe(text);
    for (const c of chunks) expect(c.text.endsWith('\n') || c === chunks.at(-1)).toBe(true);
    // The 10-character line is longer than a piece: it travels alone.
    expect(chunks.find((c) => c.text.startsWith('cccc'))).toEqual({ text: 'cccccccccc\n', firstLine: 4 });
    expect(chunks[0]).toEqual({ text: 'h\naaaa\n', firstLine: 1 });
    expect(chunks.at(-1)).toEqual({ text: 'd\n', firstLine: 5 });
  });

  it('a text without a final newline and an empty text', () => {
    expect(chunkLines('one\ntwo', 5)).toEqual([
      { text: 'one\n', firstLine: 1 },
      { text: 'two', firstLine: 2 },
    ]);
    expect(chunkLines('')).toEqual([]);
  });
});
