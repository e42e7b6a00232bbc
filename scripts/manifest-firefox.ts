// Chrome's MV3 manifest → Firefox's. What differs, and why:
// - background: Firefox runs MV3 background *scripts* in an event page, not a service
//   worker; the page has a DOM, which is why Firefox needs no offscreen document.
// - browser_specific_settings.gecko: an add-on id (required to sign and for storage.sync),
//   the minimum version, and the data-collection declaration AMO asks of new add-ons
//   (Wiretrace collects nothing: the library never leaves the device).
// - Chrome-only keys and permissions (offscreen, minimum_chrome_version) are dropped so
//   `web-ext lint` has nothing to warn about.
// - content_security_policy.extension_pages: Firefox's MV3 default adds
//   `upgrade-insecure-requests`, which silently turns the worker's http:// fetches (a feed
//   or a page the reader asked to compare with) into https:// ones that fail on http-only
//   sites. Chrome's default has no such directive; this keeps the two builds alike and
//   scripts as strict as before (only the extension's own). Found by e2e/firefox/smoke.ts.
// https://extensionworkshop.com/documentation/develop/manifest-v3-migration-guide/

export const GECKO_ID = 'wiretrace@wiretrace.example';
/** 140 is the current ESR and the first release that reads data_collection_permissions. */
export const FIREFOX_MIN_VERSION = '140.0';
/** Firefox for Android reads data_collection_permissions from 142 on. */
export const FIREFOX_ANDROID_MIN_VERSION = '142.0';

/** Firefox's MV3 default without `upgrade-insecure-requests` (see above). */
export const FIREFOX_EXTENSION_PAGES_CSP = "script-src 'self'; object-src 'self'";

const CHROME_ONLY_PERMISSIONS = new Set(['offscreen', 'sidePanel', 'tabGroups', 'debugger']);
const CHROME_ONLY_KEYS = ['minimum_chrome_version', 'side_panel', 'offline_enabled', 'update_url', 'key'];

type Json = Record<string, unknown>;

export function firefoxManifest<M extends Json>(chrome: M): Json {
  const out: Json = structuredClone(chrome);
  for (const key of CHROME_ONLY_KEYS) delete out[key];

  const background = chrome.background as { service_worker?: string; scripts?: string[]; type?: string } | undefined;
  if (background?.service_worker) {
    out.background = { scripts: [background.service_worker], ...(background.type ? { type: background.type } : {}) };
  }

  for (const key of ['permissions', 'optional_permissions'] as const) {
    const list = chrome[key];
    if (Array.isArray(list)) out[key] = list.filter((p) => !CHROME_ONLY_PERMISSIONS.has(String(p)));
  }

  if (!chrome.content_security_policy) {
    out.content_security_policy = { extension_pages: FIREFOX_EXTENSION_PAGES_CSP };
  }

  out.browser_specific_settings = {
    gecko: {
      id: GECKO_ID,
      strict_min_version: FIREFOX_MIN_VERSION,
      data_collection_permissions: { required: ['none'] },
    },
    gecko_android: { strict_min_version: FIREFOX_ANDROID_MIN_VERSION },
  };
  return out;
}
