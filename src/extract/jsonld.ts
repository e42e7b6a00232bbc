// The page's JSON-LD blocks, read through the one bounded reader in core (core/jsonld.ts:
// size caps, node caps, malformed blocks skipped). This file only takes their text out of
// the DOM, so the content script, the offscreen document and Node read them alike.
import { articleNode, type JsonLdNode, parseJsonLd } from '../core/jsonld';

export { ARTICLE_TYPES, type JsonLdNode, nameOf, stringOf, typesOf } from '../core/jsonld';

/** The raw text of each `<script type="application/ld+json">`, in document order. */
export function* jsonLdTexts(doc: Document): Generator<string> {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) yield script.textContent ?? '';
}

/** Every JSON-LD node on the page (unparseable blocks are skipped: pages ship broken JSON). */
export function jsonLdNodes(doc: Document): JsonLdNode[] {
  return parseJsonLd(jsonLdTexts(doc));
}

/** The first node typed as an article, if any. */
export function jsonLdArticle(doc: Document): JsonLdNode | undefined {
  return articleNode(jsonLdNodes(doc));
}

/**
 * The article node and a lookup of nodes by `@id`, from one parse: graphs name the author or
 * publisher by reference (`"author": {"@id": "…#/schema/person/1"}`), the node elsewhere.
 */
export function jsonLdGraph(doc: Document): { article?: JsonLdNode; byId: (id: unknown) => JsonLdNode | undefined } {
  const nodes = jsonLdNodes(doc);
  const ids = new Map<string, JsonLdNode>();
  for (const n of nodes) {
    const id = n['@id'];
    // A bare reference ({"@id"} alone) is not the node it names.
    if (typeof id === 'string' && Object.keys(n).length > 1 && !ids.has(id)) ids.set(id, n);
  }
  return { article: articleNode(nodes), byId: (id) => (typeof id === 'string' ? ids.get(id) : undefined) };
}
