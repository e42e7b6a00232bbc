// Source: which version came first, the verdict, the share reused, the other versions,
// and the republishing-site signals seen on the copy.
import type { Report } from '../../core/types';
import { t } from '../components/i18n';
import { percent } from '../components/format';
import { signalLabel, verdictLabel } from '../components/labels';
import { Section } from '../components/Section';
import { VersionCard } from '../components/VersionCard';

export function SourceSection({ report }: { report: Report }) {
  const isCopy = report.pageRole === 'copy';
  return (
    <Section id="source" title={t('sectionSource')}>
      <div class={`wt-verdict wt-verdict-${report.verdict}`} data-testid="verdict" data-verdict={report.verdict}>
        <strong>{verdictLabel(report.verdict)}</strong>
        <span class="wt-share">{t('reusedShare', percent(report.reusedShare))}</span>
      </div>
      <p>{isCopy ? t('pageIsCopy') : t('pageIsSource')}</p>
      <div data-testid="likely-original">
        <h3>{t('likelyOriginal')}</h3>
        <VersionCard version={report.source} isThisPage={!isCopy} />
      </div>
      {isCopy ? null : (
        <div data-testid="copies">
          <h3>{t('copiesOfThisPage')}</h3>
          <VersionCard version={report.copy} />
        </div>
      )}
      {report.otherVersions.length ? (
        <div data-testid="other-versions">
          <h3>{t('otherVersions')}</h3>
          {report.otherVersions.map((v) => (
            <VersionCard key={v.url} version={v} />
          ))}
        </div>
      ) : null}
      <p class="wt-reason">{t('reason', report.reason)}</p>
      {report.signals.length ? (
        <details class="wt-signals" data-testid="signals">
          <summary>{t('sectionSignals')} ({report.signals.length})</summary>
          <ul>
            {report.signals.map((s, i) => (
              <li key={i}>
                <strong>{signalLabel(s.name)}</strong>: <q>{s.evidence}</q>
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </Section>
  );
}
