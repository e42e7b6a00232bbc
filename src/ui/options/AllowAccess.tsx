// The sites a feed or the search endpoint needs that the reader has not allowed yet:
// nothing was fetched from them. Allowing is the browser's own prompt, so it runs in this
// click (browsers only ask inside a user gesture).
import { useState } from 'preact/hooks';
import type { OptionsClient } from './options-client';
import { s } from './strings';

function hostOf(origin: string): string {
  try {
    return new URL(origin).host;
  } catch {
    return origin;
  }
}

export function AllowAccess(props: { client: OptionsClient; origins: string[]; onAllowed(): Promise<void> }) {
  const [error, setError] = useState('');
  const hosts = props.origins.map(hostOf).join(', ');
  return (
    <div class="wt-needs-access" role="status">
      {s('needsAccess')} <strong>{hosts}</strong>{' '}
      <button
        type="button"
        onClick={async () => {
          setError('');
          if (!(await props.client.requestAccess(props.origins))) return setError(s('denied'));
          await props.onAllowed();
        }}
      >
        {s('allowAccess')} {hosts}
      </button>
      {error ? <span class="wt-error"> {error}</span> : null}
    </div>
  );
}
