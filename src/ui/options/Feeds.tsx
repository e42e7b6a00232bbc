// Feeds: the reader's list with each feed's last poll, the add form (asks for host access
// in the click, as the browser requires), the offered list and the poll interval.
import { useState } from 'preact/hooks';
import type { LibraryStatus } from '../../shared/messages';
import type { Settings } from '../../shared/settings';
import { AllowAccess } from './AllowAccess';
import { OFFERED_FEEDS } from './offered-feeds';
import type { OptionsClient } from './options-client';
import { s } from './strings';

function isHttp(url: string): boolean {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

function FeedResult({ feed }: { feed: LibraryStatus['feeds'][number] }) {
  const r = feed.lastResult;
  if (!r) return <span class="wt-muted">{s('feedNeverPolled')}</span>;
  const when = feed.lastPollAt ? new Date(feed.lastPollAt).toLocaleString() : '';
  if (!r.ok) {
    return (
      <span class="wt-error" role="status">
        {when} · {r.error}
      </span>
    );
  }
  return (
    <span class="wt-ok">
      {when} · {r.items} items, {r.added} new{r.failed ? ` · ${r.failed} failed (${r.firstError ?? ''})` : ''}
    </span>
  );
}

export function Feeds(props: { client: OptionsClient; settings: Settings; status: LibraryStatus; onChange(): Promise<void> }) {
  const { client, settings, status } = props;
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');

  async function add(url: string) {
    setError('');
    const clean = url.trim();
    if (!isHttp(clean)) return setError(s('badUrl'));
    if (!(await client.requestAccess([clean]))) return setError(s('denied'));
    const urls = [...new Set([...settings.feeds.urls, clean])];
    await client.saveSettings({ feeds: { ...settings.feeds, enabled: true, urls } });
    setDraft('');
    await props.onChange();
    await client.pollNow(clean);
    await props.onChange();
  }

  async function remove(url: string) {
    await client.saveSettings({ feeds: { ...settings.feeds, urls: settings.feeds.urls.filter((u) => u !== url) } });
    await props.onChange();
  }

  async function toggle(enabled: boolean) {
    if (enabled && settings.feeds.urls.length && !(await client.requestAccess(settings.feeds.urls))) return setError(s('denied'));
    await client.saveSettings({ feeds: { ...settings.feeds, enabled } });
    await props.onChange();
    if (enabled) {
      await client.pollNow();
      await props.onChange();
    }
  }

  return (
    <section aria-labelledby="feeds-h">
      <h3 id="feeds-h">{s('feeds')}</h3>
      <p class="wt-muted">{s('feedsHelp')}</p>
      <label class="wt-check">
        <input type="checkbox" checked={settings.feeds.enabled} onChange={(e) => void toggle(e.currentTarget.checked)} /> {s('feedsEnable')}
      </label>
      <ul class="wt-feeds" aria-label={s('feeds')}>
        {status.feeds.map((f) => (
          <li key={f.url} data-feed={f.url}>
            <div class="wt-feed-url">{f.title ? `${f.title} — ${f.url}` : f.url}</div>
            <div class="wt-feed-result">
              <FeedResult feed={f} />
            </div>
            {f.lastResult?.needsAccess?.length ? (
              <AllowAccess
                client={client}
                origins={f.lastResult.needsAccess}
                onAllowed={async () => {
                  await client.pollNow(f.url);
                  await props.onChange();
                }}
              />
            ) : null}
            <button type="button" onClick={() => void remove(f.url)} aria-label={`${s('feedRemove')} ${f.url}`}>
              {s('feedRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form
        class="wt-row"
        onSubmit={(e) => {
          e.preventDefault();
          void add(draft);
        }}
      >
        <label>
          {s('feedUrl')}{' '}
          <input type="url" name="feed" value={draft} onInput={(e) => setDraft(e.currentTarget.value)} placeholder="https://…/rss.xml" size={40} />
        </label>
        <button type="submit">{s('feedAdd')}</button>
      </form>
      {error && (
        <p class="wt-error" role="alert">
          {error}
        </p>
      )}
      <details>
        <summary>{s('feedOffered')}</summary>
        <ul>
          {OFFERED_FEEDS.filter((f) => !settings.feeds.urls.includes(f.url)).map((f) => (
            <li key={f.url}>
              {f.name} <span class="wt-muted">{f.url}</span>{' '}
              <button type="button" onClick={() => void add(f.url)} aria-label={`${s('feedAdd')}: ${f.name}`}>
                {s('feedAdd')}
              </button>
            </li>
          ))}
        </ul>
      </details>
      <div class="wt-row">
        <label>
          {s('pollEvery')}{' '}
          <select
            value={String(settings.feeds.pollMinutes)}
            onChange={async (e) => {
              await client.saveSettings({ feeds: { ...settings.feeds, pollMinutes: Number(e.currentTarget.value) } });
              await props.onChange();
            }}
          >
            {[15, 30, 60, 180, 720, 1440].map((m) => (
              <option key={m} value={String(m)}>
                {m}
              </option>
            ))}
          </select>{' '}
          {s('minutes')}
        </label>{' '}
        <button
          type="button"
          onClick={async () => {
            await client.pollNow();
            await props.onChange();
          }}
        >
          {s('pollNow')}
        </button>
      </div>
    </section>
  );
}
