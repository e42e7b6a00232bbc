// Where the story comes from: the likely original when this page is the copy, the copies
// when it is the original, and the other known versions. The headline above it says which.
import type { ReportSummary } from '../../core/summary';
import { t } from '../components/i18n';
import { VersionCard } from '../components/VersionCard';

export function SourceSection({ summary }: { summary: ReportSummary }) {
  const isCopy = summary.pageRole === 'copy';
  // The credit this page carries and the line that shows it (core/credits.ts): why it is a credited copy.
  const pageCredit = isCopy ? summary.thisPage.credits?.find((c) => c.name === summary.thisPage.credit && !c.own) : undefined;
  return (
    <section class="wt-source" data-testid="source" aria-label={isCopy ? t('summary_originalTitle') : t('summary_copiesTitle')}>
      {pageCredit ? (
        <p class="wt-credit-evidence" data-testid="page-credit">
          {pageCredit.kind === 'metadata' ? t('pageCreditsMetadata', pageCredit.name) : t('pageCredits', pageCredit.name)} <q>{pageCredit.evidence}</q>
        </p>
      ) : null}
      {isCopy ? (
        <div data-testid="likely-original">
          <h2 class="wt-sub">{t('summary_originalTitle')}</h2>
          <VersionCard version={summary.original} />
        </div>
      ) : (
        <div data-testid="copies">
          <h2 class="wt-sub">{t('summary_copiesTitle')}</h2>
          {summary.copies.map((v) => (
            <VersionCard key={v.url} version={v} />
          ))}
        </div>
      )}
      {summary.otherVersions.length ? (
        <details data-testid="other-versions">
          <summary>
            {t('otherVersions')} ({summary.otherVersions.length})
          </summary>
          {summary.otherVersions.map((v) => (
            <VersionCard key={v.url} version={v} />
          ))}
        </details>
      ) : null}
    </section>
  );
}
