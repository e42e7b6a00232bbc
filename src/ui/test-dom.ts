// Test only: a linkedom document with an #app root as the pages' globals, and the English
// messages as the i18n fallback, for component tests that render a whole page.
import { parseHTML } from 'linkedom';
import english from '../../public/_locales/en/messages.json' with { type: 'json' };
import { setFallbackMessages } from '../platform/i18n';

export function installPageDom(): void {
  const { window } = parseHTML('<!doctype html><html><body><div id="app"></div></body></html>');
  Object.assign(globalThis, {
    window,
    document: window.document,
    Node: window.Node,
    Element: window.Element,
    HTMLElement: window.HTMLElement,
    Event: window.Event,
    history: { replaceState: () => undefined },
    matchMedia: () => ({ matches: false }),
  });
  setFallbackMessages(english);
}
