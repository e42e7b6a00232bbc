// The popup's header, as uBlock Origin's and Dark Reader's popups have one: the logo, the
// open page's outlet, the way to Settings, and "Pause on this site".
import { t } from '../components/i18n';

export interface PauseControl {
  paused: boolean;
  busy: boolean;
  toggle(): void;
}

export function Header({ outlet, pause }: { outlet?: string; pause?: PauseControl }) {
  return (
    <header class="wt-header">
      <img class="wt-logo" src="/icons/icon32.png" width={20} height={20} alt="" />
      <h1 class="wt-brand">{t('popup_header')}</h1>
      {outlet ? (
        <span class="wt-page-outlet" data-testid="page-outlet">
          {t('popup_pageOutlet', outlet)}
        </span>
      ) : (
        <span class="wt-page-outlet" />
      )}
      {pause ? (
        <button
          type="button"
          class="wt-pause"
          aria-pressed={pause.paused}
          disabled={pause.busy}
          onClick={pause.toggle}
          data-testid="pause"
          title={pause.paused ? t('popup_resume') : t('popup_pause')}
        >
          {pause.paused ? t('popup_resumeShort') : t('popup_pauseShort')}
        </button>
      ) : null}
      <a class="wt-settings" href="../options/index.html" target="_blank" rel="noopener" data-testid="settings">
        {t('popup_settings')}
      </a>
    </header>
  );
}
