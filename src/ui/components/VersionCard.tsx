// One version of the story on two lines: the outlet with its date and credit, then its
// headline (a link, http(s) only) cut to one line; the full headline is its tooltip.
import type { VersionRef } from '../../core/types';
import { t } from './i18n';
import { formatDate } from './format';
import { SafeLink } from './SafeLink';

export function VersionCard({ version, isThisPage }: { version: VersionRef; isThisPage?: boolean }) {
  const date = formatDate(version.published);
  // The line that shows the credit, as the page has it (core/credits.ts), so the reader sees why.
  // A page crediting only its own outlet ("With files from CBC News" on CBC) shows that as its
  // own sourcing, never as crediting another source.
  const own = version.credit ? undefined : version.credits?.find((c) => c.own);
  const shown = version.credits?.find((c) => c.name === version.credit && !c.own) ?? own;
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
        <span>{version.credit ? t('creditsAgency', version.credit) : own ? t('ownSourcing') : t('noCredit')}</span>
      </div>
      <div class="wt-headline" title={version.title}>
        <SafeLink href={version.url}>{version.title}</SafeLink>
      </div>
      <div class="wt-host">{host}</div>
      {shown ? (
        <div class="wt-credit-evidence" data-testid="credit-evidence">
          {shown.kind === 'metadata' ? t('creditMetadataEvidence') : t('creditEvidence')} <q>{shown.evidence}</q>
        </div>
      ) : null}
    </div>
  );
}
