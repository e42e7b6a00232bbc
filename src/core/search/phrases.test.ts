// The phrases sent to a news search: never from the first paragraph a copy rewrites, never
// inside a quotation a copy may alter (both as the engine itself finds them: paragraph
// position and quoteSpans), and found word for word in the other version of a real pair.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../article';
import { quoteSpans } from '../quotes';
import { normaliseTypography } from '../text/normalise';
import type { Article } from '../types';
import { candidatePhrases, firstParagraphIndex, PHRASE_WORDS, PHRASES_PER_QUERY, phraseOccursIn, searchPhrases } from './phrases';

const seed = resolve(import.meta.dirname, '../../../test-fixtures/seed-pair');
const bulletin = articleFromText(readFileSync(`${seed}/bulletin.txt`, 'utf8'), { url: 'https://bigtownbulletin.test/2025/04/ukraine-talks/' });
const cbc = articleFromText(readFileSync(`${seed}/cbc.txt`, 'utf8'), { url: 'https://cbc.test/news/world/ukraine-talks' });

/** Every rule a phrase sent must keep, checked with the engine's own readings of the text. */
function expectWellFormed(article: Article, phrases = searchPhrases(article)): void {
  const first = firstParagraphIndex(article);
  expect(first).toBeDefined();
  const multi = article.blocks.filter((b) => !b.heading).length > 1;
  for (const p of phrases) {
    if (multi) expect(p.block, `"${p.text}" comes from the first paragraph`).toBeGreaterThan(first!);
    const text = normaliseTypography(article.blocks[p.block].text);
    expect(
      text
        .slice(p.start, p.end)
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim(),
    ).toBe(p.text.replace(/[^\p{L}\p{N}]+/gu, ' '));
    for (const q of quoteSpans(text)) {
      const overlaps = p.start < q.end && q.start < p.end;
      expect(overlaps, `"${p.text}" overlaps the quotation "${text.slice(q.start, q.end)}"`).toBe(false);
    }
    expect(p.text).not.toMatch(/[,;:"“”()]/);
    expect(p.text.split(' ').length).toBeLessThanOrEqual(PHRASE_WORDS);
  }
}

describe('seed pair', () => {
  const sent = searchPhrases(bulletin);

  it('builds several phrases from the copy, none from its first paragraph or a quotation', () => {
    expect(sent.length).toBe(PHRASES_PER_QUERY * 2);
    expectWellFormed(bulletin, sent);
    // Every candidate, not only the ones sent, keeps the rules (no lucky ranking).
    expectWellFormed(bulletin, candidatePhrases(bulletin));
  });

  it('finds the original: the first request already holds a phrase CBC printed word for word', () => {
    const first = sent.slice(0, PHRASES_PER_QUERY);
    expect(first.some((p) => phraseOccursIn(p.text, readFileSync(`${seed}/cbc.txt`, 'utf8')))).toBe(true);
  });

  it('takes the phrases sent from different paragraphs', () => {
    expect(new Set(sent.map((p) => p.block)).size).toBe(sent.length);
  });

  it('works the other way round too (CBC open, the copy searched for)', () => {
    const back = searchPhrases(cbc);
    expectWellFormed(cbc, back);
    expect(back.some((p) => phraseOccursIn(p.text, readFileSync(`${seed}/bulletin.txt`, 'utf8')))).toBe(true);
  });
});

describe('synthetic stories', () => {
  const story = (blocks: string[]): Article => ({
    url: 'https://a.example/s',
    title: 'Harbour bridge vote delayed',
    blocks: blocks.map((text) => ({ text })),
    signals: [],
  });

  it('skips a quotation even when it is the most distinctive sentence', () => {
    const a = story([
      'The council of Westport said on Monday that its vote on the harbour bridge would wait until April.',
      '"Councillor Ana Ruiz of Westport Harbour Authority 2026 Bridge Fund 40,000 Cars Committee," she said.',
      'Engineers from Halden Structural found corrosion in 14 steel cables under the eastern span last winter.',
    ]);
    const ps = searchPhrases(a);
    expectWellFormed(a, ps);
    expect(ps.map((p) => p.block)).toEqual([2]);
  });

  it('skips a word with a second accepted spelling, which a copy may change', () => {
    const a = story([
      'The council of Westport said on Monday that its vote on the harbour bridge would wait until April.',
      'Engineers from Halden Structural said the defence ministry had found corrosion in the cables.',
    ]);
    for (const p of candidatePhrases(a)) expect(p.text.toLowerCase().split(' ')).not.toContain('defence');
  });

  it('skips photo captions (the block before a photo credit) and text said twice', () => {
    const a = story([
      'The council of Westport said on Monday that its vote on the harbour bridge would wait until April.',
      'Mayor Ana Ruiz walks across the eastern span of the Westport harbour bridge in March 2026',
      '(AP Photo/Jane Doe)',
      'Read our coverage of the Westport municipal budget and the harbour authority elections',
      'Engineers from Halden Structural found corrosion in 14 steel cables under the eastern span last winter.',
      'Read our coverage of the Westport municipal budget and the harbour authority elections',
    ]);
    expect(searchPhrases(a).map((p) => p.block)).toEqual([4]);
  });

  it('uses the later sentences of a one-paragraph text, not its first sentence', () => {
    const a = story([
      'The council of Westport said on Monday that its vote on the harbour bridge would wait until April. Engineers from Halden Structural found corrosion in 14 steel cables under the eastern span last winter.',
    ]);
    const [p] = searchPhrases(a);
    expect(p.start).toBeGreaterThan(a.blocks[0].text.indexOf('Engineers') - 1);
  });

  it('gives nothing for a text with no story paragraph', () => {
    expect(searchPhrases(story(['Share this', 'Photo gallery']))).toEqual([]);
  });

  it('matches across typography and case, not across other words', () => {
    expect(phraseOccursIn('Halden Structural found corrosion', 'ENGINEERS from halden   structural found corrosion.')).toBe(true);
    expect(phraseOccursIn("Europe's mounting concern", 'Europe’s mounting concern')).toBe(true);
    expect(phraseOccursIn('Halden Structural found corrosion', 'Halden Structural found no corrosion')).toBe(false);
    expect(phraseOccursIn('', 'anything')).toBe(false);
  });
});

// Real pairs (../shared/realdata, evaluation only: nothing copied here). Skipped when absent.
const pairsDir = resolve(import.meta.dirname, '../../../../shared/realdata/pairs');
const realCopies = existsSync(pairsDir)
  ? readdirSync(pairsDir)
      .filter((f) => /^asprout-copy-.*\.json$/.test(f))
      .slice(0, 6)
  : [];

describe.skipIf(realCopies.length === 0)('real copy pairs (realdata/pairs, first six asprout copies)', () => {
  it.each(realCopies)('%s: phrases keep the rules, and one sent occurs in the other version', (file) => {
    const pair = JSON.parse(readFileSync(resolve(pairsDir, file), 'utf8')) as { versions: { text: string }[] };
    let found = 0;
    for (const from of [0, 1]) {
      const a = articleFromText(pair.versions[from].text, { url: `pair:${file}/${from}` });
      const sent = searchPhrases(a);
      expectWellFormed(a, sent);
      if (sent.some((p) => phraseOccursIn(p.text, pair.versions[1 - from].text))) found++;
    }
    expect(found).toBeGreaterThan(0);
  });
});
