import { describe, expect, it } from 'vitest';
import { summarise } from './summary';
import { changeWindows, CONTEXT_TOKENS, piecesText } from './summary-highlight';
import { englishText as englishSentence } from './english';
import { msg } from './messages';
import { handComparison } from './testing/handComparison';
import type { Report } from './types';

const { report } = handComparison;
const asOriginal: Report = { ...report, pageRole: 'source', reusedShare: 0.7 };

describe('summarise', () => {
  it('says a copy copies, naming the original, in a red tone', () => {
    const s = summarise(report);
    expect(s.headline).toEqual({ key: 'summary_copyUncredited', params: [report.source.outlet] });
    expect(s.tone).toBe('alert');
    expect(englishSentence(s.headline)).toBe(`This page copies ${report.source.outlet}'s story without credit`);
  });

  it("says the original is the original, copied by whom, never in the copy's tone (issue 11)", () => {
    const s = summarise(asOriginal);
    expect(s.headline).toEqual({ key: 'summary_originalUncredited', params: [report.copy.outlet] });
    expect(s.tone).toBe('positive');
    expect(s.copies).toEqual([report.copy]);
    expect(s.thisPage).toBe(report.source);
    expect(englishSentence(s.share)).toBe(`70% of this page's text appears in ${report.copy.outlet}'s copy.`);
    expect(summarise({ ...asOriginal, verdict: 'credited-copy' }).headline.key).toBe('summary_originalCredited');
    expect(summarise({ ...report, verdict: 'credited-copy' }).tone).toBe('caution');
  });

  it('counts style changes by occurrence and groups them by kind, largest first', () => {
    const r: Report = {
      ...report,
      differences: [
        { kind: 'spelling-variant', significance: 'style', known: 'colour', copy: 'color', count: 2 },
        { kind: 'typography', significance: 'style', count: 5 },
        { kind: 'spelling-variant', significance: 'style', known: 'centre', copy: 'center' },
      ],
    };
    const s = summarise(r);
    expect(s.counts.style).toBe(8);
    expect(s.style.map((g) => [g.kind, g.count])).toEqual([
      ['typography', 5],
      ['spelling-variant', 3],
    ]);
    expect(s.style[1].examples).toEqual([
      { known: 'colour', copy: 'color' },
      { known: 'centre', copy: 'center' },
    ]);
  });

  it('puts claims, quotes and dropped credits before rewording and boilerplate, keeping reading order within a kind', () => {
    const r: Report = {
      ...report,
      differences: [
        { kind: 'boilerplate-added', significance: 'substantive', copy: 'Share this' },
        { kind: 'reworded', significance: 'substantive', copy: 'b', known: 'a' },
        { kind: 'attribution-removed', significance: 'substantive', known: 'With files from X' },
        { kind: 'reworded', significance: 'substantive', copy: 'd', known: 'c' },
        { kind: 'claim-changed', significance: 'substantive', copy: 'took part', known: 'was due to take part' },
      ],
    };
    expect(summarise(r).changes.map((c) => `${c.kind}:${c.copyText ?? c.knownText}`)).toEqual([
      'claim-changed:took part',
      'attribution-removed:With files from X',
      'reworded:b',
      'reworded:d',
      'boilerplate-added:Share this',
    ]);
  });

  it('lists altered and missing quotes first', () => {
    const r: Report = {
      ...report,
      quotes: [
        { text: 'a', status: 'verbatim' },
        { text: 'b', status: 'missing' },
        { text: 'c', status: 'added' },
        { text: 'd', status: 'altered' },
      ],
    };
    const s = summarise(r);
    expect(s.quotes.map((q) => q.text)).toEqual(['d', 'b', 'c', 'a']);
    expect(s.counts.quotesFlagged).toBe(2);
  });

  it("passes the engine's notes on as messages, for each view to read in its language (issue 16)", () => {
    const notes = [msg('note_sourcingDropped', 'according to sources'), msg('note_numberChanged', '35', '53')];
    const r: Report = { ...report, differences: [{ kind: 'claim-changed', significance: 'substantive', copy: 'b', known: 'a', notes }] };
    const [c] = summarise(r).changes;
    expect(c.notes).toEqual(notes);
    expect(c.notes!.map(englishSentence)).toEqual(['sourcing dropped ("according to sources")', 'number changed ("35" → "53")']);
  });
});

describe('changeWindows', () => {
  const long = (w: string) => Array.from({ length: 30 }, (_, i) => `${w}${i}`).join(' ');

  it('marks the changed words and keeps a short window around them', () => {
    const known = `${long('a')} was due to take part ${long('b')}`;
    const copy = `${long('a')} took part ${long('b')}`;
    const w = changeWindows(known, copy);
    expect(piecesText(w.known)).toMatch(/^…a\d+ .*\[was due to take\] part .*b\d+…$/);
    expect(piecesText(w.copy)).toMatch(/\[took\] part/);
    // CONTEXT_TOKENS words on each side, not the whole paragraph.
    expect(piecesText(w.copy).split(' ').length).toBeLessThanOrEqual(2 * CONTEXT_TOKENS + 3);
  });

  it('shows a one-sided passage unmarked, cut when long', () => {
    const w = changeWindows(undefined, long('x') + ' ' + long('y'));
    expect(w.known).toBeUndefined();
    expect(w.copy!.some((p) => p.changed)).toBe(false);
    expect(w.copy!.at(-1)?.elided).toBe(true);
  });
});
