import { describe, expect, it } from 'vitest';
import { summarise } from '../../core/summary';
import { handComparison } from '../../core/testing/handComparison';
import type { AlignedRow, Report } from '../../core/types';
import { jumpTargets, step } from './jumpTargets';

const { report } = handComparison;
const texts = (rows: AlignedRow[]) => rows.map(() => ({ copy: undefined, known: undefined }));

describe('jumpTargets', () => {
  it("lists the summary's changes that matter, in its order, each at its place", () => {
    const summary = summarise(report);
    const targets = jumpTargets(summary.changes, report.rows, texts(report.rows));
    expect(targets.map((t) => t.change)).toEqual(summary.changes);
    expect(targets.find((t) => t.change.kind === 'headline-changed')?.at).toBe('headline');
    // The claim change sits on the row that pairs copy block 1 with known block 0.
    const claim = targets.find((t) => t.change.kind === 'claim-changed')!;
    expect(report.rows[claim.at as number]).toMatchObject({ copyBlock: 1, knownBlock: 0 });
  });

  it('finds a change by its wording when it names no block', () => {
    const rows: AlignedRow[] = [
      { copyBlock: 0, knownBlock: 0, relation: 'same' },
      { copyBlock: 1, knownBlock: 1, relation: 'changed' },
    ];
    const r: Report = { ...report, rows, differences: [{ kind: 'claim-changed', significance: 'substantive', copy: 'took part' }] };
    const targets = jumpTargets(summarise(r).changes, rows, [
      { copy: 'Nothing here.', known: 'Nothing here.' },
      { copy: 'Yesterday he took part in it.', known: 'He was due to take part in it.' },
    ]);
    expect(targets.map((t) => t.at)).toEqual([1]);
  });

  it("adds no target for rows no change names, so the count is the summary's (issue 11)", () => {
    const rows: AlignedRow[] = [{ copyBlock: 2, knownBlock: 2, relation: 'changed', spans: [{ text: 'never', op: 'insert', significance: 'substantive' }] }];
    expect(jumpTargets([], rows, texts(rows))).toEqual([]);
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
