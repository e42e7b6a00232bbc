// Validation of an Article arriving from a content script. The content script runs in a
// page we do not control, so everything is checked and copied field by field: unknown
// fields are dropped, strings are capped, and the whole article has a size budget so a
// hostile page cannot make the worker store or diff megabytes.
import { languageTag } from '../core/text/lang';
import type { PageEvidence } from '../core/news-page';
import { CREDIT_CLAIM_FIELDS, type Article, type Block, type CreditClaim, type CreditClaimField, type Signal, type SignalName } from '../core/types';
import { ProtocolError } from './protocol-error';
import { ownCanonical } from './site';

const SIGNAL_NAMES = [
  'engagement-boilerplate',
  'self-promotion',
  'no-byline-or-credit',
  'bare-wire-dateline',
  'blog-comment-form',
  'blog-platform-markup',
] as const satisfies readonly SignalName[];
// Compile-time check that the list above names every SignalName.
type Missing = Exclude<SignalName, (typeof SIGNAL_NAMES)[number]>;
const _everySignalListed: Missing extends never ? true : never = true;
void _everySignalListed;

export const ARTICLE_LIMITS = {
  blocks: 2000,
  blockChars: 50_000,
  totalChars: 1_000_000,
  fieldChars: 2_000,
  signals: 50,
  /** Credit claims from the page's metadata (extract/credit-claims.ts reads at most 12). */
  creditClaims: 12,
  claimChars: 200,
} as const;

/**
 * Why `blocks` are over ARTICLE_LIMITS, in a reader's words, or undefined. Pasted text
 * ("compare with…") goes through the same limits as a page (issue 14, item 8).
 */
export function overArticleLimits(blocks: readonly Block[]): string | undefined {
  const n = (x: number) => x.toLocaleString('en');
  if (blocks.length > ARTICLE_LIMITS.blocks) return `it has ${n(blocks.length)} paragraphs; Wiretrace compares at most ${n(ARTICLE_LIMITS.blocks)}`;
  let total = 0;
  for (const b of blocks) {
    if (b.text.length > ARTICLE_LIMITS.blockChars)
      return `one paragraph has ${n(b.text.length)} characters; Wiretrace compares at most ${n(ARTICLE_LIMITS.blockChars)} a paragraph`;
    total += b.text.length;
  }
  if (total > ARTICLE_LIMITS.totalChars) return `it has ${n(total)} characters; Wiretrace compares at most ${n(ARTICLE_LIMITS.totalChars)}`;
  return undefined;
}

/**
 * `article` within ARTICLE_LIMITS: an oversized page is read in part, not refused (issue 14).
 * Paragraphs are kept in order until one would pass a limit (too many, too long, or the
 * total); that one and every one after it are left out and counted in `cut`, added to the
 * paragraphs the content script already left out (`alreadyCut`).
 */
export function fitArticleLimits<T extends { blocks: readonly Block[]; cut?: number }>(article: T, alreadyCut = 0): T & { cut?: number } {
  let total = 0;
  let kept = 0;
  for (const b of article.blocks) {
    if (kept >= ARTICLE_LIMITS.blocks || b.text.length > ARTICLE_LIMITS.blockChars || total + b.text.length > ARTICLE_LIMITS.totalChars) break;
    total += b.text.length;
    kept++;
  }
  const cut = (article.cut ?? 0) + alreadyCut + article.blocks.length - kept;
  if (cut === 0) return article;
  return { ...article, blocks: article.blocks.slice(0, kept), cut };
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown, what: string, max: number = ARTICLE_LIMITS.fieldChars): string {
  if (typeof v !== 'string') throw new ProtocolError(`${what} must be a string`);
  if (v.length > max) throw new ProtocolError(`${what} is too long`);
  return v;
}

function optStr(v: unknown, what: string): string | undefined {
  return v === undefined || v === null ? undefined : str(v, what);
}

/** The page's metadata credit claims: known fields, short strings, a short list; anything else is refused. */
function creditClaims(v: unknown): CreditClaim[] | undefined {
  if (v === undefined || v === null) return undefined;
  if (!Array.isArray(v) || v.length > ARTICLE_LIMITS.creditClaims) throw new ProtocolError('article.creditClaims must be a short array');
  return v.map((c, i) => {
    const what = `article.creditClaims[${i}]`;
    if (!isRecord(c) || !(CREDIT_CLAIM_FIELDS as readonly unknown[]).includes(c.field)) throw new ProtocolError(`${what} has an unknown field`);
    const claim: CreditClaim = { field: c.field as CreditClaimField };
    for (const k of ['name', 'type', 'affiliation', 'url'] as const) {
      if (c[k] !== undefined && c[k] !== null) claim[k] = str(c[k], `${what}.${k}`, ARTICLE_LIMITS.claimChars);
    }
    return claim;
  });
}

function url(v: unknown, what: string): string {
  const s = str(v, what, 4096);
  if (!/^https?:\/\//i.test(s)) throw new ProtocolError(`${what} must be an http(s) URL`);
  return s;
}

function cutCount(v: unknown): number | undefined {
  if (!Number.isSafeInteger(v) || (v as number) < 0 || (v as number) > 10_000_000) throw new ProtocolError('article.cut must be a non-negative integer');
  return (v as number) || undefined;
}

export function validateArticle(v: unknown): Article {
  if (!isRecord(v)) throw new ProtocolError('article must be an object');
  if (!Array.isArray(v.blocks) || v.blocks.length > ARTICLE_LIMITS.blocks) {
    throw new ProtocolError('article.blocks must be an array of at most 2000 blocks');
  }
  let total = 0;
  const blocks: Block[] = v.blocks.map((b, i) => {
    if (!isRecord(b)) throw new ProtocolError(`article.blocks[${i}] must be an object`);
    const text = str(b.text, `article.blocks[${i}].text`, ARTICLE_LIMITS.blockChars);
    total += text.length;
    return b.heading === true ? { text, heading: true } : { text };
  });
  if (total > ARTICLE_LIMITS.totalChars) throw new ProtocolError('article text is too long');
  const rawSignals = v.signals ?? [];
  if (!Array.isArray(rawSignals) || rawSignals.length > ARTICLE_LIMITS.signals) {
    throw new ProtocolError('article.signals must be a short array');
  }
  const signals: Signal[] = rawSignals.map((s, i) => {
    if (!isRecord(s) || !(SIGNAL_NAMES as readonly unknown[]).includes(s.name)) {
      throw new ProtocolError(`article.signals[${i}] has an unknown name`);
    }
    return { name: s.name as SignalName, evidence: str(s.evidence, `article.signals[${i}].evidence`) };
  });
  const article: Article = { url: url(v.url, 'article.url'), title: str(v.title, 'article.title'), blocks, signals };
  // A canonical on another site is the page speaking for that site: dropped, so the page
  // is stored under its own address and cannot replace the other site's version.
  const canonicalUrl =
    v.canonicalUrl === undefined || v.canonicalUrl === null ? undefined : ownCanonical(article.url, url(v.canonicalUrl, 'article.canonicalUrl'));
  const optional = {
    canonicalUrl,
    subtitle: optStr(v.subtitle, 'article.subtitle'),
    byline: optStr(v.byline, 'article.byline'),
    siteName: optStr(v.siteName, 'article.siteName'),
    published: optStr(v.published, 'article.published'),
    modified: optStr(v.modified, 'article.modified'),
    // A tag Intl would throw on ("ja_JP", garbage) is normalised or dropped here too.
    lang: languageTag(optStr(v.lang, 'article.lang')),
    cut: v.cut === undefined || v.cut === null ? undefined : cutCount(v.cut),
    creditClaims: creditClaims(v.creditClaims),
  };
  for (const [k, val] of Object.entries(optional)) if (val !== undefined) (article as unknown as Record<string, unknown>)[k] = val;
  if (v.evidence !== undefined && v.evidence !== null) article.evidence = validateEvidence(v.evidence);
  return article;
}

/** A count from the page: a finite number in [0, max] (anything else reads as 0). */
const num = (v: unknown, max: number) => (typeof v === 'number' && Number.isFinite(v) ? Math.min(max, Math.max(0, v)) : 0);
const shortStr = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().toLowerCase().slice(0, 60) : undefined);

/** The page-kind evidence (core/news-page.ts), copied field by field with caps. */
export function validateEvidence(v: unknown): PageEvidence {
  if (!isRecord(v)) throw new ProtocolError('article.evidence must be an object');
  const types = Array.isArray(v.types)
    ? v.types
        .slice(0, 40)
        .filter((t): t is string => typeof t === 'string')
        .map((t) => t.slice(0, 60))
    : [];
  const e: PageEvidence = {
    types,
    published: v.published === true,
    byline: v.byline === true,
    posts: num(v.posts, 1000),
    postShare: num(v.postShare, 1),
    infobox: v.infobox === true,
    editLinks: num(v.editLinks, 1000),
    linksPerParagraph: num(v.linksPerParagraph, 100),
    codeBlocks: num(v.codeBlocks, 1000),
    apiHeadings: num(v.apiHeadings, 1000),
    navLinks: num(v.navLinks, 1000),
    shop: num(v.shop, 1000),
  };
  const ogType = shortStr(v.ogType);
  if (ogType) e.ogType = ogType;
  const generator = shortStr(v.generator);
  if (generator) e.generator = generator;
  return e;
}
