// Sentence alignment between two versions (see align.design.md). Units are sentences and
// sub-headings with matching keys (prepare.ts). Handles moved units (matched anywhere, then
// marked moved when outside the longest in-order chain), split/merged sentences (a match
// grows by a neighbour when that raises similarity), inserted/deleted units (left over),
// and reworded units between two anchors (paired by position when gaps have equal size).
import type { Unit } from './prepare';

export interface Group {
  /** Unit indexes on side A (the copy) and B (the known version), ascending. */
  a: number[];
  b: number[];
  /** Key-multiset Dice similarity of the joined units (0..1). */
  sim: number;
  moved: boolean;
  /** Paired by position between anchors rather than by shared words. */
  positional: boolean;
}

export interface Alignment {
  groups: Group[];
  aOnly: number[];
  bOnly: number[];
  /** True when a budget cut the search short (results are still valid, maybe incomplete). */
  truncated: boolean;
  /** Units of A and of B past the MAX_UNITS budget: never aligned, so neither "only" nor paired. */
  aCut: number;
  bCut: number;
}

/** Two units are the same sentence at this Dice similarity or above. */
export const MATCH_MIN = 0.5;
/** Short units (< SHORT keys) need near-identity: "He said." must not match anywhere. */
export const SHORT = 4;
export const SHORT_MIN = 0.8;
/** Between two anchors, equal-sized gaps are paired by position at this similarity or above. */
export const GAP_MIN = 0.2;
/** Budgets: candidates per unit, postings per bigram (a bigram in more units, such as "of the", is skipped), units per side. */
export const MAX_CANDIDATES = 8;
export const MAX_POSTINGS = 24;
// 10,000 sentences is ~1,700 paragraphs of news prose: the 1,500-paragraph padded copy of
// issue 14 (an edit in its last paragraph) is aligned whole in ~0.5 s; past it the tail is
// cut and the report says how much (Report.truncated).
export const MAX_UNITS = 10_000;

export function dice(a: string[], b: string[]): number {
  if (!a.length || !b.length) return 0;
  const counts = new Map<string, number>();
  for (const k of a) counts.set(k, (counts.get(k) ?? 0) + 1);
  let common = 0;
  for (const k of b) {
    const n = counts.get(k);
    if (n) {
      common++;
      counts.set(k, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

// Inside align() keys are interned as small integers: Dice then counts in a scratch array
// instead of building a Map per call, and bigrams are numbers (id × vocabulary + id), not
// joined strings. Same arithmetic as dice(), so the same similarities to the last bit.
class Interned {
  private ids = new Map<string, number>();
  private counts = new Int32Array(0);
  of(keys: string[]): Int32Array {
    const out = new Int32Array(keys.length);
    for (let i = 0; i < keys.length; i++) {
      let id = this.ids.get(keys[i]);
      if (id === undefined) this.ids.set(keys[i], (id = this.ids.size));
      out[i] = id;
    }
    return out;
  }
  get size(): number {
    return this.ids.size;
  }
  dice(a: ArrayLike<number>, b: ArrayLike<number>): number {
    if (!a.length || !b.length) return 0;
    if (this.counts.length < this.ids.size) this.counts = new Int32Array(this.ids.size * 2);
    const counts = this.counts;
    for (let i = 0; i < a.length; i++) counts[a[i]]++;
    let common = 0;
    for (let i = 0; i < b.length; i++) {
      const k = b[i];
      if (counts[k] > 0) {
        common++;
        counts[k]--;
      }
    }
    for (let i = 0; i < a.length; i++) counts[a[i]] = 0;
    return (2 * common) / (a.length + b.length);
  }
  /** Dice of one unit against many: its counts loaded once (vocabulary must not grow meanwhile). */
  fixed(): { load(a: Int32Array): void; against(b: Int32Array): number; unload(): void } {
    const countA = new Int32Array(this.ids.size);
    const used = new Int32Array(this.ids.size);
    let cur: Int32Array = new Int32Array(0);
    return {
      load(a) {
        cur = a;
        for (let i = 0; i < a.length; i++) countA[a[i]]++;
      },
      // Same count as dice(): common = Σ min(count in a, count in b), so the same value.
      against(b) {
        if (!cur.length || !b.length) return 0;
        let common = 0;
        for (let i = 0; i < b.length; i++) {
          const k = b[i];
          if (used[k] < countA[k]) {
            common++;
            used[k]++;
          }
        }
        for (let i = 0; i < b.length; i++) used[b[i]] = 0;
        return (2 * common) / (cur.length + b.length);
      },
      unload() {
        for (let i = 0; i < cur.length; i++) countA[cur[i]] = 0;
      },
    };
  }
}

/** Key bigrams of a unit as numbers, in order, repeats kept (a one-key unit: its key). */
function gramsOf(ids: Int32Array, vocab: number, out: number[]): number[] {
  out.length = 0;
  if (ids.length < 2) {
    if (ids.length) out.push(ids[0]);
    return out;
  }
  for (let i = 0; i + 1 < ids.length; i++) out.push(ids[i] * vocab + ids[i + 1] + vocab);
  return out;
}

function joined(ids: Int32Array[], idx: number[]): number[] {
  const out: number[] = [];
  for (const i of idx) for (const k of ids[i]) out.push(k);
  return out;
}

export function align(A: Unit[], B: Unit[], maxUnits = MAX_UNITS): Alignment {
  const aCut = Math.max(0, A.length - maxUnits);
  const bCut = Math.max(0, B.length - maxUnits);
  const truncated = aCut > 0 || bCut > 0;
  if (truncated) {
    A = A.slice(0, maxUnits);
    B = B.slice(0, maxUnits);
  }
  // 1. Candidates through shared key bigrams.
  const vocab = new Interned();
  const aIds = A.map((u) => vocab.of(u.keys));
  const bIds = B.map((u) => vocab.of(u.keys));
  const V = vocab.size;
  // Bigrams of B get dense ids (gramId) so postings are an array and "seen in this unit"
  // is a stamp per id: no Set per unit. A unit's distinct bigrams are visited in first-
  // occurrence order (what iterating a Set gave), so hits and candidates come in the same order.
  const gramId = new Map<number, number>();
  const postings: number[][] = [];
  const seen: number[] = [];
  const scratch: number[] = [];
  for (const u of B) {
    for (const g of gramsOf(bIds[u.i], V, scratch)) {
      let id = gramId.get(g);
      if (id === undefined) {
        gramId.set(g, (id = postings.length));
        postings.push([]);
        seen.push(-1);
      }
      if (seen[id] === u.i) continue;
      seen[id] = u.i;
      const list = postings[id];
      if (list.length <= MAX_POSTINGS) list.push(u.i);
    }
  }
  seen.fill(-1);
  const pairs: { a: number; b: number; sim: number }[] = [];
  // Shared-bigram counts per B unit in one reused array; `touched` lists the units hit, in
  // first-hit order (what a Map's insertion order gave), and is reset after each A unit.
  const hitCount = new Int32Array(B.length);
  const touched: number[] = [];
  const top = new TopK(MAX_CANDIDATES);
  const dicer = vocab.fixed();
  for (const u of A) {
    touched.length = 0;
    for (const g of gramsOf(aIds[u.i], V, scratch)) {
      const id = gramId.get(g);
      if (id === undefined || seen[id] === u.i) continue;
      seen[id] = u.i;
      const list = postings[id];
      if (list.length > MAX_POSTINGS) continue; // stop-bigram: carries no evidence
      for (const j of list) if (hitCount[j]++ === 0) touched.push(j);
    }
    top.select(touched, hitCount);
    for (const j of touched) hitCount[j] = 0;
    if (!top.size) continue;
    // Dice against up to MAX_CANDIDATES units: A's key counts are loaded once, not per pair.
    let loaded = false;
    const la = u.keys.length;
    for (let c = 0; c < top.size; c++) {
      const j = top.ids[c];
      const v = B[j];
      if (v.heading !== u.heading) continue;
      const lb = v.keys.length;
      const min = Math.min(la, lb) < SHORT ? SHORT_MIN : MATCH_MIN;
      // Dice can reach at most 2·min(la, lb)/(la + lb): below the threshold, no need to count.
      if ((2 * Math.min(la, lb)) / (la + lb) < min) continue;
      if (!loaded) {
        dicer.load(aIds[u.i]);
        loaded = true;
      }
      const sim = dicer.against(bIds[j]);
      if (sim >= min) pairs.push({ a: u.i, b: j, sim });
    }
    if (loaded) dicer.unload();
  }
  // 2. Greedy one-to-one, best first.
  pairs.sort((x, y) => y.sim - x.sim || x.a - y.a);
  const aTaken = new Map<number, Group>();
  const bTaken = new Map<number, Group>();
  const groups: Group[] = [];
  for (const p of pairs) {
    if (aTaken.has(p.a) || bTaken.has(p.b)) continue;
    const g: Group = { a: [p.a], b: [p.b], sim: p.sim, moved: false, positional: false };
    groups.push(g);
    aTaken.set(p.a, g);
    bTaken.set(p.b, g);
  }
  // 3. Merges and splits: grow a group by an unmatched neighbour while similarity rises.
  for (const g of groups) {
    let grew = true;
    while (grew) {
      grew = false;
      for (const [side, units, taken] of [
        ['b', B, bTaken],
        ['a', A, aTaken],
      ] as const) {
        const idx = g[side];
        for (const n of [idx[0] - 1, idx[idx.length - 1] + 1]) {
          if (n < 0 || n >= units.length || taken.has(n) || units[n].heading) continue;
          const next = [...idx, n].sort((x, y) => x - y);
          const sim = side === 'b' ? vocab.dice(joined(aIds, g.a), joined(bIds, next)) : vocab.dice(joined(aIds, next), joined(bIds, g.b));
          if (sim > g.sim + 0.02) {
            g[side] = next;
            g.sim = sim;
            taken.set(n, g);
            grew = true;
            break;
          }
        }
      }
    }
  }
  // 4. Gaps of equal size between in-order anchors: pair by position (reworded sentences, changed headings).
  groups.sort((x, y) => x.a[0] - y.a[0]);
  const anchors = [{ a: [-1], b: [-1] }, ...groups, { a: [A.length], b: [B.length] }];
  for (let k = 0; k + 1 < anchors.length; k++) {
    const g1 = anchors[k];
    const g2 = anchors[k + 1];
    const b1 = g1.b[g1.b.length - 1];
    const b2 = g2.b[0];
    if (b2 <= b1) continue;
    const ga = range(g1.a[g1.a.length - 1] + 1, g2.a[0]).filter((i) => !aTaken.has(i));
    const gb = range(b1 + 1, b2).filter((i) => !bTaken.has(i));
    if (ga.length !== gb.length || ga.length === 0 || ga.length > 3) continue;
    ga.forEach((ai, n) => {
      const bi = gb[n];
      if (A[ai].heading !== B[bi].heading) return;
      const sim = vocab.dice(aIds[ai], bIds[bi]);
      if (!A[ai].heading && sim < GAP_MIN) return;
      const g: Group = { a: [ai], b: [bi], sim, moved: false, positional: true };
      groups.push(g);
      aTaken.set(ai, g);
      bTaken.set(bi, g);
    });
  }
  groups.sort((x, y) => x.a[0] - y.a[0]);
  markMoved(groups);
  return {
    groups,
    aOnly: A.map((u) => u.i).filter((i) => !aTaken.has(i)),
    bOnly: B.map((u) => u.i).filter((i) => !bTaken.has(i)),
    truncated,
    aCut,
    bCut,
  };
}

/**
 * The k units with most shared bigrams, by one scan (no sort of every hit), in reused arrays.
 * Ties keep first-hit order: a later unit enters only with strictly more hits.
 */
class TopK {
  ids: Int32Array;
  private n: Int32Array;
  size = 0;
  constructor(private k: number) {
    this.ids = new Int32Array(k);
    this.n = new Int32Array(k);
  }
  select(touched: number[], counts: Int32Array): void {
    const { ids, n: ns, k: max } = this;
    let size = 0;
    for (const j of touched) {
      const n = counts[j];
      if (size === max && n <= ns[size - 1]) continue;
      let k = size < max ? size++ : size - 1;
      ids[k] = j;
      ns[k] = n;
      while (k > 0 && ns[k - 1] < ns[k]) {
        const tj = ids[k - 1];
        ids[k - 1] = ids[k];
        ids[k] = tj;
        const tn = ns[k - 1];
        ns[k - 1] = ns[k];
        ns[k] = tn;
        k--;
      }
    }
    this.size = size;
  }
}

function range(from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) out.push(i);
  return out;
}

/** Groups (sorted by A) outside the longest chain increasing in B are moved. O(n log n). */
function markMoved(groups: Group[]): void {
  const seq = groups.map((g) => g.b[0]);
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Array<number>(seq.length).fill(-1);
  seq.forEach((v, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid] < v) lo = mid + 1;
      else hi = mid;
    }
    tails[lo] = v;
    tailIdx[lo] = i;
    prev[i] = lo > 0 ? tailIdx[lo - 1] : -1;
  });
  const keep = new Set<number>();
  for (let i = tailIdx[tails.length - 1] ?? -1; i >= 0; i = prev[i]) keep.add(i);
  groups.forEach((g, i) => {
    g.moved = !keep.has(i);
  });
}
