// Key quotes with their speaker and status, in the summary's order (altered and missing
// first); an altered quote shows the source's wording and the word-level changes. Past
// `fold` quotes the rest waits behind a "Show N more" (a report can carry dozens).
import { useState } from 'preact/hooks';
import type { QuoteReport } from '../../core/types';
import { t, tn } from './i18n';
import { kindLabel, quoteStatusLabel } from './labels';

function Quote({ q }: { q: QuoteReport }) {
  return (
    <li class={`wt-quote wt-quote-${q.status}`} data-status={q.status}>
      <div class="wt-quote-head">
        <span class="wt-speaker">{q.speaker ?? t('quoteUnknownSpeaker')}</span>
        <span class={`wt-status wt-status-${q.status}`}>{quoteStatusLabel(q.status)}</span>
      </div>
      <q class="wt-quote-text">{q.text}</q>
      {q.status === 'altered' && q.knownText ? (
        <div class="wt-quote-known">
          <span class="wt-wording-label">{t('quoteOriginalWording')}</span> <q>{q.knownText}</q>
        </div>
      ) : null}
      {q.changes?.length ? (
        <ul class="wt-changes">
          {q.changes.map((c, j) => (
            <li key={j} data-kind={c.kind}>
              <del>{c.known || t('summary_dropped')}</del> → <ins>{c.copy || t('summary_dropped')}</ins> <span class="wt-muted">({kindLabel(c.kind)})</span>
            </li>
          ))}
        </ul>
      ) : null}
    </li>
  );
}

export function QuoteList({ quotes, fold = 5 }: { quotes: QuoteReport[]; fold?: number }) {
  const [all, setAll] = useState(false);
  if (quotes.length === 0) return <p class="wt-muted">{t('noQuotes')}</p>;
  // Flagged quotes are never folded away.
  const flagged = quotes.filter((q) => q.status === 'altered' || q.status === 'missing').length;
  const shown = all ? quotes.length : Math.max(fold, flagged);
  return (
    <>
      <ul class="wt-quotes" data-testid="quotes">
        {quotes.slice(0, shown).map((q, i) => (
          <Quote key={i} q={q} />
        ))}
      </ul>
      {quotes.length > shown ? (
        <button type="button" class="wt-more" onClick={() => setAll(true)} data-testid="more-quotes">
          {tn('summary_moreQuotes', quotes.length - shown)}
        </button>
      ) : null}
    </>
  );
}
