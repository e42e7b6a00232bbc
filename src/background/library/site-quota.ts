// How much one site may add to the library in an hour of visits. A page can make the
// content script report a new article at will (replaceState every 1.5 s stored ~0.9 MB
// each time: 8.7 MB in 15 s, and the reader's other articles were evicted within 30 s at a
// 10 MB cap — issue 14, item 6). Past its share, a site's pages are still compared, only
// not remembered, so one site can never push the reader's library out.
import type { Article } from '../../core/types';
import { registrableDomain } from '../../shared/site';
import { getStatus, putStatus } from './discovery-store';
import { libraryKey, type Library } from './library';
import { hostOf } from '../../shared/urls';

export const SITE_WINDOW_MS = 60 * 60 * 1000;
/** New articles one site may add per window (one a minute: more than a reader opens). */
export const SITE_WINDOW_ARTICLES = 60;
/** Share of the size cap one site may add per window. */
export const SITE_WINDOW_CAP_SHARE = 0.1;

interface Window {
  start: number;
  count: number;
  bytes: number;
}

function asWindow(v: Record<string, unknown> | undefined, now: number): Window {
  const ok = v && typeof v.start === 'number' && typeof v.count === 'number' && typeof v.bytes === 'number' && v.start <= now && now - v.start < SITE_WINDOW_MS;
  return ok ? { start: v.start as number, count: v.count as number, bytes: v.bytes as number } : { start: now, count: 0, bytes: 0 };
}

/**
 * True when a visited page's article may be stored, and then counted against its site's
 * window. A page the library already holds (a reload, a revisit) costs nothing; the first
 * new article of a window is always admitted (the size cap itself refuses one too large).
 */
export async function admitVisit(library: Library, article: Article, now = Date.now()): Promise<boolean> {
  const key = libraryKey(article);
  if (await library.db.getKeyFromIndex('articles', 'urls', key)) return true;
  const host = hostOf(article.url);
  if (!host) return true;
  const statusKey = `site-window:${registrableDomain(host)}`;
  const window = asWindow((await getStatus(library, statusKey))?.value, now);
  const bytes = JSON.stringify(article).length;
  const { capBytes } = await library.usage();
  if (window.count > 0 && (window.count >= SITE_WINDOW_ARTICLES || window.bytes + bytes > capBytes * SITE_WINDOW_CAP_SHARE)) return false;
  await putStatus(library, statusKey, { start: window.start, count: window.count + 1, bytes: window.bytes + bytes }, now);
  return true;
}
