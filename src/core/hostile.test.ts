// Issue 14, item 2: text patterns that were quadratic on a hostile page's input. Each case
// runs a ~1 MB pathological input in a worker under a generous wall limit (in-worker.ts):
// the quadratic versions ran for minutes to hours there, the linear ones for milliseconds.
// No timing is asserted beyond "returned at all"; what each returns is checked.
import { describe, expect, it } from 'vitest';
import { isJunkSentence } from './boilerplate';
import { nameRegistry } from './names';
import { sentences } from './text/normalise';
import { editDistance } from './text/tokens';
import { HOSTILE_LIMIT_MS, runInWorker } from './testing/in-worker';

const CASES = new URL('./testing/hostile-cases.ts', import.meta.url);
const MB = 1_000_000;
const inWorker = <T>(name: string, ...args: unknown[]) => runInWorker<T>(CASES, name, args);
const LIMIT = { timeout: HOSTILE_LIMIT_MS + 10_000 };

describe('linear on hostile input (issue 14, item 2)', () => {
  it('isJunkSentence on 1 MB of "“" (48k took 27 s in Node)', LIMIT, async () => {
    expect(await inWorker<boolean>('junkOnCurlyQuotes', MB)).toBe(true); // no word with a letter: junk
  });

  it('isJunkSentence (STAMP) on a 1 MB "sentence" of times with two line breaks (160k took 9 s)', LIMIT, async () => {
    expect(await inWorker<boolean>('junkOnStampLines', MB)).toBe(false);
  });

  for (const ch of ['"', ')', ']']) {
    it(`sentences() on 1 MB of ${ch} (the SENTENCE_BREAK lookbehind: 16× input, ~250× time)`, LIMIT, async () => {
      expect(await inWorker<number>('sentencesOfRun', ch, MB)).toBe(1);
    });
  }

  it('editDistance of a 1 MB token changed by one character (40k took 39 s)', LIMIT, async () => {
    expect(await inWorker<number>('editDistanceOfLongToken', MB)).toBe(1);
  });

  it('nameRegistry on one 1 MB all-caps word (48k: 7 s in compare)', LIMIT, async () => {
    expect(await inWorker<number>('namesOfCapsWord', MB)).toBe(0);
  });

  it('lcsDice of two identical 70,000-key lists is 1 (its Uint16Array wrapped past 65,535; an 877 KB paragraph took 39.5 s)', LIMIT, async () => {
    expect(await inWorker<number>('lcsDiceOfIdentical', 70_000)).toBe(1);
  });

  it('buildRows with 200,000 known-only paragraphs (40,006 pasted lines took 12.8 s)', LIMIT, async () => {
    expect(await inWorker<number>('rowsOfManyLines', 200_000)).toBe(200_000);
  });
});

describe('the linear rewrites keep their answers', () => {
  it('time stamps and widgets are still junk, sentences are not', () => {
    expect(isJunkSentence('Updated 7:32 am CDT, Sunday, July 15, 2018')).toBe(true);
    expect(isJunkSentence('Now Playing:')).toBe(true);
    expect(isJunkSentence('The council met at 7:30 p.m. on Monday to vote on the bridge budget and then adjourned.')).toBe(false);
    expect(isJunkSentence('“ ” —')).toBe(true);
  });

  it('sentences still break after closing quotes and brackets, not inside abbreviations', () => {
    expect(sentences('He said "no." Then he left. (It rained.) After that, "Yes!" she said.')).toEqual([
      'He said "no."',
      'Then he left.',
      '(It rained.)',
      'After that, "Yes!" she said.',
    ]);
    expect(sentences('It was 3.5 per cent. 2025 was worse.')).toEqual(['It was 3.5 per cent.', '2025 was worse.']);
  });

  it('banded editDistance equals the full Levenshtein table up to its bound', () => {
    const full = (a: string, b: string) => {
      let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
      for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) cur.push(Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)));
        prev = cur;
      }
      return prev[b.length];
    };
    let seed = 7;
    const rnd = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () => Array.from({ length: 1 + Math.floor(rnd() * 9) }, () => 'abc'[Math.floor(rnd() * 3)]).join('');
    for (let k = 0; k < 2000; k++) {
      const a = word();
      const b = word();
      for (const max of [0, 1, 2, 3]) expect(editDistance(a, b, max), `${a}/${b}/${max}`).toBe(Math.min(full(a, b), max + 1));
    }
  });

  it('nameRegistry still reads full names, with titles stripped', () => {
    const reg = nameRegistry('Ukrainian President Volodymyr Zelenskiy met French President Emmanuel Macron. Zelenskiy said so.');
    expect(reg.get('Zelenskiy')).toBe('Volodymyr Zelenskiy');
    expect(reg.get('Macron')).toBe('Emmanuel Macron');
  });
});
