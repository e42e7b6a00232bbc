import { describe, expect, it } from 'vitest';
import { claimNotes, hunkKind, isStyle, wordChanges } from './classify';
import { msg } from './messages';
import { wordDiff } from './worddiff';

/** Kinds of the word changes between a copy and a known sentence. */
const kinds = (copy: string, known: string) => wordChanges(wordDiff(copy, known).hunks).map((c) => `${c.kind}:${c.copy}/${c.known}`);

describe('style rules (seed pair snippets)', () => {
  it('US/UK spelling', () => {
    expect(kinds('urged France to increase its defense spending', 'urged France to increase its defence spending')).toEqual([
      'spelling-variant:defense/defence',
    ]);
    expect(kinds('overtures towards Moscow', 'overtures toward Moscow')).toEqual(['spelling-variant:towards/toward']);
  });
  it('number style', () => {
    expect(kinds('to meet a 5% defense spending commitment', 'to meet a five per cent defence spending commitment')).toEqual([
      'number-style:5%/five per cent',
      'spelling-variant:defense/defence',
    ]);
  });
  it('capitalisation', () => {
    expect(kinds('French foreign minister Jean-Noel Barrot', 'French Foreign Minister Jean-Noel Barrot')).toEqual([
      'capitalisation:foreign/Foreign',
      'capitalisation:minister/Minister',
    ]);
  });
  it('typography never shows as a change', () => {
    expect(kinds('Europe’s top three powers were “excellent”', 'Europe\'s top three powers were "excellent"')).toEqual([]);
  });
  it('transliteration of a name', () => {
    expect(kinds('Ukrainian President Volodymyr Zelenskiy by phone', 'Ukrainian President Volodymyr Zelenskyy by phone')).toEqual([
      'transliteration:Zelenskiy/Zelenskyy',
    ]);
  });
  it('punctuation, including two sentences joined with "and"', () => {
    expect(kinds('Separately, in Washington', 'Separately in Washington')).toEqual(['punctuation:,/']);
    expect(kinds('the future of Ukraine and French officials said', 'the future of Ukraine. French officials said')).toEqual(['punctuation:and/.']);
  });
  it('abbreviation periods and scraper spacing are punctuation (realdata/pairs: "US"/"U.S.", "Russia\'s"/"Russia \'s")', () => {
    expect(kinds('talks with U.S. officials', 'talks with US officials')).toEqual(['punctuation:U.S/US', 'punctuation:./']);
    expect(kinds("Russia 's leader", "Russia's leader").every((k) => k.startsWith('punctuation'))).toBe(true);
  });
  it('a name phrase shortened around the same head', () => {
    expect(kinds('hosted U.S. Secretary of State Rubio', 'hosted U.S. Secretary of State Marco Rubio')).toEqual(['name-form:/Marco']);
  });
});

describe('substantive rules', () => {
  it('a dropped agency in the dateline is a credit removed (realdata/pairs: "MOSCOW (AP) —" → "MOSCOW —")', () => {
    expect(kinds('MOSCOW — U.S. President Donald Trump is no fan', 'MOSCOW (AP) — U.S. President Donald Trump is no fan')).toEqual([
      'attribution-removed:/(AP)',
    ]);
  });
  it('a different name is not a transliteration', () => {
    expect(kinds('met Andriy Yermak', 'met Andriy Sybiha')).toEqual(['reworded:Yermak/Sybiha']);
  });
  it('words added outside any style rule are reworded (seed: "told reporters after the talks")', () => {
    const ch = wordChanges(wordDiff('Jean-Noel Barrot told reporters after the talks.', 'Jean-Noel Barrot told reporters.').hunks);
    expect(ch.map((c) => c.kind)).toEqual(['reworded']);
    expect(isStyle(ch[0].kind)).toBe(false);
  });
  it('claim notes: tense/modality and dropped sourcing (seed: the Yermak meeting)', () => {
    const ch = wordChanges(
      wordDiff(
        'Yermak took part in a meeting with Rubio, Witkoff and the European envoys on Thursday.',
        'According to the French agenda for the day, Yermak was due to take part in a meeting with Rubio, Witkoff and the European envoys later on Thursday.',
      ).hunks,
    );
    const notes = claimNotes(ch);
    expect(notes.map((n) => n.key)).toContain('note_sourcingDropped');
    expect(notes.map((n) => n.key)).toContain('note_modalityChanged');
    expect(notes.find((n) => n.key === 'note_sourcingDropped')!.params[0]).toMatch(/According to the French agenda/);
  });
  it('claim notes: negation and numbers, each with the wordings as parameters', () => {
    expect(claimNotes([{ copy: 'will', known: 'will not', kind: 'reworded' }])).toEqual([msg('note_negationChanged', 'will not', 'will')]);
    expect(claimNotes([{ copy: '53', known: '35', kind: 'reworded' }])).toEqual([msg('note_numberChanged', '35', '53')]);
    expect(claimNotes([{ copy: '5%', known: 'five per cent', kind: 'number-style' }])).toEqual([]);
  });
  it('hunkKind keeps a lone deleted common word substantive', () => {
    expect(hunkKind({ op: 'change', copy: [], known: [{ text: 'not', word: true, pre: ' ', loose: 'not' }] })).toBe('reworded');
  });
});
