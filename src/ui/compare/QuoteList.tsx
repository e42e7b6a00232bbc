// Every quotation with its speaker and status; an altered one shows the original wording.
import type { QuoteReport } from '../../core/types';
import { t } from '../components/i18n';
import { quoteStatusLabel } from '../components/labels';

const ORDER = ['altered', 'missing', 'added', 'verbatim'];

/** Moves focus to a table row (its row header), as the jump list does. */
function showRow(row: number): void {
  const el = document.getElementById(`row-${row}`);
  el?.focus();
  el?.scrollIntoView({ block: 'center' });
}

export function QuoteList({ quotes, rowOf = () => undefined }: { quotes: QuoteReport[]; rowOf?: (quote: number) => number | undefined }) {
  const sorted = quotes.map((q, index) => ({ ...q, index })).sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <section class="quotes" aria-labelledby="quotes-title">
      <h2 id="quotes-title" data-testid="quotes-count" data-count={quotes.length}>
        {t('summary_quotesTitle', quotes.length)}
      </h2>
      {sorted.length ? (
        <ul>
          {sorted.map((q) => {
            const row = rowOf(q.index);
            return (
              <li key={q.index} class={`quote-item quote-${q.status}`} data-quote-status={q.status}>
                <span class={`status status-${q.status}`}>{quoteStatusLabel(q.status)}</span>{' '}
                <span class="speaker">{q.speaker ?? t('quoteUnknownSpeaker')}</span>
                <blockquote>{q.text}</blockquote>
                {q.status === 'altered' && q.knownText ? (
                  <p class="original">
                    <span class="label">{t('quoteOriginalWording')}: </span>
                    {q.knownText}
                  </p>
                ) : null}
                {row !== undefined ? (
                  <a
                    class="show-quote"
                    href={`#row-${row}`}
                    onClick={(e) => {
                      e.preventDefault();
                      showRow(row);
                    }}
                  >
                    {t('compare_showQuote')}
                    <span class="visually-hidden">{` (${q.speaker ?? t('quoteUnknownSpeaker')}, ${quoteStatusLabel(q.status)})`}</span>
                  </a>
                ) : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>{t('noQuotes')}</p>
      )}
    </section>
  );
}
