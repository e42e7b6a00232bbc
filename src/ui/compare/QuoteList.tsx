// Every quotation with its speaker and status; an altered one shows the original wording.
import type { QuoteReport } from '../../core/types';
import { t } from '../components/i18n';
import { quoteStatusLabel } from '../components/labels';

const ORDER = ['altered', 'missing', 'added', 'verbatim'];

export function QuoteList({ quotes }: { quotes: QuoteReport[] }) {
  const sorted = [...quotes].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status));
  return (
    <section class="quotes" aria-labelledby="quotes-title">
      <h2 id="quotes-title">{t('sectionQuotes')}</h2>
      {sorted.length ? (
        <ul>
          {sorted.map((q, i) => (
            <li key={i} class={`quote-item quote-${q.status}`} data-quote-status={q.status}>
              <span class={`status status-${q.status}`}>{quoteStatusLabel(q.status)}</span>{' '}
              <span class="speaker">{q.speaker ?? t('quoteUnknownSpeaker')}</span>
              <blockquote>{q.text}</blockquote>
              {q.status === 'altered' && q.knownText ? (
                <p class="original">
                  <span class="label">{t('quoteOriginalWording')}: </span>
                  {q.knownText}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : (
        <p>{t('noQuotes')}</p>
      )}
    </section>
  );
}
