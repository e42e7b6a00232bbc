import { describe, expect, it } from 'vitest';
import { handComparison } from '../../core/testing/handComparison';
import type { AlignedRow, Difference } from '../../core/types';
import { jumpTargets, step } from './jumpTargets';

const { report } = handComparison;
const texts = (rows: AlignedRow[]) => rows.map(() => ({ copy: undefined, known: undefined }));

describe('jumpTargets', () => {
  it('lists substantive changes in reading order, headline first', () => {
    const targets = jumpTargets(report.differences, report.rows, texts(report.rows));
    expect(targets[0].at).toBe('headline');
    const rows = targets.slice(1).map((t) => t.at as number);
    expect(rows).toEqual([...rows].sort((a, b) => a - b));
    expect(targets.flatMap((t) => t.differences).some((d) => d.significance === 'style')).toBe(false);
    // The claim change sits on the row that pairs copy block 1 with known block 0.
    const claim = targets.find((t) => t.differences.some((d) => d.kind === 'claim-changed'))!;
    expect(report.rows[claim.at as number]).toMatchObject({ copyBlock: 1, knownBlock: 0 });
  });

  it('finds a difference by its wording when it names no block', () => {
    const rows: AlignedRow[] = [
      { copyBlock: 0, knownBlock: 0, relation: 'same' },
      { copyBlock: 1, knownBlock: 1, relation: 'changed' },
    ];
    const d: Difference = { kind: 'claim-changed', significance: 'substantive', copy: 'took part' };
    const targets = jumpTargets([d], rows, [
      { copy: 'Nothing here.', known: 'Nothing here.' },
      { copy: 'Yesterday he took part in it.', known: 'He was due to take part in it.' },
    ]);
    expect(targets).toEqual([{ at: 1, differences: [d] }]);
  });

  it('adds rows the table marks substantive that no difference names, but not style-only rows', () => {
    const rows: AlignedRow[] = [
      { copyBlock: 0, knownBlock: 0, relation: 'changed', spans: [{ text: 'a', op: 'insert', significance: 'style' }] },
      { copyBlock: 1, relation: 'copy-only' },
      { copyBlock: 2, knownBlock: 2, relation: 'changed', spans: [{ text: 'never', op: 'insert', significance: 'substantive' }] },
    ];
    const targets = jumpTargets([], rows, texts(rows));
    expect(targets.map((t) => [t.at, t.differences[0].kind])).toEqual([
      [1, 'passage-added'],
      [2, 'reworded'],
    ]);
  });

  it('does not promote a row that a style difference explains', () => {
    const rows: AlignedRow[] = [{ copyBlock: 4, relation: 'copy-only' }];
    const style: Difference = { kind: 'heading-changed', significance: 'style', copy: 'IRAN', copyBlock: 4 };
    expect(jumpTargets([style], rows, texts(rows))).toEqual([]);
  });
});

describe('step', () => {
  it('moves through the list and stops at its ends', () => {
    expect(step(3, -1, 1)).toBe(0);
    expect(step(3, -1, -1)).toBe(2);
    expect(step(3, 0, 1)).toBe(1);
    expect(step(3, 2, 1)).toBe(2);
    expect(step(3, 0, -1)).toBe(0);
    expect(step(0, -1, 1)).toBe(-1);
  });
});
