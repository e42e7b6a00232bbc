// The sites where the reader paused Wiretrace from the popup ("Pause here"), with Resume.
import type { Settings } from '../../shared/settings';
import type { OptionsClient } from './options-client';
import { s } from './strings';

export function PausedSites({ client, settings, onChange }: { client: OptionsClient; settings: Settings; onChange(next: Settings): void }) {
  return (
    <section aria-labelledby="paused-h" data-testid="paused-sites">
      <h2 id="paused-h">{s('paused')}</h2>
      {settings.pausedSites.length === 0 ? (
        <p>{s('pausedNone')}</p>
      ) : (
        <ul>
          {settings.pausedSites.map((host) => (
            <li key={host}>
              {host}{' '}
              <button type="button" onClick={async () => onChange(await client.saveSettings({ pausedSites: settings.pausedSites.filter((h) => h !== host) }))}>
                {s('pausedResume')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
