// The search endpoint: off until enabled, with the last query actually sent shown.
import { useState } from 'preact/hooks';
import type { LibraryStatus } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { AllowAccess } from './AllowAccess';
import type { OptionsClient } from './options-client';
import { EndpointForm } from './EndpointForm';
import { s, sn } from './strings';

const TEMPLATE_RE = /^https?:\/\/\S*\{query\}/i;

export function Search(props: { client: OptionsClient; settings: Settings; status: LibraryStatus; onChange(): Promise<void> }) {
  const { client, settings, status } = props;
  const [template, setTemplate] = useState(settings.search.urlTemplate);
  const [enabled, setEnabled] = useState(settings.search.enabled);

  async function save(): Promise<string | undefined> {
    if (enabled && !TEMPLATE_RE.test(template)) return s('badTemplate');
    const sample = template.split('{query}').join('x');
    if (enabled && !(await client.requestAccess([sample]))) return s('denied');
    await client.saveSettings({ search: { enabled, urlTemplate: template } });
    await props.onChange();
  }

  const last = status.lastSearch;
  return (
    <section aria-labelledby="search-h">
      <h3 id="search-h">{s('search')}</h3>
      <EndpointForm name="search" enabled={enabled} onEnabled={setEnabled} enableLabel={s('searchEnable')} saveLabel={s('searchSave')} onSave={save}>
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
      </EndpointForm>
      <h4>{s('lastQuery')}</h4>
      {last ? (
        <p class="wt-last-query">
          <code>{last.query}</code>
          <br />
          <span class="wt-muted">
            {new Date(last.at).toLocaleString()} · {last.url} · {last.error ? last.error : sn('searchResults', last.results, last.results, last.added)}
          </span>
          {last.needsAccess?.length ? <AllowAccess client={client} origins={last.needsAccess} onAllowed={props.onChange} /> : null}
        </p>
      ) : (
        <p class="wt-muted">{s('noQuery')}</p>
      )}
    </section>
  );
}
