// What the worker's pipeline needs from the library and the engine, as small interfaces,
// so the pipeline is tested in Node with fakes and the real IndexedDB library
// (background/library/) and engine (core/compare.ts) are plugged in by worker.ts.
import type { CompareOptions } from '../core/compare';
import type { Article, Report } from '../core/types';
import type { ArticleSummary } from '../shared/messages';

export interface StoredVersion {
  id: string;
  article: Article;
  /** How the library got it ('visited', 'feed', 'index', …). */
  origin?: string;
  /** When the library first stored it (epoch ms): a date the page states later than this does not decide direction. */
  addedAt?: number;
}

export interface LibraryPort {
  putArticle(article: Article, origin: 'visited'): Promise<StoredVersion>;
  findCandidates(article: Article, options: { excludeHost?: string; limit?: number }): Promise<StoredVersion[]>;
  getArticle(id: string): Promise<StoredVersion | undefined>;
  getArticleByUrl(url: string): Promise<StoredVersion | undefined>;
  /** False when the page's site has used its share of the library for now (a page is then compared, not stored). */
  admitVisit?(article: Article): Promise<boolean>;
  /** A stored version was matched: it moves to the back of the eviction queue (library size cap). */
  markUsed?(id: string): Promise<void>;
  /** "This match is wrong" pairs (optional: simple fakes may leave them out). */
  rejectedWith?(id: string): Promise<Set<string>>;
  setMatchRejected?(a: string, b: string, rejected: boolean): Promise<void>;
  /** The options page's list of remembered articles and "delete" (optional: fakes may leave them out). */
  listArticles?(query?: string, limit?: number): Promise<ArticleSummary[]>;
  deleteArticle?(id: string): Promise<boolean>;
}

/**
 * What the worker tells compare() about two stored versions: when the library first saw each,
 * and their library ids, so the worker reuses what it worked out for a stored version whose
 * content is unchanged (core/version-cache.ts).
 */
export type StoredPair = Pick<CompareOptions, 'firstSeen'> & { ids?: { page?: string; other?: string } };

/** core/compare.ts: `page` is the version the reader has open, `other` a known version. */
export type CompareFn = (page: Article, other: Article, opts?: StoredPair) => Report;

/** compare()'s options for two stored versions: when the library first saw each. */
export function seenTimes(page: StoredVersion | undefined, other: StoredVersion | undefined): Pick<CompareOptions, 'firstSeen'> {
  return { firstSeen: { page: page?.addedAt, other: other?.addedAt } };
}

/** seenTimes() and the two library ids. */
export function storedPair(page: StoredVersion | undefined, other: StoredVersion | undefined): StoredPair {
  return { ...seenTimes(page, other), ids: { page: page?.id, other: other?.id } };
}
