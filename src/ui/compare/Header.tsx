// Both versions side by side (outlet, headline, date, URL, credit), the verdict with its
// reason and share reused, and the choice of which two known versions to compare.
import type { ComponentChildren } from 'preact';
import type { ReportSummary } from '../../core/summary';
import type { Report, VersionRef } from '../../core/types';
import { percent } from '../components/format';
import { t, tm, tmAll } from '../components/i18n';
import { SafeLink } from '../components/SafeLink';
import { VersionPicker } from './VersionPicker';

export function formatDate(iso: string | undefined): string | undefined {
  if (!iso) return undefined;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const timed = /T\d\d:\d\d/.test(iso);
  return new Intl.DateTimeFormat(undefined, timed ? { dateStyle: 'medium', timeStyle: 'short' } : { dateStyle: 'medium' }).format(date);
}

function VersionCard({ version, role, headlineId, byline }: { version: VersionRef; role: 'source' | 'copy'; headlineId?: string; byline?: string }) {
  const date = formatDate(version.published);
  return (
    <section class={`version version-${role}`} aria-labelledby={`version-${role}`}>
      <h2 id={`version-${role}`} class="version-role">
        {role === 'source' ? t('likelyOriginal') : t('inCopy')}
        {': '}
        <span class="outlet">{version.outlet}</span>
      </h2>
      <p class="headline" id={headlineId} tabIndex={headlineId ? -1 : undefined}>
        {version.title}
      </p>
      <p class="meta">
        {byline ? (
          <>
            <span class="byline">{t('compare_byline', byline)}</span>
            {' · '}
          </>
        ) : null}
        {date ? <time dateTime={version.published}>{t('publishedOn', date)}</time> : <span>{t('compare_noDate')}</span>}
        {' · '}
        <span>{version.credit ? t('creditsAgency', version.credit) : version.credits?.some((c) => c.own) ? t('ownSourcing') : t('noCredit')}</span>
      </p>
      <p class="url">
        <SafeLink href={version.url}>{version.url}</SafeLink>
      </p>
    </section>
  );
}

export function Header({
  report,
  summary,
  bylines,
  children,
}: {
  report: Report;
  summary: ReportSummary;
  bylines?: { copy?: string; known?: string };
  children?: ComponentChildren;
}) {
  const headlineChanged = report.differences.some((d) => d.kind === 'headline-changed' && d.significance === 'substantive');
  return (
    <header class="top">
      <div class="title-row">
        <h1>{t('compare_title')}</h1>
        <p class="verdict-line" data-testid="headline">
          <span class={`verdict verdict-${report.verdict} tone-${summary.tone}`}>{tm(summary.headline)}</span>{' '}
          <span class="share">{t('compare_copyShare', percent(report.copyReusedShare))}</span>
        </p>
        <p
          class="counts"
          data-testid="counts"
          data-changes={summary.counts.changes}
          data-style={summary.counts.style}
          data-quotes={summary.counts.quotes}
          data-signals={summary.counts.signals}
        >
          {t('summary_changesTitle', summary.counts.changes)} · {t('summary_styleTitle', summary.counts.style)} ·{' '}
          {t('summary_quotesTitle', summary.counts.quotes)}
        </p>
      </div>
      <p class="reason">{t('reason', tmAll(report.reason, ' '))}</p>
      <div class="versions">
        <VersionCard version={report.source} role="source" byline={bylines?.known} />
        <VersionCard version={report.copy} role="copy" headlineId={headlineChanged ? 'change-headline' : undefined} byline={bylines?.copy} />
      </div>
      <VersionPicker report={report} />
      {children}
    </header>
  );
}
