// JSON-LD (schema.org) is the most reliable metadata a news page carries: publishers fill
// it for search engines. Pages nest it in arrays and `@graph`s, so flatten before looking.

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([
  'Article',
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'BlogPosting',
  'LiveBlogPosting',
  'Report',
  'ScholarlyArticle',
  'SatiricalArticle',
]);

export type JsonLdNode = Record<string, unknown>;

function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

function flatten(value: unknown, out: JsonLdNode[], depth = 0): void {
  if (depth > 4 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) flatten(v, out, depth + 1);
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  // A WebPage whose mainEntity is the article is common (e.g. Guardian, many CMSs).
  if (node.mainEntity) flatten(node.mainEntity, out, depth + 1);
}

/** Every JSON-LD node on the page (unparseable blocks are skipped: pages ship broken JSON). */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      flatten(JSON.parse(script.textContent ?? ''), out);
    } catch {
      // Ignore: one broken block must not hide the others.
    }
  }
  return out;
}

/** The first node typed as an article, if any. */
export function jsonLdArticle(doc: Document): JsonLdNode | undefined {
  return jsonLdNodes(doc).find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
}

/** A name from a string, `{name}` object, or a list of them, joined with ", ". */
export function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value.map(nameOf).filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(', ') : undefined;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonLdNode).name);
  return undefined;
}

export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}
