// Options page entry: wiring only (the mock client in plain Vite dev, with the English
// strings as fallback since there is no chrome.i18n there).
import { render } from 'preact';
import { inExtension } from '../../platform/browser';
import { getMessage, setFallbackMessages } from '../../platform/i18n';
import { App } from './App';
import { defaultOptionsClient } from './options-client';
import { mockOptionsClient } from './options-client.mock';

async function main() {
  if (!inExtension()) {
    // Dev only: the extension build never fetches this (the browser localises there).
    setFallbackMessages((await import('../../../public/_locales/en/messages.json')).default);
  }
  // The words come in the locale the browser picked; say so for screen readers and hyphenation.
  document.documentElement.lang = getMessage('htmlLang');
  render(<App client={defaultOptionsClient(() => mockOptionsClient())} />, document.getElementById('app')!);
}
void main();
