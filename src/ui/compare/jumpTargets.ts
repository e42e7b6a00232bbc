// The jump list: the summary's changes that matter (core/summary.ts), in the summary's order
// so the side-by-side page lists and counts what the popup, the CLI and the Markdown do
// (issue 11: it said 9 where the popup said 8, from rows no difference named). Each change
// is tied to the place on the page that shows it: the header for the headline, otherwise a
// table row, by its block indexes or, when it names none, by its wording in the rows' text.
import type { ChangeView } from '../../core/summary';
import type { AlignedRow } from '../../core/types';
import { foldSameLength, type Side } from './cells';

export interface JumpTarget {
  /** 'headline', the row index in the table, or undefined when the page has no place for it. */
  at: 'headline' | number | undefined;
  change: ChangeView;
}

function rowOf(c: ChangeView, rows: AlignedRow[], rowTexts: Array<Record<Side, string | undefined>>): number | 'headline' | undefined {
  if (c.copyBlock === -1 || c.knownBlock === -1 || c.kind === 'headline-changed') return 'headline';
  const byBlock = rows.findIndex(
    (r) =>
      (c.copyBlock !== undefined && c.copyBlock >= 0 && r.copyBlock === c.copyBlock) ||
      (c.knownBlock !== undefined && c.knownBlock >= 0 && r.knownBlock === c.knownBlock),
  );
  if (byBlock >= 0) return byBlock;
  const probe = (text: string | undefined, side: Side) => {
    const needle = text && foldSameLength(text.trim()).slice(0, 200);
    return needle ? rowTexts.findIndex((r) => foldSameLength(r[side] ?? '').includes(needle)) : -1;
  };
  const byText = probe(c.copyText, 'copy');
  if (byText >= 0) return byText;
  const byKnown = probe(c.knownText, 'known');
  return byKnown >= 0 ? byKnown : undefined;
}

/** One target per change, in the summary's order. */
export function jumpTargets(changes: ChangeView[], rows: AlignedRow[], rowTexts: Array<Record<Side, string | undefined>>): JumpTarget[] {
  return changes.map((change) => ({ at: rowOf(change, rows, rowTexts), change }));
}

/** The target after (or before) the current one, stopping at the ends. */
export function step(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
}
