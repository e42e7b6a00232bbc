// A report in the popup, from the summary every view shares (core/summary.ts). Above the
// fold at the popup's default size: the headline sentence with the share reused, the likely
// original (or the copies), and the first three changes that matter with the changed words
// highlighted. Below, folded: every change, style-only changes by kind, key quotes, signals.
import type { ReportSummary } from '../../core/summary';
import type { Report } from '../../core/types';
import { ChangeList } from '../components/ChangeItem';
import { percent } from '../components/format';
import { t, tm, tn } from '../components/i18n';
import { signalLabel } from '../components/labels';
import { OpenSideBySide } from '../components/OpenSideBySide';
import { QuoteList } from '../components/QuoteList';
import { StyleGroups } from '../components/StyleGroups';
import { TruncationNote } from '../components/TruncationNote';
import { SourceSection } from './SourceSection';

/** How many changes are shown before the fold. */
export const TOP_CHANGES = 3;

function Headline({ summary }: { summary: ReportSummary }) {
  return (
    <div
      class={`wt-headline-box wt-tone-${summary.tone}`}
      data-testid="verdict"
      data-verdict={summary.verdict}
      data-role={summary.pageRole}
      data-tone={summary.tone}
    >
      <p class="wt-headline-text">
        {summary.tone === 'positive' ? <span aria-hidden="true">✓ </span> : null}
        <span data-testid="headline">{tm(summary.headline)}</span>
      </p>
      <p class="wt-share">{t(summary.share.key, percent(summary.reusedPercent / 100), summary.share.params[1])}</p>
    </div>
  );
}

function Fold({ id, title, children, open }: { id: string; title: string; children: preact.ComponentChildren; open?: boolean }) {
  return (
    <details class="wt-fold" data-testid={id} open={open}>
      <summary class="wt-fold-title">{title}</summary>
      {children}
    </details>
  );
}

export function ReportView({ report, summary, actions }: { report: Report; summary: ReportSummary; actions?: preact.ComponentChildren }) {
  const { counts } = summary;
  const top = summary.changes.slice(0, TOP_CHANGES);
  const rest = summary.changes.slice(TOP_CHANGES);
  return (
    <div class="wt-report">
      <Headline summary={summary} />
      <SourceSection summary={summary} />
      <section class="wt-top" aria-labelledby="wt-top-h" data-testid="top-changes">
        <h2 id="wt-top-h" class="wt-sub">
          {t('summary_changesTitle', counts.changes)}
        </h2>
        <TruncationNote report={report} />
        {counts.changes === 0 ? <p class="wt-muted">{t('noSubstantiveChanges')}</p> : <ChangeList changes={top} testId="substantive-top" />}
      </section>
      <OpenSideBySide report={report} />
      {actions}
      {rest.length ? (
        <Fold id="substantive-more" title={tn('summary_allChanges', rest.length)}>
          <ChangeList changes={rest} start={TOP_CHANGES + 1} />
        </Fold>
      ) : null}
      {counts.style ? (
        <Fold id="style" title={t('summary_styleTitle', counts.style)}>
          <StyleGroups groups={summary.style} />
        </Fold>
      ) : null}
      <Fold
        id="quotes-section"
        title={t('summary_quotesTitle', counts.quotes) + (counts.quotesFlagged ? ` · ${tn('summary_quotesFlagged', counts.quotesFlagged)}` : '')}
      >
        <QuoteList quotes={summary.quotes} />
      </Fold>
      {counts.signals ? (
        <Fold id="signals" title={t('summary_signalsTitle', counts.signals)}>
          <ul class="wt-signal-list">
            {summary.signals.map((s, i) => (
              <li key={i}>
                <strong>{signalLabel(s.name)}</strong>
                {s.evidence ? (
                  <>
                    : <q>{s.evidence}</q>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </Fold>
      ) : null}
    </div>
  );
}
