// What the popup says about the shared index: that the matched version came from it, or
// why asking it gave nothing (the local library was searched all the same).
import type { Report } from '../../core/types';
import type { IndexFailure } from '../../shared/messages';
import { t } from '../components/i18n';

const FAILURE_KEYS: Record<IndexFailure, string> = {
  token: 'sharedIndexFailedToken',
  down: 'sharedIndexFailedDown',
  garbage: 'sharedIndexFailedGarbage',
  access: 'sharedIndexFailedAccess',
  busy: 'sharedIndexFailedBusy',
};

export function IndexFailureNote({ failure }: { failure?: IndexFailure }) {
  if (!failure || !(failure in FAILURE_KEYS)) return null;
  return (
    <p class="wt-muted" data-testid="index-failure" data-failure={failure}>
      {t(FAILURE_KEYS[failure])}
    </p>
  );
}

export function FromIndexNote({ report }: { report: Report }) {
  if (!report.source.fromIndex && !report.copy.fromIndex) return null;
  return (
    <p class="wt-muted" data-testid="from-index">
      {t('versionFromSharedIndex')}
    </p>
  );
}
