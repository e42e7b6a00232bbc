// A summary window (core/summary-highlight.ts) as text with the changed words marked: <mark>
// for the copy's words, <del>-styled marks for the original's. Text only; an elided piece is
// an ellipsis.
import type { Piece } from '../../core/summary';
import { t } from './i18n';

export function Highlighted({ pieces, side }: { pieces: Piece[]; side: 'known' | 'copy' }) {
  return (
    <>
      {pieces.map((p, i) =>
        p.elided ? (
          <span key={i} class="wt-elided">
            {t('summary_elided')}
          </span>
        ) : p.changed ? (
          <mark key={i} class={`wt-mark wt-mark-${side}`}>
            {p.text}
          </mark>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </>
  );
}
