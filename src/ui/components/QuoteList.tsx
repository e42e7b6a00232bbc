// Key quotes with their speaker and status; an altered quote shows the source's wording
// and the word-level changes.
import type { QuoteReport } from '../../core/types';
import { t } from './i18n';
import { quoteStatusLabel } from './labels';

export function QuoteList({ quotes }: { quotes: QuoteReport[] }) {
  if (quotes.length === 0) return <p class="wt-muted">{t('noQuotes')}</p>;
  // Altered and missing quotes first: they are what a reader needs to see.
  const order = { altered: 0, missing: 1, added: 2, verbatim: 3 } as const;
  const sorted = [...quotes].sort((a, b) => order[a.status] - order[b.status]);
  return (
    <ul class="wt-quotes" data-testid="quotes">
      {sorted.map((q, i) => (
        <li key={i} class={`wt-quote wt-quote-${q.status}`} data-status={q.status}>
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
                  <del>{c.known || '∅'}</del> → <ins>{c.copy || '∅'}</ins>
                </li>
              ))}
            </ul>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
