// Sources → Shared index: the address of a `wiretrace index serve` and, for a private one,
// its token. Saving while enabled asks the browser for that one site, nothing wider.
import { useState } from 'preact/hooks';
import type { Settings } from '../../shared/settings';
import type { OptionsClient } from './options-client';
import { EndpointForm } from './EndpointForm';
import { s } from './strings';

const BASE_RE = /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i;

export function SharedIndex(props: { client: OptionsClient; settings: Settings; onChange(): Promise<void> }) {
  const { client, settings } = props;
  const [url, setUrl] = useState(settings.sharedIndex.url);
  const [token, setToken] = useState(settings.sharedIndex.token);
  const [enabled, setEnabled] = useState(settings.sharedIndex.enabled);

  async function save(): Promise<string | undefined> {
    const base = url.trim().replace(/\/+$/, '');
    if (enabled && !BASE_RE.test(base)) return s('badUrl');
    if (enabled && !(await client.requestAccess([`${base}/v1/candidates`]))) return s('denied');
    await client.saveSettings({ sharedIndex: { enabled, url: base, token: token.trim() } });
    await props.onChange();
  }

  return (
    <section aria-labelledby="shared-index-h">
      <h3 id="shared-index-h">{s('sharedIndex')}</h3>
      <p class="wt-muted">{s('sharedIndexHelp')}</p>
      <EndpointForm
        name="shared-index"
        enabled={enabled}
        onEnabled={setEnabled}
        enableLabel={s('sharedIndexEnable')}
        saveLabel={s('sharedIndexSave')}
        onSave={save}
      >
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
      </EndpointForm>
    </section>
  );
}
