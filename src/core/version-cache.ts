// Stored versions kept as one object per library id while their content is unchanged, so the
// engine's per-article work (prepare.ts preparedOf, compare.ts quotesOf: WeakMaps keyed by the
// article object) carries over from one analysis to the next. The library hands out a fresh
// object on every read, so without this a stored page was tokenised, cut into sentences and
// read for quotes again each time another version of its story was opened (issue 14, item 1:
// a stored 49,000-character paragraph of quotes cost every later visit to the story).
// Bounded (an LRU by entries and by characters of text) and only a cache: the worker may stop
// at any time, and a version whose stored content changed is simply held anew.
import type { Article, Report } from './types';

export interface VersionCacheLimits {
  entries: number;
  /** Characters of article text held in all (a prepared article takes a few times that). */
  chars: number;
}

// Two full-size articles (shared/validate-article ARTICLE_LIMITS: 1,000,000 characters), or
// the candidates of a few analyses of ordinary ones.
export const VERSION_CACHE_LIMITS: VersionCacheLimits = { entries: 24, chars: 2_000_000 };

// Deeper than any article: past it two values count as different (a miss, never a wrong hit).
const MAX_DEPTH = 16;

/** Same JSON-like data: a key holding `undefined` is a key not there (a stored copy drops it). */
export function sameData(a: unknown, b: unknown, depth = 0): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null || depth > MAX_DEPTH) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameData(a[i], b[i], depth + 1)) return false;
    return true;
  }
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  const keys = Object.keys(x).filter((k) => x[k] !== undefined);
  if (keys.length !== Object.keys(y).filter((k) => y[k] !== undefined).length) return false;
  return keys.every((k) => Object.hasOwn(y, k) && sameData(x[k], y[k], depth + 1));
}

function textChars(a: Article): number {
  let n = a.title.length + (a.subtitle?.length ?? 0) + (a.byline?.length ?? 0);
  for (const b of a.blocks) n += b.text.length;
  return n;
}

export class VersionCache {
  // A Map iterates in insertion order: the first key is the least recently used.
  private readonly held = new Map<string, { article: Article; chars: number }>();
  private chars = 0;

  constructor(private readonly limits: VersionCacheLimits = VERSION_CACHE_LIMITS) {}

  get size(): number {
    return this.held.size;
  }

  /**
   * The object to compare for the version stored under `id`: the one already held when its
   * content is the same as `article`'s, otherwise `article` itself (held from now on). No id
   * (a page not stored): `article`, not held.
   */
  canonical(id: string | undefined, article: Article): Article {
    if (id === undefined) return article;
    const hit = this.held.get(id);
    if (hit) {
      this.held.delete(id);
      // Checked against the held object as it is now: one edited in place is not served.
      if (hit.article === article || sameData(hit.article, article)) {
        this.held.set(id, hit);
        return hit.article;
      }
      this.chars -= hit.chars;
    }
    const chars = textChars(article);
    if (chars > this.limits.chars) return article;
    this.held.set(id, { article, chars });
    this.chars += chars;
    for (const [oldest, entry] of this.held) {
      if (this.held.size <= this.limits.entries && this.chars <= this.limits.chars) break;
      this.held.delete(oldest);
      this.chars -= entry.chars;
    }
    return article;
  }
}

/**
 * `compare` with both sides looked up in `cache` by their library ids (the worker's CompareFn);
 * its other options are passed on.
 */
export function withVersionCache<O extends object>(
  compare: (page: Article, other: Article, opts?: O) => Report,
  cache = new VersionCache(),
): (page: Article, other: Article, opts?: O & { ids?: { page?: string; other?: string } }) => Report {
  return (page, other, opts) => {
    const { ids, ...rest } = opts ?? ({} as O & { ids?: undefined });
    return compare(cache.canonical(ids?.page, page), cache.canonical(ids?.other, other), rest as O);
  };
}
