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

/** Every article, oldest first, as JSON lines (header first). */
export async function exportJsonLines(library: Library): Promise<string> {
  const lines = [JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date().toISOString() })];
  let cursor = await library.db.transaction('articles').store.index('lastUsedAt').openCursor();
  while (cursor) {
    const r = cursor.value;
    const line: ExportLine = { url: r.url, urls: r.urls, origin: r.origin, addedAt: r.addedAt, lastUsedAt: r.lastUsedAt, article: r.article };
    lines.push(JSON.stringify(line));
    cursor = await cursor.continue();
  }
  return `${lines.join('\n')}\n`;
}

function finite(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** Import lines written by exportJsonLines. Bad lines are skipped and counted, never fatal. */
export async function importJsonLines(library: Library, text: string): Promise<ImportResult> {
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
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i].trim();
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
