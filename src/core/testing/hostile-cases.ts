// One function per pattern of issue 14 that blew up on a hostile input: each builds its
// input of about `chars` characters (or `n` items) and runs the engine piece on it, and
// returns a small summary. Unit tests run them in a worker under a generous wall limit
// (in-worker.ts); building the input inside keeps megabytes out of the message.
import { isJunkSentence } from '../boilerplate';
import { compare } from '../compare';
import { buildRows, lcsDice, type PairDiff } from '../differences';
import { nameRegistry } from '../names';
import type { Prepared } from '../prepare';
import { sentences } from '../text/normalise';
import { editDistance } from '../text/tokens';
import type { DTok } from '../worddiff';
import { longTokenPair, paddedPair, run, stampLines } from './hostile';

/** isJunkSentence's word count on a run of "“" (the old letter-word regex: O(n²)). */
export const junkOnCurlyQuotes = (chars: number) => isJunkSentence(run('“', chars));

/** isJunkSentence's STAMP test on a long "sentence" of times with line breaks. */
export const junkOnStampLines = (chars: number) => isJunkSentence(stampLines(chars));

/** sentences() on a run of one closing character (the SENTENCE_BREAK lookbehind). */
export const sentencesOfRun = (ch: string, chars: number) => sentences(`${run(ch, chars)} End.`).length;

/** editDistance of a long token and the same token with one character changed. */
export function editDistanceOfLongToken(chars: number): number {
  const [a, b] = longTokenPair(chars);
  return editDistance(a, b, 2);
}

/** nameRegistry on one long all-caps word. */
export const namesOfCapsWord = (chars: number) => nameRegistry(`${run('A', chars)} said so.`).size;

/** lcsDice of two identical key lists of `n` keys (the Uint16Array counts wrapped past 65,535). */
export function lcsDiceOfIdentical(n: number): number {
  const keys = Array.from({ length: n }, (_, i) => `k${i}`);
  const toks: DTok[] = keys.map((text) => ({ text, word: true, pre: ' ', loose: text }));
  return lcsDice(keys, keys, [{ op: 'equal', copy: toks, known: toks }]);
}

/** buildRows of a one-paragraph copy against `n` known paragraphs (rows were appended by spread). */
export function rowsOfManyLines(n: number): number {
  // Prepared by hand (one unit a block): the case is buildRows itself, not prepare().
  const prepared = (lines: number): Prepared => {
    const blocks = Array.from({ length: lines }, (_, i) => ({ text: `Line ${i} here.` }));
    const units = blocks.map((b, i) => ({ i, block: i, text: b.text, keys: ['line', String(i), 'here'], heading: false }));
    return {
      article: { url: 'https://x.test/', title: 'Lines', blocks, signals: [] },
      roles: blocks.map(() => 'text'),
      units,
      credits: [],
      blockCredits: 0,
      lang: 'en',
    };
  };
  const c = prepared(1);
  const k = prepared(n);
  const group = { a: [0], b: [0], sim: 1, moved: false, positional: false };
  const pair: PairDiff = { group, hunks: [], kinds: [], changes: [], copyText: c.units[0].text, knownText: k.units[0].text };
  const al = { groups: [group], aOnly: [], bOnly: k.units.slice(1).map((u) => u.i), truncated: false, aCut: 0, bCut: 0 };
  return buildRows([pair], c, k, al).length;
}

/** compare() of the padded pair (item 7) under a unit budget: what it reports. */
export function comparePadded(paragraphs: number, maxUnits?: number) {
  const { known, copy } = paddedPair(paragraphs);
  const r = compare(copy, known, { maxUnits });
  return { kinds: r.differences.map((d) => d.kind), truncated: r.truncated };
}
