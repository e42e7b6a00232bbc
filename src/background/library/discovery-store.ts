// The library's discovery records: feeds with their last poll, failed fetches with their
// back-off, and small status records (the last search query). Kept here, beside the
// articles, so "clear" and the schema upgrades cover them too.
import type { Library } from './library';
import type { FailureRecord, FeedRecord, StatusRecord } from './schema';

/** First retry after 15 minutes, doubling up to a day: a failing URL is never hammered. */
export const RETRY_BASE_MS = 15 * 60 * 1000;
export const RETRY_MAX_MS = 24 * 60 * 60 * 1000;
/** How many item URLs a feed remembers as already fetched. */
export const MAX_SEEN = 500;

export async function listFeeds(lib: Library): Promise<FeedRecord[]> {
  return lib.db.getAll('feeds');
}

export async function getFeed(lib: Library, url: string): Promise<FeedRecord | undefined> {
  return lib.db.get('feeds', url);
}

export async function putFeed(lib: Library, feed: FeedRecord): Promise<void> {
  await lib.db.put('feeds', { ...feed, seen: feed.seen.slice(-MAX_SEEN) });
}

export async function deleteFeed(lib: Library, url: string): Promise<void> {
  await lib.db.delete('feeds', url);
}

/** Records a failure and when it may be tried again (exponential back-off). */
export async function recordFailure(lib: Library, url: string, kind: FailureRecord['kind'], error: string, now = Date.now()): Promise<FailureRecord> {
  const tx = lib.db.transaction('failures', 'readwrite');
  const prev = await tx.store.get(url);
  const count = (prev?.count ?? 0) + 1;
  const record: FailureRecord = { url, kind, error, at: now, count, retryAt: now + Math.min(RETRY_MAX_MS, RETRY_BASE_MS * 2 ** (count - 1)) };
  await tx.store.put(record);
  await tx.done;
  return record;
}

/** The failure that still blocks `url`, if its back-off has not run out. */
export async function blockingFailure(lib: Library, url: string, now = Date.now()): Promise<FailureRecord | undefined> {
  const f = await lib.db.get('failures', url);
  return f && f.retryAt > now ? f : undefined;
}

export async function clearFailure(lib: Library, url: string): Promise<void> {
  await lib.db.delete('failures', url);
}

/** Most recent failures first. */
export async function recentFailures(lib: Library, limit = 20): Promise<FailureRecord[]> {
  const out: FailureRecord[] = [];
  let cursor = await lib.db.transaction('failures').store.index('at').openCursor(null, 'prev');
  while (cursor && out.length < limit) {
    out.push(cursor.value);
    cursor = await cursor.continue();
  }
  return out;
}

export async function putStatus(lib: Library, key: string, value: Record<string, unknown>, now = Date.now()): Promise<void> {
  await lib.db.put('status', { key, at: now, value });
}

export async function getStatus(lib: Library, key: string): Promise<StatusRecord | undefined> {
  return lib.db.get('status', key);
}
