// An article's fingerprint: what the library keeps to find its other versions.
import type { Article } from '../types';
import { bandKeys, minhash } from './minhash';
import { articleText, shingleHashes } from './shingles';

export interface Fingerprint {
  /** MinHash signature (NUM_HASHES slots). */
  sig: Uint32Array;
  /** LSH band keys (see minhash.ts). */
  bands: number[];
}

export function fingerprintText(text: string, lang = 'en'): Fingerprint {
  const sig = minhash(shingleHashes(text, lang));
  return { sig, bands: bandKeys(sig) };
}

export function fingerprintArticle(article: Pick<Article, 'title' | 'subtitle' | 'blocks' | 'lang'>): Fingerprint {
  return fingerprintText(articleText(article), article.lang ?? 'en');
}

/** Bytes a fingerprint takes: 4 per signature slot, 8 per band key (a JS number). */
export function fingerprintBytes(fp: Fingerprint): number {
  return fp.sig.byteLength + fp.bands.length * 8;
}
