// Synthetic articles as word hashes, shared by the library and the shared-index benches so
// both measure the same kind of text (300–900 words; copies edited the same way).
import { hashString } from '../src/core/index/shingles.ts';
import { ArticleGenerator, rng } from '../src/core/index/synthetic.ts';

export class WordLibrary {
  private readonly gen: ArticleGenerator;
  private readonly hashes: Uint32Array;
  private readonly random: () => number;
  constructor(seed: number) {
    this.random = rng(seed * 31 + 7);
    this.gen = new ArticleGenerator(seed);
    this.hashes = Uint32Array.from(this.gen.words, (w) => hashString(w));
  }
  pick(n: number): number {
    return Math.floor(this.random() * n);
  }
  /** One article's word hashes, 300–900 words. */
  article(): Uint32Array {
    const n = 300 + Math.floor(this.random() * 600);
    const out = new Uint32Array(n);
    for (let i = 0; i < n; i++) out[i] = this.hashes[this.gen.wordIndex()];
    return out;
  }
  /** An edited copy: 5% words replaced, 40 words dropped mid-text, 12 words appended. */
  copy(src: Uint32Array): Uint32Array {
    const ws = Array.from(src);
    for (let i = 0; i < ws.length; i++) if (this.random() < 0.05) ws[i] = this.hashes[this.gen.wordIndex()];
    ws.splice(Math.floor(ws.length / 3), 40);
    for (let i = 0; i < 12; i++) ws.push(this.hashes[this.gen.wordIndex()]);
    return Uint32Array.from(ws);
  }
}
