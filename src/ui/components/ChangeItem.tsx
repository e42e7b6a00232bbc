// One change that matters: what kind, the engine's note, and both wordings as short windows
// with the changed words highlighted (a reader sees the change, not two paragraphs).
import type { ChangeView } from '../../core/summary';
import { Highlighted } from './Highlighted';
import { t, tmAll } from './i18n';
import { kindLabel } from './labels';

function Wording({ label, cls, pieces, side }: { label: string; cls: string; pieces: ChangeView['known']; side: 'known' | 'copy' }) {
  return (
    <div class={`wt-wording ${cls}`}>
      <span class="wt-wording-label">{label}</span>
      {pieces ? (
        <span class="wt-text">
          <Highlighted pieces={pieces} side={side} />
        </span>
      ) : (
        <span class="wt-muted">{t('absent')}</span>
      )}
    </div>
  );
}

export function ChangeItem({ change }: { change: ChangeView }) {
  // A one-sided change (a passage dropped or added) shows the side it has: its kind says the rest.
  const both = !!change.known && !!change.copy;
  return (
    <li class="wt-diff" data-kind={change.kind}>
      <div class="wt-kind">{kindLabel(change.kind)}</div>
      {change.notes?.length ? <div class="wt-note">{tmAll(change.notes, '; ')}</div> : null}
      {change.known || both ? <Wording label={t('inOriginal')} cls="wt-known" pieces={change.known} side="known" /> : null}
      {change.copy || both ? <Wording label={t('inCopy')} cls="wt-copy" pieces={change.copy} side="copy" /> : null}
    </li>
  );
}

export function ChangeList({ changes, start = 1, testId }: { changes: ChangeView[]; start?: number; testId?: string }) {
  return (
    <ol class="wt-diffs" start={start} data-testid={testId}>
      {changes.map((c, i) => (
        <ChangeItem key={i} change={c} />
      ))}
    </ol>
  );
}
