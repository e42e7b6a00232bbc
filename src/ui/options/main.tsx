// Options page entry: wiring only (the mock client in plain Vite dev).
import { render } from 'preact';
import { App } from './App';
import { defaultOptionsClient } from './options-client';
import { mockOptionsClient } from './options-client.mock';

render(<App client={defaultOptionsClient(() => mockOptionsClient())} />, document.getElementById('app')!);
