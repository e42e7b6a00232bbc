// Page → Article. Runs wherever there is a DOM: the content script (real page), the
// offscreen document (fetched pages) and Node under linkedom (CLI, tests, evaluation).
// Readability rewrites the document it is given, so it always gets a copy: the reader's
// page is never touched.
import { Readability } from '@mozilla/readability';
import type { Article, Block, Signal } from '../core/types';
import { articleNode, stringOf } from '../core/jsonld';
import { jsonLdNodes } from './jsonld';
import { pageEvidence } from './page-evidence';
import { cleanBlocks, collectBlocks } from './blocks';
import { checkPageBudget, PageTooLargeError } from './budget';
import { pageSignals } from './signals';
import { readMetadata, visibleByline } from './metadata';

export interface ExtractOptions {
  /** Parses HTML into a Document when cloning is impossible (Node: linkedom's parser). */
  parse?: (html: string) => Document;
  /** Below this many characters of body text the page is not an article. */
  minChars?: number;
}

const MIN_CHARS = 200;

const bodyChars = (blocks: Block[]) => blocks.reduce((n, b) => n + (b.heading ? 0 : b.text.length), 0);

/**
 * A copy Readability may rewrite. `cloneNode(true)` throws in CRXJS dev-mode content
 * scripts (the document belongs to another realm), so fall back to re-parsing the markup.
 */
export function copyDocument(doc: Document, parse?: (html: string) => Document): Document {
  try {
    const copy = doc.cloneNode(true) as Document;
    if (copy?.documentElement) return copy;
  } catch {
    // Fall through to re-parsing.
  }
  const html = doc.documentElement.outerHTML;
  if (parse) return parse(html);
  const Parser = (doc.defaultView as (Window & typeof globalThis) | null)?.DOMParser ?? globalThis.DOMParser;
  return new Parser().parseFromString(html, 'text/html');
}

/**
 * The page's article, or null when it holds none. Throws PageTooLargeError (budget.ts) for
 * a page over the reading budget, before copying it: the caller says so, or treats it as
 * no article.
 */
export function extractArticle(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  checkPageBudget(doc);
  const copy = copyDocument(doc, options.parse);
  let parsed: ReturnType<Readability<Element>['parse']>;
  try {
    parsed = new Readability<Element>(copy, {
      serializer: (node) => node as Element,
      // Class names let collectBlocks recognise captions, share bars and author boxes.
      keepClasses: true,
    }).parse();
  } catch {
    parsed = null;
  }

  const meta = readMetadata(doc, url, parsed ?? undefined);
  const ld = jsonLdNodes(doc);
  const minChars = options.minChars ?? MIN_CHARS;
  let blocks = parsed?.content ? collectBlocks(parsed.content) : [];
  // Paywalled and script-rendered pages often show a stub but carry the whole text in
  // JSON-LD articleBody for search engines: use it when Readability found too little.
  if (bodyChars(blocks) < minChars) {
    const ldBody = stringOf(articleNode(ld)?.articleBody);
    if (ldBody && ldBody.length >= minChars)
      blocks = ldBody
        .split(/\n\s*\n|\n/)
        .map((t) => t.replace(/\s+/g, ' ').trim())
        .filter(Boolean)
        .map((text) => ({ text }));
  }
  // A meta description that is really the first paragraph (an excerpt) is not a deck.
  const firstText = blocks.find((b) => !b.heading)?.text;
  const subtitle = meta.subtitle && !meta.subtitleVisible && firstText?.startsWith(meta.subtitle.replace(/…$|\.\.\.$/, '')) ? undefined : meta.subtitle;
  blocks = cleanBlocks(blocks, meta.title, meta.subtitleVisible ? subtitle : undefined);
  // Headings only (or nothing) is not an article.
  if (bodyChars(blocks) < minChars) return null;

  const byline = meta.byline ?? visibleByline(doc);
  const signals: Signal[] = pageSignals(doc, byline, blocks);

  const article: Article = {
    url,
    title: meta.title ?? '',
    blocks,
    signals,
    evidence: pageEvidence(doc, url, ld, { byline, published: meta.published }),
  };
  if (meta.canonicalUrl) article.canonicalUrl = meta.canonicalUrl;
  if (subtitle) article.subtitle = subtitle;
  if (meta.byline) article.byline = meta.byline;
  if (meta.siteName) article.siteName = meta.siteName;
  if (meta.published) article.published = meta.published;
  if (meta.modified) article.modified = meta.modified;
  if (meta.lang) article.lang = meta.lang;
  if (meta.creditClaims) article.creditClaims = meta.creditClaims;
  return article;
}

/** extractArticle() with a page over the reading budget read as no article (the worker's paths). */
export function extractWithinBudget(doc: Document, url: string, options: ExtractOptions = {}): Article | null {
  try {
    return extractArticle(doc, url, options);
  } catch (e) {
    if (e instanceof PageTooLargeError) return null;
    throw e;
  }
}
