// The extension API namespace. Why not webextension-polyfill at runtime: in MV3 Chrome's
// `chrome.*` returns promises and Firefox ships `browser.*` natively, so the polyfill
// would only add ~10 KB to a content script that runs on every page (refined-github
// dropped it for the same reason). Its types are still the best description of the API.
import type Browser from 'webextension-polyfill';

export type Ext = Browser.Browser;
export type MessageSender = Browser.Runtime.MessageSender;

export function ext(): Ext {
  const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
  const api = g.browser?.runtime?.id ? g.browser : g.chrome;
  if (!api?.runtime) throw new Error('Not running inside the extension');
  return api;
}

/** True inside an extension context (false in plain Vite dev and in Node tests). */
export function inExtension(): boolean {
  const g = globalThis as unknown as { browser?: Ext; chrome?: Ext };
  return Boolean(g.browser?.runtime?.id ?? g.chrome?.runtime?.id);
}

export function extensionId(): string {
  return ext().runtime.id;
}

/** "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
export function extensionOrigin(): string {
  return ext().runtime.getURL('/');
}
