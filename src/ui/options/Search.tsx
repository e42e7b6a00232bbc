// The search endpoint: off until enabled, with the last query actually sent shown.
import { useState } from 'preact/hooks';
import type { LibraryStatus } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { AllowAccess } from './AllowAccess';
import type { OptionsClient } from './options-client';
import { s } from './strings';

const TEMPLATE_RE = /^https?:\/\/\S*\{query\}/i;

export function Search(props: { client: OptionsClient; settings: Settings; status: LibraryStatus; onChange(): Promise<void> }) {
  const { client, settings, status } = props;
  const [template, setTemplate] = useState(settings.search.urlTemplate);
  const [enabled, setEnabled] = useState(settings.search.enabled);
  const [error, setError] = useState('');

  async function save() {
    setError('');
    if (enabled && !TEMPLATE_RE.test(template)) return setError(s('badTemplate'));
    const sample = template.split('{query}').join('x');
    if (enabled && !(await client.requestAccess([sample]))) return setError(s('denied'));
    await client.saveSettings({ search: { enabled, urlTemplate: template } });
    await props.onChange();
  }

  const last = status.lastSearch;
  return (
    <section aria-labelledby="search-h">
      <h3 id="search-h">{s('search')}</h3>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void save();
        }}
      >
        <label class="wt-check">
          <input type="checkbox" name="search-enabled" checked={enabled} onChange={(e) => setEnabled(e.currentTarget.checked)} /> {s('searchEnable')}
        </label>
        <label class="wt-block">
          {s('searchTemplate')}
          <input
            type="url"
            name="search-template"
            value={template}
            onInput={(e) => setTemplate(e.currentTarget.value)}
            placeholder="https://search.example/rss?q={query}"
            size={50}
          />
        </label>
        <button type="submit">{s('searchSave')}</button>
      </form>
      {error && (
        <p class="wt-error" role="alert">
          {error}
        </p>
      )}
      <h4>{s('lastQuery')}</h4>
      {last ? (
        <p class="wt-last-query">
          <code>{last.query}</code>
          <br />
          <span class="wt-muted">
            {new Date(last.at).toLocaleString()} · {last.url} · {last.error ? last.error : `${last.results} results, ${last.added} read`}
          </span>
          {last.needsAccess?.length ? <AllowAccess client={client} origins={last.needsAccess} onAllowed={props.onChange} /> : null}
        </p>
      ) : (
        <p class="wt-muted">{s('noQuery')}</p>
      )}
    </section>
  );
}
