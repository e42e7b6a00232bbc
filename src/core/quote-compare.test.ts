import { describe, expect, it } from 'vitest';
import { compareQuotes } from './quote-compare';
import { extractQuotes } from './quotes';

const run = (copy: string, known: string) => compareQuotes(extractQuotes(copy), extractQuotes(known), copy, known);

describe('quote status across versions', () => {
  it('verbatim despite curly vs straight quotes and apostrophes', () => {
    const r = run('“What’s new is that the Europeans met,” Barrot told reporters.', '"What\'s new is that the Europeans met," Barrot told reporters.');
    expect(r).toEqual([{ text: 'What’s new is that the Europeans met', speaker: 'Barrot', status: 'verbatim' }]);
  });
  it('altered by spelling and number style inside the quote, with the word changes (seed: Hegseth)', () => {
    const r = run(
      'Hegseth said “We discussed the need for Europeans to meet a 5% defense spending commitment.”',
      'Hegseth said "We discussed the need for Europeans to meet a five per cent defence spending commitment."',
    );
    expect(r[0].status).toBe('altered');
    expect(r[0].knownText).toBe('We discussed the need for Europeans to meet a five per cent defence spending commitment.');
    expect(r[0].changes).toEqual([
      { copy: '5%', known: 'five per cent', kind: 'number-style' },
      { copy: 'defense', known: 'defence', kind: 'spelling-variant' },
    ]);
  });
  it('missing when the copy drops a quote, added when it brings one', () => {
    const r = run('Lecornu called the discussions “useful”.', 'Lecornu called the discussions "productive".');
    expect(r.map((x) => [x.text, x.status])).toEqual([
      ['useful', 'added'],
      ['productive', 'missing'],
    ]);
  });
  it('verbatim when the copy quotes words the other version printed without quote marks', () => {
    const r = run('Officials said the talks were “a real convergence” of views.', 'Officials said the talks were a real convergence of views.');
    expect(r[0].status).toBe('verbatim');
  });
  it('unquoted words count only as whole words, whatever punctuation stands between them', () => {
    const kept = run('Officials said the talks were a real—convergence of views.', 'Officials said the talks were “a real convergence” of views.');
    expect(kept).toEqual([]);
    const longer = run('Officials said the talks were a real convergences of views.', 'Officials said the talks were “a real convergence” of views.');
    expect(longer.map((x) => [x.text, x.status])).toEqual([['a real convergence', 'missing']]);
  });
  it('a capitalisation change alone does not alter a quote (seed: "Excellent" talks / “excellent”)', () => {
    const r = run('The talks were “Excellent, positive and constructive,” he said.', 'The talks were "excellent, positive and constructive," he said.');
    expect(r[0].status).toBe('verbatim');
  });
});
