// Export to JSON lines and import back. One header line, then one line per article with
// where it came from and when; fingerprints are not exported (they are recomputed on
// import, so an export stays valid if the fingerprint scheme changes).
import type { Article } from '../../core/types';
import { validateArticle } from '../../shared/validate-article';
import type { Library, PutItem } from './library';
import type { Origin } from './schema';

export const EXPORT_FORMAT = 'wiretrace-library';
export const EXPORT_VERSION = 1;

export interface ExportLine {
  url: string;
  urls: string[];
  origin: Origin;
  addedAt: number;
  lastUsedAt: number;
  article: Article;
}

export interface ImportResult {
  imported: number;
  skipped: number;
  /** First few reasons lines were skipped, for the options page. */
  errors: string[];
}

const ORIGINS: readonly Origin[] = ['visited', 'feed', 'search', 'manual'];

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
    const line = JSON.stringify({ url: r.url, urls: r.urls, origin: r.origin, addedAt: r.addedAt, lastUsedAt: r.lastUsedAt, article: r.article } satisfies ExportLine);
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

function finite(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/**
 * Import lines written by exportJsonLines. Bad lines are skipped and counted, never fatal.
 * `firstLine`: the number of text's first line in the whole file, when it is one chunk of
 * a file too big for one message (see chunkLines), so skipped lines are named rightly.
 */
export async function importJsonLines(library: Library, text: string, firstLine = 1): Promise<ImportResult> {
  const result: ImportResult = { imported: 0, skipped: 0, errors: [] };
  const skip = (n: number, why: string) => {
    result.skipped++;
    if (result.errors.length < 5) result.errors.push(`line ${n}: ${why}`);
  };
  const lines = text.split(/\r?\n/);
  // Valid lines are stored 100 to a transaction; a batch that fails is retried line by
  // line, so one bad article costs only itself.
  let batch: { line: number; item: PutItem }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    const current = batch;
    batch = [];
    try {
      await library.putArticles(current.map((b) => b.item));
      result.imported += current.length;
    } catch {
      for (const { line, item } of current) {
        try {
          await library.putArticles([item]);
          result.imported++;
        } catch (e) {
          skip(line, e instanceof Error ? e.message : String(e));
        }
      }
    }
  };
  for (let k = 0; k < lines.length; k++) {
    const i = k + firstLine - 1;
    const raw = lines[k].trim();
    if (!raw) continue;
    let v: unknown;
    try {
      v = JSON.parse(raw);
    } catch {
      skip(i + 1, 'not JSON');
      continue;
    }
    if (typeof v !== 'object' || v === null) {
      skip(i + 1, 'not an object');
      continue;
    }
    const rec = v as Record<string, unknown>;
    if (rec.format === EXPORT_FORMAT) {
      if (rec.version !== EXPORT_VERSION) throw new Error(`This export is version ${String(rec.version)}; this Wiretrace reads version ${EXPORT_VERSION}.`);
      continue;
    }
    try {
      const article = validateArticle(rec.article);
      const origin = ORIGINS.includes(rec.origin as Origin) ? (rec.origin as Origin) : 'manual';
      const now = Date.now();
      const alsoUrls = Array.isArray(rec.urls) ? rec.urls.filter((u): u is string => typeof u === 'string').slice(0, 20) : [];
      batch.push({ line: i + 1, item: { article, origin, options: { times: { addedAt: finite(rec.addedAt, now), lastUsedAt: finite(rec.lastUsedAt, now) }, alsoUrls } } });
      if (batch.length >= 100) await flush();
    } catch (e) {
      skip(i + 1, e instanceof Error ? e.message : String(e));
    }
  }
  await flush();
  return result;
}
