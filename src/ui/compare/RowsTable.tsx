// The two versions in aligned rows: original on the left, copy on the right, one table
// row per aligned pair of paragraphs. One table scrolls as one, so the columns can never
// drift apart (two synchronised scroll panes drift as soon as paragraphs differ in
// length). Passages only in one version sit against a marked gap; moved paragraphs say
// where they stand in the other version.
import type { AlignedRow, Article, Report } from '../../core/types';
import { t } from '../components/i18n';
import { Cell } from './Cell';
import { isMetadataBlock, type CellPiece, type Side } from './cells';
import type { JumpTarget } from './jumpTargets';

function relationLabel(row: AlignedRow): string {
  switch (row.relation) {
    case 'same':
      return t('compare_rowSame');
    case 'changed':
      // A row whose only changes are spelling, typography and the like says so.
      return row.spans?.some((s) => s.op !== 'equal' && (s.significance ?? 'substantive') === 'substantive')
        ? t('compare_rowChanged')
        : t('compare_rowStyleOnly');
    case 'moved':
      return t('compare_rowMoved');
    case 'copy-only':
      return t('compare_rowCopyOnly');
    case 'known-only':
      return t('compare_rowKnownOnly');
  }
}

function movedNote(row: AlignedRow, side: Side): string | undefined {
  if (row.relation !== 'moved') return undefined;
  const other = side === 'copy' ? row.knownBlock : row.copyBlock;
  if (other === undefined) return undefined;
  return side === 'copy' ? t('compare_movedFromOriginal', other + 1) : t('compare_movedInCopy', other + 1);
}

interface Props {
  report: Report;
  copy: Article;
  known: Article;
  cells: Array<Record<Side, CellPiece[] | undefined>>;
  targets: JumpTarget[];
  hideStyle: boolean;
}

export function RowsTable({ report, copy, known, cells, targets, hideStyle }: Props) {
  const isTarget = new Set(targets.map((x) => x.at));
  const knownLabel = `${t('likelyOriginal')}: ${report.source.outlet}`;
  const copyLabel = `${t('inCopy')}: ${report.copy.outlet}`;
  return (
    <table class="rows">
      <caption class="visually-hidden">{t('compare_tableCaption')}</caption>
      <colgroup>
        <col class="col-marker" />
        <col />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col">
            <span class="visually-hidden">{t('compare_colRow')}</span>
          </th>
          <th scope="col">{knownLabel}</th>
          <th scope="col">{copyLabel}</th>
        </tr>
      </thead>
      <tbody>
        {report.rows.map((row, i) => {
          // The byline and date lines are the header's (Header.tsx), not passages.
          const meta = (side: Side) => {
            const block = side === 'copy' ? row.copyBlock : row.knownBlock;
            const article = side === 'copy' ? copy : known;
            return block === undefined || block < 0 || isMetadataBlock(article.blocks[block]?.text ?? '', article);
          };
          if (meta('copy') && meta('known') && !isTarget.has(i)) return null;
          const heading = (side: Side) => {
            const block = side === 'copy' ? row.copyBlock : row.knownBlock;
            return block !== undefined && Boolean((side === 'copy' ? copy : known).blocks[block]?.heading);
          };
          return (
            <tr key={i} class={`row row-${row.relation}${isTarget.has(i) ? ' row-target' : ''}`} data-relation={row.relation}>
              <th scope="row" id={`row-${i}`} tabIndex={-1} class="marker">
                {relationLabel(row)}
              </th>
              <Cell side="known" pieces={cells[i]?.known} heading={heading('known')} note={movedNote(row, 'known')} hideStyle={hideStyle} label={knownLabel} />
              <Cell side="copy" pieces={cells[i]?.copy} heading={heading('copy')} note={movedNote(row, 'copy')} hideStyle={hideStyle} label={copyLabel} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
