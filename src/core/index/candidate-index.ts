// The candidate index in memory: band key → ids, id → signature. The library keeps the
// same two structures in IndexedDB (a multiEntry index on band keys); this core runs in
// Node for tests and `npm run bench`, and holds the ranking rule both use.
import type { Fingerprint } from './fingerprint';
import { estimateSimilarity } from './minhash';

export interface Candidate {
  id: string;
  /** Estimated Jaccard similarity of word shingles (0..1). */
  similarity: number;
  /** Estimated share of the shorter version's shingles found in the longer (0..1). */
  containment: number;
}

/** Below this estimated similarity a band collision is taken as chance (two stock
 * phrases), not as another version. 0.1 ≈ 13 of 128 equal slots. */
export const MIN_SIMILARITY = 0.1;
/** A shorter version mostly inside a longer one is a version too (a trimmed copy). */
export const MIN_CONTAINMENT = 0.5;
/** Containment is estimated from Jaccard and the two sizes; with sizes further apart than
 * this the estimate is too noisy (128 slots) to trust, and Jaccard alone decides. */
const MAX_SIZE_RATIO = 8;

/** |A∩B| / min(|A|,|B|) from J = |A∩B| / |A∪B| and the sizes (≤ 1). */
export function estimateContainment(jaccard: number, sizeA?: number, sizeB?: number): number {
  if (!sizeA || !sizeB || Math.max(sizeA, sizeB) > MAX_SIZE_RATIO * Math.min(sizeA, sizeB)) return jaccard;
  return Math.min(1, (jaccard * (sizeA + sizeB)) / ((1 + jaccard) * Math.min(sizeA, sizeB)));
}

/** Rank colliding ids by the better of similarity and containment; drop chance collisions. */
export function rankCandidates(
  query: Pick<Fingerprint, 'sig'> & { size?: number },
  ids: Iterable<string>,
  entryOf: (id: string) => { sig: Uint32Array; size?: number } | undefined,
  limit: number,
): Candidate[] {
  const out: (Candidate & { score: number })[] = [];
  for (const id of ids) {
    const entry = entryOf(id);
    if (!entry) continue;
    const similarity = estimateSimilarity(query.sig, entry.sig);
    const containment = estimateContainment(similarity, query.size, entry.size);
    if (similarity >= MIN_SIMILARITY || containment >= MIN_CONTAINMENT) out.push({ id, similarity, containment, score: Math.max(similarity, containment) });
  }
  out.sort((a, b) => b.score - a.score || b.similarity - a.similarity || (a.id < b.id ? -1 : 1));
  return out.slice(0, limit).map(({ id, similarity, containment }) => ({ id, similarity, containment }));
}

export class CandidateIndex {
  private readonly postings = new Map<number, string | string[]>();
  private readonly entries = new Map<string, Fingerprint>();

  get size(): number {
    return this.entries.size;
  }

  // Almost every key belongs to one article, so a lone id is stored as itself and only
  // shared keys get an array: ~100 fewer allocations per insert.
  add(id: string, fp: Fingerprint): void {
    if (this.entries.has(id)) this.remove(id);
    this.entries.set(id, fp);
    for (const key of fp.bands) {
      const list = this.postings.get(key);
      if (list === undefined) this.postings.set(key, id);
      else if (typeof list === 'string') this.postings.set(key, [list, id]);
      else list.push(id);
    }
  }

  remove(id: string): void {
    const fp = this.entries.get(id);
    if (!fp) return;
    this.entries.delete(id);
    for (const key of fp.bands) {
      const list = this.postings.get(key);
      if (list === undefined) continue;
      if (typeof list === 'string') {
        if (list === id) this.postings.delete(key);
        continue;
      }
      const i = list.indexOf(id);
      if (i >= 0) list.splice(i, 1);
      if (list.length === 1) this.postings.set(key, list[0]);
    }
  }

  /** Ids sharing at least one band key with `fp` (what a lookup must then rank). */
  colliding(fp: Fingerprint, exclude?: (id: string) => boolean): Set<string> {
    const ids = new Set<string>();
    for (const key of fp.bands) {
      const list = this.postings.get(key);
      if (list === undefined) continue;
      for (const id of typeof list === 'string' ? [list] : list) if (!exclude?.(id)) ids.add(id);
    }
    return ids;
  }

  /** Ids sharing at least one band key with `fp`, best first. Reads only the posting
   * lists of fp's band keys, never the whole index. */
  query(fp: Fingerprint, limit = 10, exclude?: (id: string) => boolean): Candidate[] {
    return rankCandidates(fp, this.colliding(fp, exclude), (id) => this.entries.get(id), limit);
  }

  /** The baseline lookups are measured against: compare with every stored signature. */
  bruteForce(fp: Fingerprint, limit = 10): Candidate[] {
    return rankCandidates(fp, this.entries.keys(), (id) => this.entries.get(id), limit);
  }
}
