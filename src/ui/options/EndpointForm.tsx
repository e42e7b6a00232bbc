// One shape for the Sources sections that point Wiretrace at one service (the search
// endpoint, the shared index): an enable box, the address fields, Save, and what went wrong.
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

export function EndpointForm(props: {
  /** Prefix of the form fields' names (e2e and the component tests find them by it). */
  name: string;
  enabled: boolean;
  onEnabled(enabled: boolean): void;
  enableLabel: string;
  saveLabel: string;
  /** Saves; resolves to what the reader must be told when it could not. */
  onSave(): Promise<string | undefined>;
  children: ComponentChildren;
}) {
  const [error, setError] = useState('');
  return (
    <>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          setError('');
          void props.onSave().then((problem) => setError(problem ?? ''));
        }}
      >
        <label class="wt-check">
          <input type="checkbox" name={`${props.name}-enabled`} checked={props.enabled} onChange={(e) => props.onEnabled(e.currentTarget.checked)} />{' '}
          {props.enableLabel}
        </label>
        {props.children}
        <button type="submit">{props.saveLabel}</button>
      </form>
      {error && (
        <p class="wt-error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
