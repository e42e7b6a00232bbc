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

/** Must run inside a user gesture (a click handler). Resolves false when refused. */
export async function requestHostAccess(urls: string[]): Promise<boolean> {
  try {
    return await ext().permissions.request({ origins: urls.map(originPattern) });
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
