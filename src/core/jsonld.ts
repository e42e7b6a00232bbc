// JSON-LD (schema.org) as the page ships it, read without a DOM: the extractor hands over
// the text of each `<script type="application/ld+json">` and everything that reads
// JSON-LD (metadata, credits, the news-page decision) asks this module. It is the page's
// own claim, so it is evidence, not authority, and reading it is bounded: blocks over a
// size cap are skipped whole (a truncated block would not parse anyway), a total byte
// budget across blocks, a cap on nodes visited and on nesting depth. Malformed JSON is
// skipped block by block: one broken block must not hide the others.

/** schema.org types a news publisher declares for one story (news-page.ts: they decide "news"). */
export const NEWS_ARTICLE_TYPES = new Set([
  'NewsArticle',
  'ReportageNewsArticle',
  'AnalysisNewsArticle',
  'BackgroundNewsArticle',
  'OpinionNewsArticle',
  'ReviewNewsArticle',
  'AskPublicNewsArticle',
  'LiveBlogPosting',
]);
/** Article types news sites share with blogs and wikis. */
export const GENERIC_ARTICLE_TYPES = new Set(['Article', 'BlogPosting', 'Report', 'ScholarlyArticle', 'SatiricalArticle']);

/** schema.org types that mean "this page is one article". */
export const ARTICLE_TYPES = new Set([...NEWS_ARTICLE_TYPES, ...GENERIC_ARTICLE_TYPES]);

export type JsonLdNode = Record<string, unknown>;

export const JSONLD_LIMITS = {
  /** Blocks read per page; news pages carry 1–6. */
  blocks: 20,
  /** A block larger than this is skipped (real article blocks with articleBody stay far below). */
  blockChars: 300_000,
  /** All blocks together. */
  totalChars: 1_000_000,
  /** Nodes collected across the page (each object in a @graph, array or mainEntity). */
  nodes: 300,
  /** Nesting followed through arrays, @graph and mainEntity. */
  depth: 6,
} as const;

/** The node's `@type`s without the schema.org prefix (`"https://schema.org/NewsArticle"` → NewsArticle). */
export function typesOf(node: JsonLdNode): string[] {
  const t = node['@type'];
  const list = Array.isArray(t) ? t.slice(0, 8) : [t];
  return list.filter((x): x is string => typeof x === 'string').map((x) => x.trim().replace(/^https?:\/\/schema\.org\//, ''));
}

function flatten(value: unknown, out: JsonLdNode[], depth: number): void {
  if (depth > JSONLD_LIMITS.depth || value === null || typeof value !== 'object' || out.length >= JSONLD_LIMITS.nodes) return;
  if (Array.isArray(value)) {
    for (const v of value) {
      if (out.length >= JSONLD_LIMITS.nodes) return;
      flatten(v, out, depth + 1);
    }
    return;
  }
  const node = value as JsonLdNode;
  out.push(node);
  if (node['@graph']) flatten(node['@graph'], out, depth + 1);
  // A WebPage whose mainEntity is the article is common (e.g. Guardian, many CMSs).
  if (node.mainEntity) flatten(node.mainEntity, out, depth + 1);
}

/**
 * Every top-level JSON-LD node of the page (flattened through arrays, `@graph` and
 * `mainEntity`), from the raw text of its ld+json blocks, within JSONLD_LIMITS.
 */
export function parseJsonLd(blocks: Iterable<string>): JsonLdNode[] {
  const out: JsonLdNode[] = [];
  let total = 0;
  let n = 0;
  for (const text of blocks) {
    if (++n > JSONLD_LIMITS.blocks || out.length >= JSONLD_LIMITS.nodes) break;
    if (text.length > JSONLD_LIMITS.blockChars) continue;
    total += text.length;
    if (total > JSONLD_LIMITS.totalChars) break;
    try {
      flatten(JSON.parse(text), out, 0);
    } catch {
      // Broken JSON (or nesting deep enough to overflow the parser): skip this block.
    }
  }
  return out;
}

/** The first node typed as an article, if any. */
export function articleNode(nodes: readonly JsonLdNode[]): JsonLdNode | undefined {
  return nodes.find((n) => typesOf(n).some((t) => ARTICLE_TYPES.has(t)));
}

/** Distinct `@type`s of the nodes, in order, at most `max`. */
export function jsonLdTypes(nodes: readonly JsonLdNode[], max = 32): string[] {
  const out = new Set<string>();
  for (const n of nodes) {
    for (const t of typesOf(n)) {
      if (out.size >= max) return [...out];
      if (t) out.add(t.slice(0, 60));
    }
  }
  return [...out];
}

/** A name from a string, `{name}` object, or a list of them, joined with ", ". */
export function nameOf(value: unknown, depth = 0): string | undefined {
  if (depth > 3) return undefined;
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) {
    const names = value
      .slice(0, 20)
      .map((v) => nameOf(v, depth + 1))
      .filter((x): x is string => !!x);
    return names.length ? [...new Set(names)].join(', ') : undefined;
  }
  if (value && typeof value === 'object') return nameOf((value as JsonLdNode).name, depth + 1);
  return undefined;
}

export function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value.trim() || undefined;
  if (Array.isArray(value)) return stringOf(value[0]);
  return undefined;
}
