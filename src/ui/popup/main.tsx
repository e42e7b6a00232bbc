// Popup entry: wiring only. Inside the extension it talks to the worker; in plain Vite dev
// it renders canned states from the mock client, with the English strings as fallback.
import { render } from 'preact';
import { inExtension } from '../../platform/browser';
import { getMessage, setFallbackMessages } from '../../platform/i18n';
import { defaultClient } from '../client';
import { mockClient } from '../client.mock';
import { App } from './App';

async function main() {
  if (!inExtension()) {
    // Dev only: the extension build never fetches this (the browser localises there).
    setFallbackMessages((await import('../../../public/_locales/en/messages.json')).default);
  }
  const client = defaultClient(() => mockClient({ 1: { state: 'checking' } }));
  // The words come in the locale the browser picked; say so for screen readers and hyphenation.
  document.documentElement.lang = getMessage('htmlLang');
  render(<App client={client} />, document.getElementById('app')!);
}
void main();
