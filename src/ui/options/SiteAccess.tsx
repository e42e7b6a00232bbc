// The sites the reader has let Wiretrace fetch from (granted in a prompt for a feed, a
// search endpoint or a compare-with page), each with a way to take the access back.
// Removing a feed does not revoke its site on its own: another feed or the search
// endpoint may use the same site, and the reader decides.
import { useEffect, useState } from 'preact/hooks';
import type { OptionsClient } from './options-client';
import { s } from './strings';

function label(pattern: string): string {
  return pattern.replace(/\/\*$/, '');
}

/** `refreshKey`: read the list again whenever it changes (the page's status refresh). */
export function SiteAccess({ client, refreshKey }: { client: OptionsClient; refreshKey?: unknown }) {
  const [sites, setSites] = useState<string[]>();
  const [error, setError] = useState('');

  async function load() {
    try {
      setSites(await client.grantedSites());
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  }
  useEffect(() => void load(), [refreshKey]);

  if (!sites) return null;
  return (
    <div class="wt-site-access">
      <h3>{s('siteAccess')}</h3>
      {sites.length === 0 ? (
        <p class="wt-muted">{s('siteAccessNone')}</p>
      ) : (
        <ul aria-label={s('siteAccess')}>
          {sites.map((site) => (
            <li key={site} data-site={site}>
              <code>{label(site)}</code>{' '}
              <button
                type="button"
                aria-label={`${s('siteRevoke')} ${label(site)}`}
                onClick={async () => {
                  setError('');
                  if (!(await client.revokeSite(site))) setError(s('siteRevokeFailed'));
                  await load();
                }}
              >
                {s('siteRevoke')}
              </button>
            </li>
          ))}
        </ul>
      )}
      {error ? (
        <p class="wt-error" role="alert">
          {error}
        </p>
      ) : null}
    </div>
  );
}
