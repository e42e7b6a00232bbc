// An extracted article as the index stores it: the same fingerprint (src/core/index) the
// extension computes, so a reader's band keys find what the server ingested.
import { agencyOf, findCredits } from '../core/credits';
import { fingerprintArticle } from '../core/index/fingerprint';
import { NUM_HASHES } from '../core/index/minhash';
import { articleText } from '../core/index/shingles';
import { outletOf } from '../core/source';
import type { Article } from '../core/types';
import { canonicalUrl } from '../shared/urls';

export interface ArticleRow {
  url: string;
  canonicalUrl: string;
  outlet: string;
  title: string;
  byline: string | null;
  credit: string | null;
  published: string | null;
  modified: string | null;
  language: string | null;
  text: string;
  signature: Uint8Array;
  shingles: number;
  bands: number[];
}

/** 128 uint32 slots as 512 little-endian bytes (the byte order is fixed, not the machine's). */
export function signatureBytes(sig: Uint32Array): Uint8Array {
  const out = new Uint8Array(NUM_HASHES * 4);
  const view = new DataView(out.buffer);
  for (let i = 0; i < NUM_HASHES; i++) view.setUint32(i * 4, sig[i] ?? 0xffffffff, true);
  return out;
}

export function signatureOf(bytes: Uint8Array): Uint32Array {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const sig = new Uint32Array(NUM_HASHES);
  for (let i = 0; i < NUM_HASHES && i * 4 + 4 <= bytes.byteLength; i++) sig[i] = view.getUint32(i * 4, true);
  return sig;
}

/** A date PostgreSQL will take, or null (a page's date is whatever it says). */
function isoOrNull(s: string | undefined): string | null {
  if (!s) return null;
  const t = Date.parse(s);
  return Number.isFinite(t) ? new Date(t).toISOString() : null;
}

/** PostgreSQL text cannot hold NUL; a page (or a request) can. */
export function withoutNul(s: string): string {
  return s.split('\u0000').join('');
}

function clean(s: string): string;
function clean(s: string | undefined): string | null;
function clean(s: string | undefined): string | null {
  return s === undefined ? null : withoutNul(s);
}

export function rowOf(article: Article, fetchedUrl?: string): ArticleRow {
  const fp = fingerprintArticle(article);
  const url = clean(article.url || fetchedUrl || '');
  return {
    url,
    canonicalUrl: canonicalUrl(clean(article.canonicalUrl || url)),
    outlet: clean(outletOf(article)),
    title: clean(article.title),
    byline: clean(article.byline),
    credit: clean(findCredits(article.blocks)[0]?.name ?? agencyOf(article.byline)),
    published: isoOrNull(article.published),
    modified: isoOrNull(article.modified),
    language: clean(article.lang),
    // Paragraphs one per line: the extension rebuilds blocks from it (client side of
    // GET /v1/articles/:id) and gets the same fingerprint.
    text: clean(articleText({ title: '', subtitle: article.subtitle, blocks: article.blocks })),
    signature: signatureBytes(fp.sig),
    shingles: fp.size,
    bands: fp.bands,
  };
}
