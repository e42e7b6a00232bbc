// The library: count and size against the cap, export, import, clear; recent failures.
import { useState } from 'preact/hooks';
import type { LibraryStatus } from '../../shared/messages';
import type { OptionsClient } from './options-client';
import { importNote } from './import-note';
import { s, sn, type StringKey } from './strings';

// What was being fetched, in the reader's words (the record holds a code name).
const FAILURE_KIND = {
  feed: 'failureFeed',
  page: 'failurePage',
  search: 'failureSearch',
  compare: 'failureCompare',
} as const satisfies Record<LibraryStatus['failures'][number]['kind'], StringKey>;

const MB = 1024 * 1024;

function size(bytes: number): string {
  return bytes >= MB ? `${(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

export function Library(props: { client: OptionsClient; status: LibraryStatus; onChange(next?: LibraryStatus): Promise<void> }) {
  const { client, status } = props;
  const [cap, setCap] = useState(String(Math.round(status.capBytes / MB)));
  const [note, setNote] = useState('');

  async function download() {
    const parts = await client.exportLibrary();
    const url = URL.createObjectURL(new Blob(parts, { type: 'application/x-ndjson' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `wiretrace-library-${new Date().toISOString().slice(0, 10)}.jsonl`;
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  async function upload(file: File | undefined) {
    if (!file) return;
    try {
      setNote(importNote(await client.importLibrary(await file.text())));
    } catch (e) {
      // Reading the file or a message to the worker failed: said, never dropped.
      setNote(s('importFailed', e instanceof Error ? e.message : String(e)));
    }
    await props.onChange();
  }

  return (
    <section aria-labelledby="library-h">
      <h2 id="library-h">{s('library')}</h2>
      <p class="wt-library-size" data-count={status.count}>
        {sn('articlesCount', status.count)} · {size(status.bytes)} / {size(status.capBytes)}
      </p>
      <form
        class="wt-row"
        onSubmit={async (e) => {
          e.preventDefault();
          const mb = Number(cap);
          if (Number.isFinite(mb) && mb >= 1) await props.onChange(await client.setCap(Math.round(mb * MB)));
        }}
      >
        <label>
          {s('cap')} <input type="number" min="1" step="1" value={cap} onInput={(e) => setCap(e.currentTarget.value)} />
        </label>
        <button type="submit">{s('capSave')}</button>
      </form>
      <p class="wt-muted">{s('capHelp')}</p>
      <div class="wt-row">
        <button type="button" onClick={() => void download()}>
          {s('export')}
        </button>
        <label class="wt-file">
          {s('import')} <input type="file" accept=".jsonl,.json,.ndjson,application/x-ndjson" onChange={(e) => void upload(e.currentTarget.files?.[0])} />
        </label>
        <button
          type="button"
          class="wt-danger"
          onClick={async () => {
            if (confirm(s('clearConfirm'))) await props.onChange(await client.clearLibrary());
          }}
        >
          {s('clear')}
        </button>
      </div>
      {note && <p role="status">{note}</p>}
      <h3>{s('failures')}</h3>
      {status.failures.length === 0 ? (
        <p class="wt-muted">{s('noFailures')}</p>
      ) : (
        <ul class="wt-failures">
          {status.failures.map((f) => (
            <li key={f.url}>
              <span class="wt-kind">{s(FAILURE_KIND[f.kind])}</span> <span class="wt-failure-url">{f.url}</span>: <span class="wt-error">{f.error}</span>{' '}
              <span class="wt-muted">
                (×{f.count}, {s('retryAfter')} {new Date(f.retryAt).toLocaleTimeString()})
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
