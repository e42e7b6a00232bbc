// "Find the original" on a page with no known version: a news search the reader turned on
// (Options → Sources), with the exact phrases shown before anything is sent. The search
// host's access is asked for in the click; Chrome's prompt may close the popup, so the
// request is written down first and the worker runs it (shared/pending-compare.ts): the
// results are kept per article and shown the next time the popup opens. "Compare" on a
// result is "Compare with…" that result's address (same permission rule).
import { useEffect, useState } from 'preact/hooks';
import type { FindOriginalView, FoundVersion, TabState } from '../../shared/messages';
import type { WiretraceClient } from '../client';
import { t } from '../components/i18n';

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

function day(iso: string | undefined): string {
  const d = iso ? new Date(iso) : undefined;
  return d && Number.isFinite(d.getTime()) ? d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' }) : '';
}

const quoted = (phrases: string[]) => phrases.map((p) => `“${p}”`).join(` ${t('findOr')} `);

function Result(props: { r: FoundVersion; busy: boolean; onCompare(url: string): void }) {
  const { r } = props;
  return (
    <li class="wt-found" data-testid="found-version" data-url={r.url}>
      <strong class="wt-found-outlet">{r.outlet}</strong> <span class="wt-found-title">{r.title || r.url}</span>{' '}
      {r.date ? <span class="wt-muted wt-found-date">{day(r.date)}</span> : null}{' '}
      <button type="button" disabled={props.busy} onClick={() => props.onCompare(r.url)}>
        {t('findCompare')}
      </button>
    </li>
  );
}

export function FindOriginal({ client, tabId, onState }: { client: WiretraceClient; tabId: number; onState(state: TabState): void }) {
  const [view, setView] = useState<FindOriginalView>();
  const [busy, setBusy] = useState<'' | 'search' | 'compare'>('');
  const [error, setError] = useState('');

  useEffect(() => {
    let live = true;
    client
      .findOriginalState(tabId)
      .then((v) => live && setView(v))
      .catch((e: unknown) => live && setError(t('findFailed', e instanceof Error ? e.message : String(e))));
    return () => {
      live = false;
    };
  }, [client, tabId]);

  async function search(endpoint: string, retry: boolean) {
    setBusy('search');
    setError('');
    try {
      // The search engine's site is host access the reader grants here, in this click.
      if (!(await client.requestAccess([endpoint], tabId, 'find'))) return setError(t('findDenied', hostOf(endpoint)));
      setView(await client.findOriginal(tabId, retry));
    } catch (e) {
      setError(t('findFailed', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy('');
    }
  }

  async function compare(url: string) {
    setBusy('compare');
    setError('');
    try {
      if (!(await client.requestAccess([url], tabId))) return setError(t('compareWithDenied', hostOf(url)));
      onState(await client.compareWith(tabId, { url }));
    } catch (e) {
      setError(t('compareWithError', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy('');
    }
  }

  if (!view) return error ? <p role="alert">{error}</p> : null;
  return (
    <section class="wt-find-original" data-testid="find-original" data-find={view.state} aria-label={t('findTitle')}>
      {view.state === 'off' ? (
        <p>
          {t('findOff')}{' '}
          <button type="button" onClick={() => void client.openOptions()}>
            {t('findOpenOptions')}
          </button>
        </p>
      ) : null}
      {view.state === 'ready' && view.phrases.length === 0 ? <p>{t('findNoPhrases')}</p> : null}
      {view.state === 'ready' && view.phrases.length > 0 ? (
        <>
          <button type="button" class="wt-find-button" disabled={busy !== ''} onClick={() => void search(view.endpoint, false)}>
            {t('findButton')}
          </button>
          <p class="wt-muted" data-testid="find-sends">
            {t('findWillSend', view.source, hostOf(view.endpoint), quoted(view.phrases))}
          </p>
        </>
      ) : null}
      {view.state === 'results' ? (
        <>
          <p class="wt-muted">{t('findSent', view.source, quoted(view.phrases))}</p>
          {view.results.length ? (
            <ol class="wt-found-list" aria-label={t('findResults')}>
              {view.results.map((r) => (
                <Result key={r.url} r={r} busy={busy !== ''} onCompare={(url) => void compare(url)} />
              ))}
            </ol>
          ) : (
            <p role="status">{t('findNone')}</p>
          )}
        </>
      ) : null}
      {view.state === 'failed' ? (
        <>
          <p role="alert" class="wt-compare-error" data-reason={view.reason}>
            {view.reason === 'not-read' ? t('findNotRead') : view.reason === 'no-phrases' ? t('findNoPhrases') : t('findFailed', view.message)}
          </p>
          {view.reason !== 'no-phrases' && view.reason !== 'not-read' ? (
            <button type="button" disabled={busy !== ''} onClick={() => void search(view.endpoint, true)}>
              {t('findRetry')}
            </button>
          ) : null}
        </>
      ) : null}
      {busy === 'search' ? <p role="status">{t('findBusy')}</p> : null}
      {busy === 'compare' ? <p role="status">{t('compareWithBusy')}</p> : null}
      {error ? (
        <p role="alert" class="wt-compare-error">
          {error}
        </p>
      ) : null}
    </section>
  );
}
