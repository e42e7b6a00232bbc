// An article's fingerprint: what the library keeps to find its other versions.
import type { Article } from '../types';
import { bandKeys, minhash } from './minhash';
import { passageKeys } from './passages';
import { articleText, shingleHashes } from './shingles';

export interface Fingerprint {
  /** MinHash signature (NUM_HASHES slots). */
  sig: Uint32Array;
  /** LSH band keys: whole-article keys (minhash.ts), then passage keys (passages.ts). */
  bands: number[];
  /** Distinct shingles, to estimate containment from Jaccard (candidate-index.ts). */
  size: number;
}

/** The fingerprint of a sequence of distinct shingle hashes in text order. */
export function fingerprintShingles(shingles: Uint32Array): Fingerprint {
  const sig = minhash(shingles);
  const bands = bandKeys(sig);
  for (const key of passageKeys(shingles)) bands.push(key);
  return { sig, bands, size: shingles.length };
}

// The worker fingerprints a page's article up to three times in a row (kept in the library,
// looked up there, sent to a shared index): the last few are kept, keyed by the exact text
// and language, and handed out as copies so no caller can alter another's.
const RECENT = 4;
const recent: { text: string; lang: string; fp: Fingerprint }[] = [];
const copyOf = (fp: Fingerprint): Fingerprint => ({ sig: fp.sig.slice(), bands: fp.bands.slice(), size: fp.size });

export function fingerprintText(text: string, lang = 'en'): Fingerprint {
  const hit = recent.find((r) => r.text === text && r.lang === lang);
  if (hit) return copyOf(hit.fp);
  const fp = fingerprintShingles(shingleHashes(text, lang));
  recent.unshift({ text, lang, fp: copyOf(fp) });
  if (recent.length > RECENT) recent.pop();
  return fp;
}

export function fingerprintArticle(article: Pick<Article, 'title' | 'subtitle' | 'blocks' | 'lang'>): Fingerprint {
  return fingerprintText(articleText(article), article.lang ?? 'en');
}

/** Bytes a fingerprint takes: 4 per signature slot, 8 per band key (a JS number), 4 for the size. */
export function fingerprintBytes(fp: Fingerprint): number {
  return fp.sig.byteLength + fp.bands.length * 8 + 4;
}
