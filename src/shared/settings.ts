// Settings through one module (refined-github's options-storage.ts, Vimium's settings.js):
// defaults, `type Settings = typeof defaults`, an ordered list of migrations, validation on
// every read. Storage itself is passed in (platform/storage.ts gives the real area), so
// this file stays browser-free and is tested in Node.

export const SETTINGS_KEY = 'settings';

export const defaults = {
  /** Version of the stored shape; bump it and append a migration when the shape changes. */
  schemaVersion: 1,
  /** Index every article the reader opens so a later copy of it is recognised. Never leaves the device. */
  indexVisitedArticles: true,
  /** Show the share-reused badge on the toolbar icon. */
  showBadge: true,
  /** Sites (host names) where Wiretrace reads and keeps nothing: "Pause on this site". */
  pausedSites: [] as string[],
  feeds: {
    enabled: false,
    urls: [] as string[],
    pollMinutes: 60,
  },
  search: {
    enabled: false,
    /** URL template with `{query}`, answering RSS or JSON. */
    urlTemplate: '',
    /** "Search the world's news (GDELT)": the popup's "Find the original" asks GDELT. */
    gdelt: false,
    /** Where GDELT's DOC API answers (a mirror or a test server may stand in). */
    gdeltEndpoint: 'https://api.gdeltproject.org/api/v2/doc/doc',
    /**
     * Search without a click when a page looks republished and no version is known, and
     * compare the top results (needs the reader's access to all sites).
     */
    automatic: false,
  },
  /** A shared index (`wiretrace index serve`), asked after the local library and before search. */
  sharedIndex: {
    enabled: false,
    /** The index's base address, e.g. https://index.example.org. */
    url: '',
    /** Bearer token for a private index ('' for an open one). */
    token: '',
  },
};

export type Settings = typeof defaults;

/** Reads and writes plain JSON values; the browser's local storage area and a Map both fit. */
export interface KeyValueArea {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

type Migration = (raw: Record<string, unknown>) => Record<string, unknown>;

/**
 * migrations[i] turns schemaVersion i into i + 1. Version 0 is "no schemaVersion":
 * the 0.0.x builds stored `indexArticles` before it was renamed.
 */
export const migrations: readonly Migration[] = [
  (raw) => {
    const { indexArticles, ...rest } = raw;
    return { ...rest, ...(typeof indexArticles === 'boolean' ? { indexVisitedArticles: indexArticles } : {}), schemaVersion: 1 };
  },
];

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function migrate(raw: Record<string, unknown>): Record<string, unknown> {
  let out = raw;
  // Any stored value: 0.5, -1, NaN or a string is not a version this code wrote, so it is
  // read as the oldest (version 0) and every migration runs; a later version than this
  // build knows (a synced store from a newer build) runs none (issue 14, item 9).
  const v0 = raw.schemaVersion;
  const from = typeof v0 === 'number' && Number.isInteger(v0) && v0 >= 0 ? v0 : 0;
  for (let v = from; v < migrations.length; v++) out = migrations[v](out);
  return out;
}

function bool(v: unknown, fallback: boolean): boolean {
  return typeof v === 'boolean' ? v : fallback;
}

/** A host name as the popup's "Pause on this site" stores it (lower case, no port rules). */
const HOST_RE = /^[a-z0-9.-]+(?::\d{1,5})?$/;

function hostList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  const hosts = v.filter((h): h is string => typeof h === 'string' && h.length <= 253 && HOST_RE.test(h.toLowerCase())).map((h) => h.toLowerCase());
  return [...new Set(hosts)].slice(0, 500);
}

/** True when `url`'s host is one the reader paused Wiretrace on. */
export function isPausedUrl(settings: Pick<Settings, 'pausedSites'>, url: string): boolean {
  const host = hostOfUrl(url);
  return host !== undefined && settings.pausedSites.includes(host);
}

/** The host a pause applies to (with its port, so two fixture sites on loopback stay apart). */
export function hostOfUrl(url: string): string | undefined {
  const m = /^https?:\/\/(?:[^@/]*@)?([^/?#]+)/i.exec(url);
  return m ? m[1].toLowerCase() : undefined;
}

function httpUrlList(v: unknown): string[] {
  if (!Array.isArray(v)) return [];
  return v.filter((u): u is string => typeof u === 'string' && /^https?:\/\/\S+$/i.test(u)).slice(0, 200);
}

/**
 * Any stored value in, a complete valid Settings out: unknown keys dropped, wrong types
 * replaced by defaults, numbers clamped. A corrupt store can never break the worker.
 */
export function validateSettings(raw: unknown): Settings {
  const r = isRecord(raw) ? migrate(raw) : {};
  const feeds = isRecord(r.feeds) ? r.feeds : {};
  const search = isRecord(r.search) ? r.search : {};
  const sharedIndex = isRecord(r.sharedIndex) ? r.sharedIndex : {};
  const indexUrl =
    typeof sharedIndex.url === 'string' && /^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/i.test(sharedIndex.url) ? sharedIndex.url.replace(/\/+$/, '') : '';
  const indexToken = typeof sharedIndex.token === 'string' && /^[\x21-\x7e]{0,200}$/.test(sharedIndex.token) ? sharedIndex.token : '';
  const minutes = typeof feeds.pollMinutes === 'number' && Number.isFinite(feeds.pollMinutes) ? feeds.pollMinutes : defaults.feeds.pollMinutes;
  const template = typeof search.urlTemplate === 'string' && /^https?:\/\/\S*\{query\}/i.test(search.urlTemplate) ? search.urlTemplate : '';
  const gdeltEndpoint =
    typeof search.gdeltEndpoint === 'string' && /^https?:\/\/[^\s?#]+$/i.test(search.gdeltEndpoint) && search.gdeltEndpoint.length <= 500
      ? search.gdeltEndpoint
      : defaults.search.gdeltEndpoint;
  return {
    schemaVersion: migrations.length,
    indexVisitedArticles: bool(r.indexVisitedArticles, defaults.indexVisitedArticles),
    showBadge: bool(r.showBadge, defaults.showBadge),
    pausedSites: hostList(r.pausedSites),
    feeds: {
      enabled: bool(feeds.enabled, defaults.feeds.enabled),
      urls: httpUrlList(feeds.urls),
      pollMinutes: Math.min(24 * 60, Math.max(15, Math.round(minutes))),
    },
    search: {
      enabled: bool(search.enabled, defaults.search.enabled) && template !== '',
      urlTemplate: template,
      gdelt: bool(search.gdelt, defaults.search.gdelt),
      gdeltEndpoint,
      automatic: bool(search.automatic, defaults.search.automatic),
    },
    sharedIndex: { enabled: bool(sharedIndex.enabled, defaults.sharedIndex.enabled) && indexUrl !== '', url: indexUrl, token: indexToken },
  };
}

export async function loadSettings(area: KeyValueArea): Promise<Settings> {
  return validateSettings(await area.get(SETTINGS_KEY));
}

/** Merges a partial change (one level deep for the nested groups), validates, stores. */
/** A change to the settings: any top-level value, or some fields of a nested group. */
export type SettingsPatch = Partial<Omit<Settings, 'feeds' | 'search'>> & { feeds?: Partial<Settings['feeds']>; search?: Partial<Settings['search']> };

export async function saveSettings(area: KeyValueArea, patch: SettingsPatch): Promise<Settings> {
  const current = await loadSettings(area);
  const merged = {
    ...current,
    ...patch,
    feeds: { ...current.feeds, ...patch.feeds },
    search: { ...current.search, ...patch.search },
    sharedIndex: { ...current.sharedIndex, ...patch.sharedIndex },
  };
  const next = validateSettings(merged);
  await area.set(SETTINGS_KEY, next);
  return next;
}
