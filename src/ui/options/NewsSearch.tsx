// "Search the world's news (GDELT)": a named choice, off until the reader turns it on, with
// the exact request that will be sent shown before anything is; and "search automatically",
// which needs access to every site (results can be on any news site), asked in one prompt.
import { useState } from 'preact/hooks';
import { GDELT_ENDPOINT, gdeltUrl } from '../../core/search/gdelt';
import type { Settings } from '../../shared/settings';
import type { OptionsClient } from './options-client';
import { s } from './strings';

/** The request as it will be sent, with placeholders where the article's phrases go. */
export function requestShape(endpoint: string): string {
  return decodeURIComponent(gdeltUrl(endpoint, `("${s('phraseOne')}" OR "${s('phraseTwo')}")`));
}

export function NewsSearch(props: { client: OptionsClient; settings: Settings; onChange(): Promise<void> }) {
  const { client, settings } = props;
  const [error, setError] = useState('');
  const endpoint = settings.search.gdeltEndpoint || GDELT_ENDPOINT;

  async function setGdelt(on: boolean) {
    setError('');
    // Asked in this click: the browser only shows its prompt inside a user gesture.
    if (on && !(await client.requestAccess([endpoint]))) return setError(s('denied'));
    await client.saveSettings({ search: { gdelt: on } });
    await props.onChange();
  }

  async function setAutomatic(on: boolean) {
    setError('');
    if (on && !(await client.requestEverySite())) return setError(s('automaticDenied'));
    await client.saveSettings({ search: { automatic: on } });
    await props.onChange();
  }

  return (
    <section aria-labelledby="news-search-h" class="wt-news-search">
      <h3 id="news-search-h">{s('gdeltTitle')}</h3>
      <label class="wt-check">
        <input type="checkbox" name="search-gdelt" checked={settings.search.gdelt} onChange={(e) => void setGdelt(e.currentTarget.checked)} />{' '}
        {s('gdeltEnable')}
      </label>
      <p class="wt-muted">{s('gdeltHelp')}</p>
      <p>
        {s('gdeltSends')} <code data-testid="gdelt-request">{requestShape(endpoint)}</code>
      </p>
      <label class="wt-check">
        <input type="checkbox" name="search-automatic" checked={settings.search.automatic} onChange={(e) => void setAutomatic(e.currentTarget.checked)} />{' '}
        {s('automaticEnable')}
      </label>
      <p class="wt-muted">{s('automaticHelp')}</p>
      {error ? (
        <p class="wt-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
