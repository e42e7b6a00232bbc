// Fakes for the worker's ports, shared by the background tests.
import type { Article, Report, VersionRef } from '../core/types';
import type { CompareFn, LibraryPort, StoredVersion } from './ports';
import type { TabStore } from './tab-state';

export function article(url: string, title = 'A story', text = 'Some paragraph of text.'): Article {
  return { url, title, blocks: [{ text }], signals: [] };
}

export function ref(a: Article, outlet = new URL(a.url).host): VersionRef {
  return { outlet, title: a.title, url: a.url };
}

/** A library keeping versions in a Map; candidates = every stored version not on the excluded host. */
export function fakeLibrary(): LibraryPort & { items: Map<string, StoredVersion> } {
  const items = new Map<string, StoredVersion>();
  const rejections = new Map<string, Set<string>>();
  let n = 0;
  return {
    items,
    async rejectedWith(id) {
      return new Set(rejections.get(id));
    },
    async setMatchRejected(a, b, rejected) {
      for (const [x, y] of [
        [a, b],
        [b, a],
      ]) {
        const set = rejections.get(x) ?? new Set<string>();
        if (rejected) set.add(y);
        else set.delete(y);
        rejections.set(x, set);
      }
    },
    async putArticle(a) {
      const existing = [...items.values()].find((v) => v.article.url === a.url);
      const v = { id: existing?.id ?? `id${++n}`, article: a };
      items.set(v.id, v);
      return v;
    },
    async findCandidates(a, { excludeHost, limit = 5 }) {
      return [...items.values()].filter((v) => v.article.url !== a.url && new URL(v.article.url).hostname !== excludeHost).slice(0, limit);
    },
    async getArticle(id) {
      return items.get(id);
    },
    async getArticleByUrl(url) {
      return [...items.values()].find((v) => v.article.url === url);
    },
  };
}

/**
 * A compare stand-in driven by a table: share[pageUrl][otherUrl] = reused share; the
 * version whose URL sorts first is the "source". Unlisted pairs are unrelated.
 */
export function fakeCompare(share: Record<string, Record<string, number>>): CompareFn {
  return (page, other): Report => {
    const s = share[page.url]?.[other.url];
    const pageIsSource = page.url < other.url;
    const [source, copy] = pageIsSource ? [page, other] : [other, page];
    return {
      schema: 1,
      verdict: s === undefined ? 'unrelated' : 'uncredited-copy',
      reason: [],
      reusedShare: s ?? 0,
      copyReusedShare: s ?? 0,
      pageRole: pageIsSource ? 'source' : 'copy',
      source: ref(source),
      copy: ref(copy),
      otherVersions: [],
      differences: [],
      quotes: [],
      signals: [],
      rows: [],
      generatedAt: '2025-01-01T00:00:00.000Z',
    };
  };
}

export function memoryStore(): TabStore & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    get: async (k) => structuredClone(data.get(k)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    remove: async (k) => void data.delete(k),
  };
}
