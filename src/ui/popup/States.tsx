// Every state but a report, each looking like what it is: checking with a progress bar, an
// error in red with its cause in plain words and "Try again", browser pages, a paused site,
// and "no other version known" with what was kept and what to do next.
import type { ComponentChildren } from 'preact';
import type { PageKind } from '../../core/news-page';
import type { ErrorCause, NotKept, TabState } from '../../shared/messages';
import { t } from '../components/i18n';

export function StateBox({ kind, title, children, alert }: { kind: string; title: string; children?: ComponentChildren; alert?: boolean }) {
  return (
    <div class={`wt-state wt-state-${kind}`} data-testid="state" data-state={kind} role={alert ? 'alert' : 'status'}>
      <p class="wt-state-title">{title}</p>
      {children}
    </div>
  );
}

export function Checking() {
  return (
    <StateBox kind="checking" title={t('popup_checkingTitle')}>
      <progress class="wt-progress" aria-label={t('popup_checkingTitle')} />
      <p class="wt-muted">{t('popup_checkingSteps')}</p>
    </StateBox>
  );
}

const CAUSES: Record<ErrorCause, string> = {
  'storage-full': 'popup_errorStorageFull',
  storage: 'popup_errorStorage',
  interrupted: 'popup_errorInterrupted',
  unknown: 'popup_errorUnknown',
};

export function ErrorState({ state, onRetry, busy }: { state: Extract<TabState, { state: 'error' }>; onRetry?: () => void; busy?: boolean }) {
  return (
    <StateBox kind="error" title={t('popup_errorTitle')} alert>
      <p data-testid="error-cause">{t(CAUSES[state.cause ?? 'unknown'])}</p>
      {onRetry ? (
        <p>
          <button type="button" class="wt-primary" onClick={onRetry} disabled={busy} data-testid="retry">
            {t('popup_retry')}
          </button>
        </p>
      ) : null}
      {state.message ? (
        <details class="wt-details">
          <summary>{t('popup_details')}</summary>
          <p class="wt-muted">{state.message}</p>
        </details>
      ) : null}
    </StateBox>
  );
}

/** Why a page read and compared was not kept, in the reader's words (NotKept). */
function notKeptText(title: string, kept: boolean | undefined, notKept: NotKept | undefined): string {
  if (kept !== false) return t('popup_noVersionKept', title);
  if (notKept === 'site-share') return t('popup_noVersionNotKeptShare', title);
  if (notKept === 'over-cap') return t('popup_noVersionNotKeptOverCap', title);
  return t('popup_noVersionNotKept', title);
}

/** Said beside a report whose page was compared but not kept (a site's share used up, or over the cap). */
export function ReportNotKept({ notKept }: { notKept?: NotKept }) {
  if (notKept !== 'site-share' && notKept !== 'over-cap') return null;
  return (
    <p class="wt-muted" role="note" data-testid="not-kept">
      {notKept === 'site-share' ? t('popup_reportNotKeptShare') : t('popup_reportNotKeptOverCap')}
    </p>
  );
}

export function NoKnownVersion({ state, children }: { state: Extract<TabState, { state: 'no-known-version' }>; children?: ComponentChildren }) {
  const title = state.article.title || state.article.url;
  return (
    <StateBox kind="no-known-version" title={t('popup_noVersionTitle')}>
      <p data-testid="kept">{notKeptText(title, state.article.kept, state.article.notKept)}</p>
      {state.article.cut ? (
        <p class="wt-muted" role="note" data-testid="partial-read">
          {t('popup_partialRead', state.article.cut)}
        </p>
      ) : null}
      <p class="wt-muted">{t('popup_noVersionNext')}</p>
      {children}
    </StateBox>
  );
}

const KIND_LINES: Record<PageKind, string> = {
  product: 'popup_notNewsProduct',
  forum: 'popup_notNewsForum',
  encyclopedia: 'popup_notNewsEncyclopedia',
  docs: 'popup_notNewsDocs',
};

/** Read, and not a news article (core/news-page.ts): said plainly, with what it looks like instead when the page shows it. */
export function NotNews({ state }: { state: Extract<TabState, { state: 'not-news' }> }) {
  return (
    <StateBox kind="not-news" title={t('popup_notArticleTitle')}>
      <p data-testid="not-news">{state.compared ? t('popup_notNewsCompared') : t('popup_notNews')}</p>
      {state.kind ? <p class="wt-muted">{t(KIND_LINES[state.kind])}</p> : null}
    </StateBox>
  );
}

export function Paused({ host, onResume, busy }: { host: string; onResume?: () => void; busy?: boolean }) {
  return (
    <StateBox kind="paused" title={t('popup_pausedTitle', host)}>
      <p>{t('popup_paused')}</p>
      {onResume ? (
        <p>
          <button type="button" class="wt-primary" onClick={onResume} disabled={busy} data-testid="resume">
            {t('popup_resume')}
          </button>
        </p>
      ) : null}
    </StateBox>
  );
}

export function SimpleState({ s }: { s: 'not-article' | 'browser-page' | 'unread' | 'no-tab' }) {
  switch (s) {
    case 'not-article':
      return (
        <StateBox kind="not-article" title={t('popup_notArticleTitle')}>
          <p>{t('stateNotArticle')}</p>
        </StateBox>
      );
    case 'browser-page':
      return (
        <StateBox kind="browser-page" title={t('popup_browserPageTitle')}>
          <p>{t('popup_browserPage')}</p>
        </StateBox>
      );
    case 'unread':
      return (
        <StateBox kind="unread" title={t('popup_unreadTitle')}>
          <p>{t('stateUnread')}</p>
        </StateBox>
      );
    default:
      return <StateBox kind="no-tab" title={t('stateNoTab')} />;
  }
}
