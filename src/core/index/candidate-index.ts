// The candidate index in memory: band key → ids, id → signature. The library keeps the
// same two structures in IndexedDB (a multiEntry index on band keys); this core runs in
// Node for tests and `npm run bench`, and holds the ranking rule both use.
import type { Fingerprint } from './fingerprint';
import { estimateSimilarity } from './minhash';

export interface Candidate {
  id: string;
  /** Estimated Jaccard similarity of word shingles (0..1). */
  similarity: number;
}

/** Below this estimated similarity a band collision is taken as chance (two stock
 * phrases), not as another version. 0.1 ≈ 13 of 128 equal slots. */
export const MIN_SIMILARITY = 0.1;

/** Rank colliding ids by estimated similarity; drop chance collisions. */
export function rankCandidates(
  query: Uint32Array,
  ids: Iterable<string>,
  sigOf: (id: string) => Uint32Array | undefined,
  limit: number,
  minSimilarity = MIN_SIMILARITY,
): Candidate[] {
  const out: Candidate[] = [];
  for (const id of ids) {
    const sig = sigOf(id);
    if (!sig) continue;
    const similarity = estimateSimilarity(query, sig);
    if (similarity >= minSimilarity) out.push({ id, similarity });
  }
  out.sort((a, b) => b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
  return out.slice(0, limit);
}

export class CandidateIndex {
  private readonly postings = new Map<number, string[]>();
  private readonly entries = new Map<string, Fingerprint>();

  get size(): number {
    return this.entries.size;
  }

  add(id: string, fp: Fingerprint): void {
    if (this.entries.has(id)) this.remove(id);
    this.entries.set(id, fp);
    for (const key of fp.bands) {
      const list = this.postings.get(key);
      if (list) list.push(id);
      else this.postings.set(key, [id]);
    }
  }

  remove(id: string): void {
    const fp = this.entries.get(id);
    if (!fp) return;
    this.entries.delete(id);
    for (const key of fp.bands) {
      const list = this.postings.get(key);
      if (!list) continue;
      const i = list.indexOf(id);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.postings.delete(key);
    }
  }

  /** Ids sharing at least one band key with `fp`, best first. Reads only the posting
   * lists of fp's band keys, never the whole index. */
  query(fp: Fingerprint, limit = 10, exclude?: (id: string) => boolean): Candidate[] {
    const ids = new Set<string>();
    for (const key of fp.bands) {
      for (const id of this.postings.get(key) ?? []) if (!exclude?.(id)) ids.add(id);
    }
    return rankCandidates(fp.sig, ids, (id) => this.entries.get(id)?.sig, limit);
  }

  /** The baseline lookups are measured against: compare with every stored signature. */
  bruteForce(fp: Fingerprint, limit = 10): Candidate[] {
    return rankCandidates(fp.sig, this.entries.keys(), (id) => this.entries.get(id)?.sig, limit);
  }
}
