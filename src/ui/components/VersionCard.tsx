// One version of the story: outlet, headline, date, link, credit.
import type { VersionRef } from '../../core/types';
import { t } from './i18n';
import { formatDate } from './format';
import { SafeLink } from './SafeLink';

export function VersionCard({ version, isThisPage }: { version: VersionRef; isThisPage?: boolean }) {
  const date = formatDate(version.published);
  let host = '';
  try {
    host = new URL(version.url).host;
  } catch {
    host = version.url;
  }
  return (
    <div class="wt-version" data-testid="version">
      <div class="wt-outlet">
        {version.outlet}
        {isThisPage ? <span class="wt-muted"> ({t('thisPage')})</span> : null}
      </div>
      <div class="wt-headline">
        <SafeLink href={version.url}>{version.title}</SafeLink>
      </div>
      <div class="wt-meta">
        {date ? <span>{t('publishedOn', date)}</span> : null}
        <span>{host}</span>
        <span>{version.credit ? t('creditsAgency', version.credit) : t('noCredit')}</span>
      </div>
    </div>
  );
}
