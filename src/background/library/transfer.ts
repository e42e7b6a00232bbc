// Export to JSON lines and import back. One header line, then one line per article with
// where it came from and when; fingerprints are not exported (they are recomputed on
// import, so an export stays valid if the fingerprint scheme changes).
import type { Article } from '../../core/types';
import { checkImportLines, EXPORT_FORMAT, EXPORT_VERSION, IMPORT_PROBLEMS_SHOWN, type ImportResult } from '../../shared/import-lines';
import { libraryKey, OverCapError, type Library, type PutItem } from './library';
import type { Origin } from './schema';

export { EXPORT_FORMAT, EXPORT_VERSION };

export interface ExportLine {
  url: string;
  urls: string[];
  origin: Origin;
  addedAt: number;
  lastUsedAt: number;
  article: Article;
}

export type { ImportResult };

/**
 * Characters per export page. A library can outgrow what one extension message carries
 * (Chrome: 64 MiB of JSON), so the options page asks for pages and joins them in a Blob.
 */
export const EXPORT_PAGE_CHARS = 8 * 1024 * 1024;

export interface ExportPage {
  text: string;
  /** Pass back as `after` for the next page; absent on the last one. */
  next?: string;
}

/**
 * JSON lines for the articles after library id `after` (in id order; the first page starts
 * with the header), stopping once `maxChars` is reached. At least one article per page.
 */
export async function exportJsonLinesPage(library: Library, after?: string, maxChars = EXPORT_PAGE_CHARS): Promise<ExportPage> {
  const lines = after === undefined ? [JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString() })] : [];
  let chars = 0;
  const range = after === undefined ? undefined : IDBKeyRange.lowerBound(after, true);
  let cursor = await library.db.transaction('articles').store.openCursor(range);
  while (cursor) {
    const r = cursor.value;
    const line = JSON.stringify({
      url: r.url,
      urls: r.urls,
      origin: r.origin,
      addedAt: r.addedAt,
      lastUsedAt: r.lastUsedAt,
      article: r.article,
    } satisfies ExportLine);
    lines.push(line);
    chars += line.length + 1;
    if (chars >= maxChars) {
      const next = r.id;
      // Only a page that stops early names a next one.
      return { text: `${lines.join('\n')}\n`, ...((await cursor.continue()) ? { next } : {}) };
    }
    cursor = await cursor.continue();
  }
  return { text: lines.length ? `${lines.join('\n')}\n` : '' };
}

/** Every article as JSON lines (header first): the pages joined. */
export async function exportJsonLines(library: Library, pageChars = EXPORT_PAGE_CHARS): Promise<string> {
  let out = '';
  for (let page = await exportJsonLinesPage(library, undefined, pageChars); ; page = await exportJsonLinesPage(library, page.next, pageChars)) {
    out += page.text;
    if (page.next === undefined) return out;
  }
}

/**
 * Import lines written by exportJsonLines: the whole of `text` (a file, or one chunk of it
 * whose first line is line `firstLine` of the file, see chunkLines) or none of it. Any bad
 * line writes nothing and is named. A line whose address the library already holds keeps
 * the stored version and is counted as `kept`, never replaced unsaid.
 */
export async function importJsonLines(library: Library, text: string, firstLine = 1, now = Date.now()): Promise<ImportResult> {
  const checked = checkImportLines(text, firstLine, now);
  if (checked.failed) return { imported: 0, kept: 0, failed: checked.failed, problems: checked.problems };
  const { capBytes } = await library.usage();
  const tooBig = checked.lines.filter((l) => JSON.stringify(l.article).length > capBytes);
  if (tooBig.length) {
    const problems = tooBig
      .slice(0, IMPORT_PROBLEMS_SHOWN)
      .map((l) => ({ line: l.line, code: 'overCap' as const, detail: `${Math.round(capBytes / 1024)} KB` }));
    return { imported: 0, kept: 0, failed: tooBig.length, problems };
  }
  // Addresses the library (or an earlier line of this file) already has: kept as stored.
  const tx = library.db.transaction('articles');
  const keys = checked.lines.map((l) => libraryKey(l.article));
  const held = await Promise.all(keys.map(async (k) => Boolean(await tx.store.index('urls').getKey(k))));
  const seen = new Set<string>();
  const items: PutItem[] = [];
  let kept = 0;
  for (const [i, l] of checked.lines.entries()) {
    if (held[i] || seen.has(keys[i])) {
      kept++;
      continue;
    }
    seen.add(keys[i]);
    items.push({ article: l.article, origin: l.origin, options: { times: { addedAt: l.addedAt, lastUsedAt: l.lastUsedAt }, alsoUrls: l.urls } });
  }
  try {
    // One transaction: all of the chunk or none of it.
    await library.putArticles(items);
  } catch (e) {
    const line = checked.lines[0]?.line ?? firstLine;
    const code = e instanceof OverCapError ? 'overCap' : 'notStored';
    return { imported: 0, kept: 0, failed: items.length, problems: [{ line, code, detail: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }] };
  }
  return { imported: items.length, kept, failed: 0, problems: [] };
}
