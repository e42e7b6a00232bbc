// What a work budget left out of the comparison (Report.truncated), said where the
// differences are: a page padded past the budget must not read as "no change" there.
import { truncationNotes } from '../../core/reportMarkdown';
import type { Report } from '../../core/types';
import { tn } from './i18n';

export function TruncationNote({ report }: { report: Report }) {
  const notes = truncationNotes(report);
  if (!notes.length) return null;
  return (
    <div class="wt-truncated" role="note" data-testid="truncated">
      {notes.map((n) => (
        <p key={n.outlet}>{tn('truncatedNote', n.count, n.count, n.outlet)}</p>
      ))}
    </div>
  );
}
