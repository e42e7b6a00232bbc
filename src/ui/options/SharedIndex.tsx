// Sources → Shared index: the address of a `wiretrace index serve` and, for a private one,
// its token. Saving while enabled asks the browser for that one site, nothing wider.
import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import type { OptionsClient } from './options-client';
import { s } from './strings';

const BASE_RE = /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i;

export function SharedIndex(props: { client: OptionsClient; settings: Settings; onChange(): Promise<void> }) {
  const { client, settings } = props;
  const [url, setUrl] = useState(settings.sharedIndex.url);
  const [token, setToken] = useState(settings.sharedIndex.token);
  const [enabled, setEnabled] = useState(settings.sharedIndex.enabled);
  const [error, setError] = useState('');

  async function save() {
    setError('');
    const base = url.trim().replace(/\/+$/, '');
    if (enabled && !BASE_RE.test(base)) return setError(s('badUrl'));
    if (enabled && !(await client.requestAccess([`${base}/v1/candidates`]))) return setError(s('denied'));
    await client.saveSettings({ sharedIndex: { enabled, url: base, token: token.trim() } });
    await props.onChange();
  }

  return (
    <section aria-labelledby="shared-index-h">
      <h3 id="shared-index-h">{s('sharedIndex')}</h3>
      <p class="wt-muted">{s('sharedIndexHelp')}</p>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label class="wt-check">
          <input type="checkbox" name="shared-index-enabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> {s('sharedIndexEnable')}
        </label>
        <label class="wt-block">
          {s('sharedIndexUrl')}
          <input
            type="url"
            name="shared-index-url"
            value={url}
            onInput={(e) => setUrl(e.currentTarget.value)}
            placeholder="https://index.example.org"
            size={50}
          />
        </label>
        <label class="wt-block">
          {s('sharedIndexToken')}
          <input type="password" name="shared-index-token" value={token} onInput={(e) => setToken(e.currentTarget.value)} autocomplete="off" size={50} />
        </label>
        <button type="submit">{s('sharedIndexSave')}</button>
      </form>
      {error && (
        <p class="wt-error" role="alert">
          {error}
        </p>
      )}
    </section>
  );
}
