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
