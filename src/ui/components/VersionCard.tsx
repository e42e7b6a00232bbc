// One version of the story on two lines: the outlet with its date and credit, then its
// headline (a link, http(s) only) cut to one line; the full headline is its tooltip.
import type { VersionRef } from '../../core/types';
import { t } from './i18n';
import { formatDate } from './format';
import { SafeLink } from './SafeLink';

export function VersionCard({ version, isThisPage }: { version: VersionRef; isThisPage?: boolean }) {
  const date = formatDate(version.published);
  // The line that shows the credit, as the page has it (core/credits.ts), so the reader sees why.
  const evidence = version.credits?.find((c) => c.name === version.credit)?.evidence;
  let host = '';
  try {
    host = new URL(version.url).host;
  } catch {
    host = version.url;
  }
  return (
    <div class="wt-version" data-testid="version">
      <div class="wt-meta">
        <span class="wt-outlet">{version.outlet}</span>
        {isThisPage ? <span>({t('thisPage')})</span> : null}
        {date ? <span>{t('publishedOn', date)}</span> : null}
        <span>{version.credit ? t('creditsAgency', version.credit) : t('noCredit')}</span>
      </div>
      <div class="wt-headline" title={version.title}>
        <SafeLink href={version.url}>{version.title}</SafeLink>
      </div>
      <div class="wt-host">{host}</div>
      {evidence ? (
        <div class="wt-credit-evidence" data-testid="credit-evidence">
          {t('creditEvidence')} <q>{evidence}</q>
        </div>
      ) : null}
    </div>
  );
}
