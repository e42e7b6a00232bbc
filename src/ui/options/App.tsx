// The options page: where known versions come from (pages read, feeds, search), what
// leaves the device, and the library. Settings through shared/settings.ts; library and
// discovery state from the worker.
import { useEffect, useState } from 'preact/hooks';
import type { LibraryStatus } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { Feeds } from './Feeds';
import { Library } from './Library';
import type { OptionsClient } from './options-client';
import { NewsSearch } from './NewsSearch';
import { PausedSites } from './PausedSites';
import { Remembered } from './Remembered';
import { Search } from './Search';
import { SharedIndex } from './SharedIndex';
import { SiteAccess } from './SiteAccess';
import { s } from './strings';

function hostOf(url: string): string {
  try {
    return new URL(url.split('{query}').join('x')).hostname;
  } catch {
    return url;
  }
}

export function App({ client }: { client: OptionsClient }) {
  const [settings, setSettings] = useState<Settings>();
  const [status, setStatus] = useState<LibraryStatus>();
  const [error, setError] = useState('');

  async function refresh(next?: LibraryStatus) {
    try {
      const [st, lib] = await Promise.all([client.settings(), next ? Promise.resolve(next) : client.status()]);
      setSettings(st);
      setStatus(lib);
      setError('');
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }

  useEffect(() => {
    void refresh();
    // Feeds are polled in the background; keep their results current while the page is open.
    const timer = setInterval(() => void refresh(), 5000);
    return () => clearInterval(timer);
  }, []);

  if (!settings || !status) {
    return <main class="wt-options">{error ? <p role="alert">{error}</p> : <p>{s('busy')}</p>}</main>;
  }
  const feedHosts = settings.feeds.enabled ? [...new Set(settings.feeds.urls.map(hostOf))] : [];
  const searchHost = settings.search.enabled ? hostOf(settings.search.urlTemplate) : '';
  const gdeltHost = settings.search.gdelt ? hostOf(settings.search.gdeltEndpoint) : '';
  const indexHost = settings.sharedIndex.enabled ? hostOf(settings.sharedIndex.url) : '';

  return (
    <main class="wt-options">
      <h1>{s('title')}</h1>
      {error && <p role="alert">{error}</p>}
      <label class="wt-check">
        <input
          type="checkbox"
          checked={settings.showBadge}
          data-testid="show-badge"
          onChange={async (e) => {
            setSettings(await client.saveSettings({ showBadge: e.currentTarget.checked }));
          }}
        />{' '}
        {s('showBadge')}
      </label>
      <PausedSites client={client} settings={settings} onChange={setSettings} />
      <section aria-labelledby="sources-h">
        <h2 id="sources-h">{s('sources')}</h2>
        <label class="wt-check">
          <input
            type="checkbox"
            checked={settings.indexVisitedArticles}
            onChange={async (e) => {
              setSettings(await client.saveSettings({ indexVisitedArticles: e.currentTarget.checked }));
            }}
          />{' '}
          {s('pagesRead')}
        </label>
        <Feeds client={client} settings={settings} status={status} onChange={() => refresh()} />
        <SharedIndex client={client} settings={settings} onChange={() => refresh()} />
        <NewsSearch client={client} settings={settings} onChange={() => refresh()} />
        <Search client={client} settings={settings} status={status} onChange={() => refresh()} />
      </section>
      <section aria-labelledby="privacy-h">
        <h2 id="privacy-h">{s('privacy')}</h2>
        <p>
          {/* The policy ships in the package (scripts/vite-privacy.ts): no request leaves to read it. */}
          <a href="/privacy.txt" target="_blank" rel="noopener" data-testid="privacy-policy">
            {s('privacyPolicy')}
          </a>
        </p>
        {feedHosts.length === 0 && !searchHost && !gdeltHost && !indexHost ? (
          <p class="wt-privacy">{s('privacyNothing')}</p>
        ) : (
          <ul class="wt-privacy">
            {feedHosts.length > 0 && (
              <li>
                {s('privacyFeeds')} {feedHosts.join(', ')}
              </li>
            )}
            {indexHost && (
              <li>
                {s('privacySharedIndex')} {indexHost}
              </li>
            )}
            {searchHost && (
              <li>
                {s('privacySearch')} {searchHost}
              </li>
            )}
            {gdeltHost && (
              <li>
                {s('privacyGdelt')} {gdeltHost}
              </li>
            )}
          </ul>
        )}
        <SiteAccess client={client} refreshKey={status} />
      </section>
      <Remembered client={client} onCleared={() => refresh()} />
      <Library client={client} status={status} onChange={(next) => refresh(next)} />
    </main>
  );
}
