import { describe, expect, it } from 'vitest';
import { handComparison } from '../core/testing/handComparison';
import { DIFFERENCE_KINDS, STYLE_KINDS, type Difference, type Report } from '../core/types';
import { formatReport } from './format';

describe('formatReport kind labels', () => {
  it('prints every DifferenceKind in words, never its code name', () => {
    for (const kind of DIFFERENCE_KINDS) {
      const d: Difference = (STYLE_KINDS as readonly string[]).includes(kind)
        ? { kind, significance: 'style', copy: 'Rubio', known: 'Marco Rubio', count: 1 }
        : { kind, significance: 'substantive', copy: 'a copy passage', known: 'a known passage' };
      const r: Report = { ...handComparison.report, differences: [d] };
      const text = formatReport(r);
      expect(text, kind).not.toMatch(new RegExp(`\\b${kind}\\b`));
    }
  });

  it('names a name-form change in plain words among the style counts', () => {
    const r: Report = { ...handComparison.report, differences: [{ kind: 'name-form', significance: 'style', copy: 'Rubio', known: 'Marco Rubio', count: 3 }] };
    expect(formatReport(r)).toContain('Name shortened or lengthened ×3');
  });
});
