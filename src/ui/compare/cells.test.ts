import { describe, expect, it } from 'vitest';
import { handComparison } from '../../core/testing/handComparison';
import type { AlignedRow, Article, QuoteReport } from '../../core/types';
import { asPublished, buildCells, cellPieces, foldSameLength, isMetadataBlock, isQuoteGroup, placeQuotes, sidePieces } from './cells';

const { report, copy, known } = handComparison;

const text = (pieces: Array<{ text: string }> | undefined) => pieces?.map((p) => p.text).join('');

describe('sidePieces', () => {
  const changed = report.rows[0];

  it('gives each side its own words of a changed row, marked by significance', () => {
    const k = sidePieces(changed, 'known', copy, known)!;
    const c = sidePieces(changed, 'copy', copy, known)!;
    expect(text(k)).toBe('The council said on Monday that the harbour bridge vote was due to take place later this month.');
    expect(text(c)).toBe('The council said on Monday that the harbour bridge vote took place this month.');
    expect(c.find((p) => p.change)).toEqual({ text: 'took place', change: 'substantive' });
    expect(k.find((p) => p.change)).toEqual({ text: 'was due to take place later', change: 'substantive' });
  });

  it('leaves a gap for a passage only in the other version', () => {
    const copyOnly = report.rows.find((r) => r.relation === 'copy-only')!;
    expect(sidePieces(copyOnly, 'known', copy, known)).toBeUndefined();
    expect(text(sidePieces(copyOnly, 'copy', copy, known))).toBe('Please like and share this article.');
  });

  it('shows a moved paragraph from its blocks on both sides', () => {
    const moved = report.rows.find((r) => r.relation === 'moved')!;
    expect(text(sidePieces(moved, 'copy', copy, known))).toBe(copy.blocks[0].text);
    expect(text(sidePieces(moved, 'known', copy, known))).toBe(known.blocks[3].text);
  });

  it('treats a change without significance as substantive, never hides it', () => {
    const row: AlignedRow = { copyBlock: 0, knownBlock: 0, relation: 'changed', spans: [{ text: 'x', op: 'insert' }] };
    expect(sidePieces(row, 'copy', copy, known)).toEqual([{ text: 'x', change: 'substantive' }]);
  });
});

describe('spaced', () => {
  // From the seed pair's Yermak paragraph: the dropped sourcing phrase carries no space.
  it('puts back the space a removed run took with it', () => {
    const row: AlignedRow = {
      copyBlock: 0,
      knownBlock: 0,
      relation: 'changed',
      spans: [
        { text: 'According to the agenda,', op: 'delete', significance: 'substantive' },
        { text: 'Yermak', op: 'equal' },
        { text: ' was due to take', op: 'delete', significance: 'substantive' },
        { text: ' took', op: 'insert', significance: 'substantive' },
        { text: ' part in it', op: 'equal' },
        { text: ',', op: 'insert', significance: 'style' },
        { text: ' they said.', op: 'equal' },
      ],
    };
    expect(text(sidePieces(row, 'known', copy, known))).toBe('According to the agenda, Yermak was due to take part in it they said.');
    expect(text(sidePieces(row, 'copy', copy, known))).toBe('Yermak took part in it, they said.');
  });
});

describe('foldSameLength', () => {
  it('keeps the length while folding quotes, dashes and case', () => {
    const s = '“Excellent” – it’s';
    expect(foldSameLength(s)).toBe('"excellent" - it\'s');
    expect(foldSameLength(s).length).toBe(s.length);
  });
});

describe('placeQuotes', () => {
  const rows = [
    { copy: 'Talks were “excellent” and show Europeans are back, officials said.', known: '"Excellent" talks show Europeans are back.' },
    { copy: 'Hegseth called it an “excellent” meeting.', known: 'Hegseth called it an "excellent" meeting.' },
  ];
  const quotes: QuoteReport[] = [{ text: 'excellent', speaker: 'Pete Hegseth', status: 'verbatim' }];

  it('outlines a one-word quote where its speaker is named', () => {
    const places = placeQuotes(rows, quotes);
    expect(places.map((p) => [p.row, p.side])).toEqual([
      [1, 'copy'],
      [1, 'known'],
    ]);
    expect(rows[1].copy.slice(places[0].start, places[0].end)).toBe('excellent');
  });

  it('uses the source wording of an altered quote on the known side', () => {
    const altered: QuoteReport[] = [{ text: 'a 5% rise', knownText: 'a five per cent rise', status: 'altered' }];
    const places = placeQuotes([{ copy: 'He said “a 5% rise.”', known: 'He said "a five per cent rise."' }], altered);
    expect(places.find((p) => p.side === 'known')).toMatchObject({ start: 9, end: 29 });
    expect(places.find((p) => p.side === 'copy')).toMatchObject({ start: 9, end: 18 });
  });

  it('does not outline words that merely match outside quotation marks', () => {
    expect(placeQuotes([{ copy: 'an excellent meeting', known: undefined }], quotes)).toEqual([]);
  });

  it('places a missing quote only on the known side', () => {
    const missing: QuoteReport[] = [{ text: 'gone', status: 'missing' }];
    expect(placeQuotes([{ copy: 'he said "gone"', known: 'he said "gone"' }], missing).map((p) => p.side)).toEqual(['known']);
  });
});

describe('cellPieces', () => {
  it('cuts diff pieces at quote boundaries and groups the quoted ones', () => {
    const pieces = [{ text: 'He said "a ' }, { text: '5%', change: 'style' as const }, { text: ' rise." Then left.' }];
    const quotes: QuoteReport[] = [{ text: 'a 5% rise.', status: 'altered' }];
    const out = cellPieces(pieces, [{ row: 0, side: 'copy', start: 9, end: 18, quote: 0 }], quotes);
    expect(out.map((p) => (isQuoteGroup(p) ? `[${text(p.pieces)}]` : p.text)).join('')).toBe('He said "[a 5% rise]." Then left.');
    const group = out.find(isQuoteGroup)!;
    expect(group.quote.status).toBe('altered');
    expect(group.pieces.find((p) => p.change)).toEqual({ text: '5%', change: 'style' });
  });
});

describe('buildCells', () => {
  it('outlines the altered quote in both columns of its row', () => {
    const cells = buildCells(report.rows, copy, known, report.quotes);
    const quoteRow = report.rows.findIndex((r) => r.copyBlock === 2);
    for (const side of ['copy', 'known'] as const) {
      const group = cells[quoteRow][side]!.find(isQuoteGroup);
      expect(group?.quote.status, side).toBe('altered');
    }
  });

  it('survives a row pointing past the article', () => {
    const short: Article = { ...copy, blocks: [] };
    const cells = buildCells([{ copyBlock: 5, relation: 'copy-only' }], short, known, []);
    expect(cells[0].copy).toBeUndefined();
  });
});

describe('asPublished (issue 11: the columns show each page as published)', () => {
  it("takes the page's own typography back from the engine's normalised text", () => {
    const pieces = [{ text: '"What\'s new' }, { text: ' is', change: 'substantive' as const }, { text: ' this..."' }];
    const out = asPublished(pieces, '“What’s new  is this…”');
    expect(out.map((p) => p.text).join('')).toBe('“What’s new  is this…”');
    expect(out[1]).toEqual({ text: '  is', change: 'substantive' });
  });

  it('keeps the pieces when the page text does not match them', () => {
    const pieces = [{ text: 'one two' }];
    expect(asPublished(pieces, 'one three')).toBe(pieces);
    expect(asPublished(pieces, 'one two and more')).toBe(pieces);
  });
});

describe('isMetadataBlock', () => {
  it('finds the byline and date-only lines, not sentences with dates in them', () => {
    expect(isMetadataBlock('By Jane Doe', { byline: 'Jane Doe' })).toBe(true);
    expect(isMetadataBlock('Published April 17, 2025', {})).toBe(true);
    expect(isMetadataBlock('Updated: 2025-04-17T16:51:00Z', {})).toBe(true);
    expect(isMetadataBlock('The talks ended on April 17, 2025.', {})).toBe(false);
    expect(isMetadataBlock('IRAN TALKS', {})).toBe(false);
  });
});
