// Entry of the side-by-side page: wiring only. Inside the extension it talks to the
// worker; in plain Vite dev it renders a hand-built comparison through the mock client
// (only in dev builds: production drops the branch, so the fixture ships nowhere).
/// <reference types="vite/client" />
import { render } from 'preact';
import { inExtension } from '../../platform/browser';
import { getMessage, setFallbackMessages } from '../../platform/i18n';
import { extensionClient, type WiretraceClient } from '../client';
import { mockClient } from '../client.mock';
import { App } from './App';
import { readRequest } from './params';

async function client(): Promise<WiretraceClient> {
  if (!import.meta.env.DEV || inExtension()) return extensionClient();
  const [{ devComparison }, messages] = await Promise.all([import('./devComparisons'), import('../../../public/_locales/en/messages.json')]);
  setFallbackMessages(messages.default);
  const comparison = await devComparison(location.search);
  const { report } = comparison;
  return mockClient({ 1: { state: 'report', report } }, { [`${report.copy.id}|${report.source.id}`]: comparison });
}

void client().then((c) => {
  // The words come in the locale the browser picked; say so for screen readers and hyphenation.
  document.documentElement.lang = getMessage('htmlLang');
  render(<App client={c} request={readRequest(location.search)} />, document.getElementById('app')!);
});
