// The jump list: every substantive change, in reading order, tied to the place on the page
// that shows it (the header for the headline, otherwise a table row). Differences name
// their blocks when the engine knows them; when it does not, their wording is looked up
// in the rows' text, and rows with substantive highlights that no difference names are
// added so the list never skips something the table marks as substantive.
import type { AlignedRow, Difference } from '../../core/types';
import { foldSameLength, type Side } from './cells';

export interface JumpTarget {
  /** 'headline' or the row index in the table. */
  at: 'headline' | number;
  differences: Difference[];
}

function rowOf(d: Difference, rows: AlignedRow[], rowTexts: Array<Record<Side, string | undefined>>): number | 'headline' | undefined {
  if (d.copyBlock === -1 || d.knownBlock === -1 || d.kind === 'headline-changed') return 'headline';
  const byBlock = rows.findIndex(
    (r) =>
      (d.copyBlock !== undefined && d.copyBlock >= 0 && r.copyBlock === d.copyBlock) ||
      (d.knownBlock !== undefined && d.knownBlock >= 0 && r.knownBlock === d.knownBlock),
  );
  if (byBlock >= 0) return byBlock;
  const probe = (text: string | undefined, side: Side) => {
    const needle = text && foldSameLength(text.trim()).slice(0, 200);
    return needle ? rowTexts.findIndex((r) => foldSameLength(r[side] ?? '').includes(needle)) : -1;
  };
  const byText = probe(d.copy, 'copy');
  if (byText >= 0) return byText;
  const byKnown = probe(d.known, 'known');
  return byKnown >= 0 ? byKnown : undefined;
}

export function jumpTargets(
  differences: Difference[],
  rows: AlignedRow[],
  rowTexts: Array<Record<Side, string | undefined>>,
): JumpTarget[] {
  const byPlace = new Map<'headline' | number, Difference[]>();
  // Rows a style difference explains (a re-cased sub-heading) are not added as substantive.
  const covered = new Set<'headline' | number>();
  for (const d of differences) {
    const at = rowOf(d, rows, rowTexts);
    if (at === undefined) continue;
    covered.add(at);
    if (d.significance === 'substantive') byPlace.set(at, [...(byPlace.get(at) ?? []), d]);
  }
  rows.forEach((r, i) => {
    if (covered.has(i)) return;
    const strong = r.spans?.filter((s) => s.op !== 'equal' && (s.significance ?? 'substantive') === 'substantive') ?? [];
    const oneSided = r.relation === 'copy-only' || r.relation === 'known-only';
    if (!strong.length && !oneSided) return;
    const kind = r.relation === 'copy-only' ? 'passage-added' : r.relation === 'known-only' ? 'passage-removed' : 'reworded';
    const copy = strong.filter((s) => s.op === 'insert').map((s) => s.text).join(' … ') || rowTexts[i]?.copy;
    const known = strong.filter((s) => s.op === 'delete').map((s) => s.text).join(' … ') || rowTexts[i]?.known;
    byPlace.set(i, [{ kind, significance: 'substantive', copy, known }]);
  });
  return [...byPlace.entries()]
    .sort(([a], [b]) => (a === 'headline' ? -1 : b === 'headline' ? 1 : a - b))
    .map(([at, differences]) => ({ at, differences }));
}

/** The target after (or before) the current one, stopping at the ends. */
export function step(count: number, current: number, direction: 1 | -1): number {
  if (count === 0) return -1;
  if (current < 0) return direction === 1 ? 0 : count - 1;
  return Math.min(count - 1, Math.max(0, current + direction));
}
