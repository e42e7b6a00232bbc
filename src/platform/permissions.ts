// Optional host permissions: asked for when the reader enables a feed or a search
// endpoint (from a click in the options page, as the browser requires), never at install.
import { ext } from './browser';

/** "https://example.com/feed.xml" → "https://example.com/*". */
export function originPattern(url: string): string {
  const u = new URL(url);
  return `${u.protocol}//${u.hostname}/*`;
}

export async function hasHostAccess(urls: string[]): Promise<boolean> {
  return ext().permissions.contains({ origins: urls.map(originPattern) });
}

/** True when the reader allowed every http(s) site (the manifest's whole optional grant). */
export async function hasAccessToEverySite(): Promise<boolean> {
  return ext().permissions.contains({ origins: ['http://*/*', 'https://*/*'] });
}

/** Every site, held or asked for in one prompt (inside a click): automatic search fetches results from any news site. */
export async function ensureAccessToEverySite(): Promise<boolean> {
  if (await hasAccessToEverySite()) return true;
  try {
    return await ext().permissions.request({ origins: ['http://*/*', 'https://*/*'] });
  } catch {
    return false;
  }
}

/** True when already held, else the browser asks (inside a click). */
export async function ensureHostAccess(urls: string[]): Promise<boolean> {
  return (await hasHostAccess(urls)) || requestHostAccess(urls);
}

/** Must run inside a user gesture (a click handler). Resolves false when refused. */
export async function requestHostAccess(urls: string[]): Promise<boolean> {
  try {
    return await ext().permissions.request({ origins: urls.map(originPattern) });
  } catch {
    return false;
  }
}

/**
 * Host patterns the reader granted. Chrome's getAll() also lists the content script's
 * match patterns, which are the install's and not the reader's to revoke here.
 */
export async function grantedHostPatterns(): Promise<string[]> {
  const api = ext();
  const own = new Set((api.runtime.getManifest().content_scripts ?? []).flatMap((cs) => cs.matches ?? []));
  const { origins = [] } = await api.permissions.getAll();
  return origins.filter((o) => !own.has(o)).sort();
}

/** False when the browser refuses (a pattern the manifest requires cannot be removed). */
export async function revokeHostAccess(patterns: string[]): Promise<boolean> {
  try {
    return await ext().permissions.remove({ origins: patterns });
  } catch {
    return false;
  }
}

/** The reader granted more host access (in a prompt that may have closed the page that asked). */
export function onHostAccessAdded(cb: () => void): void {
  ext().permissions.onAdded.addListener((added) => {
    if (added.origins?.length) cb();
  });
}
