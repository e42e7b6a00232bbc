// One side of one row: text with its changes highlighted (substantive strong, style
// dimmed) and quotes outlined with their status. A missing side is a gap.
import { t } from '../components/i18n';
import { quoteStatusLabel } from '../components/labels';
import { isQuoteGroup, type CellPiece, type Side, type TextPiece } from './cells';

function Piece({ piece, hideStyle }: { piece: TextPiece; hideStyle: boolean }) {
  if (!piece.change || (hideStyle && piece.change === 'style')) return <>{piece.text}</>;
  // The space a word diff keeps before a changed run stays outside the highlight.
  const [, lead, core, trail] = /^(\s*)([\s\S]*?)(\s*)$/.exec(piece.text)!;
  if (!core) return <>{piece.text}</>;
  return (
    <>
      {lead}
      <mark class={`chg chg-${piece.change}`} data-change={piece.change}>
        {core}
      </mark>
      {trail}
    </>
  );
}

interface Props {
  side: Side;
  pieces: CellPiece[] | undefined;
  heading: boolean;
  note?: string;
  hideStyle: boolean;
  /** The column's name, shown above the cell when the table is stacked on narrow screens. */
  label: string;
}

export function Cell({ side, pieces, heading, note, hideStyle, label }: Props) {
  if (!pieces) {
    return (
      <td class={`cell cell-${side} gap`} data-side={side} data-label={label}>
        <span class="gap-label">{side === 'copy' ? t('compare_gapCopy') : t('compare_gapOriginal')}</span>
      </td>
    );
  }
  return (
    <td class={`cell cell-${side}${heading ? ' subheading' : ''}`} data-side={side} data-label={label}>
      {note ? <p class="moved-note">{note}</p> : null}
      <p class="text">
        {pieces.map((p, i) =>
          isQuoteGroup(p) ? (
            <span key={i} class={`quote quote-${p.quote.status}`} data-quote-status={p.quote.status}>
              <span class="quote-tag">
                {t('compare_quoteTag', quoteStatusLabel(p.quote.status))}
                <span class="visually-hidden">{p.quote.speaker ? ` (${p.quote.speaker})` : ''}: </span>
              </span>
              {p.pieces.map((q, j) => (
                <Piece key={j} piece={q} hideStyle={hideStyle} />
              ))}
            </span>
          ) : (
            <Piece key={i} piece={p} hideStyle={hideStyle} />
          ),
        )}
      </p>
    </td>
  );
}
