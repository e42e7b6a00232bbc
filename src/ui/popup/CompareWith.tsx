// "Compare with…": the reader pastes another version's address (fetched by the worker,
// bounded in size and time) or its text, and the popup shows the comparison.
import { useState } from 'preact/hooks';
import type { TabState } from '../../shared/messages';
import type { WiretraceClient } from '../client';
import { t } from '../components/i18n';

export function CompareWith({ client, tabId, onState }: { client: WiretraceClient; tabId: number; onState(state: TabState): void }) {
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit() {
    const v = value.trim();
    if (!v) return;
    setBusy(true);
    setError('');
    try {
      const url = /^https?:\/\/\S+$/i.test(v) ? v : undefined;
      // Fetching another site's page is host access the reader grants here, in this click.
      if (url && !(await client.requestAccess([url], tabId))) {
        setError(t('compareWithDenied', new URL(url).host));
        return;
      }
      onState(await client.compareWith(tabId, url ? { url } : { text: v }));
    } catch (e) {
      setError(t('compareWithError', e instanceof Error ? e.message : String(e)));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details class="wt-compare-with">
      <summary>{t('compareWithTitle')}</summary>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <label>
          {t('compareWithLabel')}
          <textarea name="compare-with" rows={2} value={value} onInput={(e) => setValue(e.currentTarget.value)} />
        </label>
        <button type="submit" disabled={busy}>
          {t('compareWithButton')}
        </button>
      </form>
      {busy ? <p role="status">{t('compareWithBusy')}</p> : null}
      {error ? (
        <p role="alert" class="wt-compare-error">
          {error}
        </p>
      ) : null}
    </details>
  );
}
