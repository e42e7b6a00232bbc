// Synthetic news-like articles for tests and `npm run bench`: word sequences drawn from a
// Zipf-distributed vocabulary (so, as in real text, stock words and phrases recur across
// unrelated articles), in sentences and paragraphs of news length, plus edited copies
// (word substitutions, dropped and added paragraphs, boilerplate) to query with.
// Deterministic: the same seed gives the same library, so runs are comparable.
import type { Article } from '../types';

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  'the of and to a in that is for on said with as was he it by at from his an be have has but are not were they who this which will had their been after more would its or one about two new also year us first over than when president government people told last'.split(
    ' ',
  );

function makeVocabulary(size: number, rand: () => number): string[] {
  const vocab = [...COMMON];
  const syll = ['ka', 'ri', 'to', 'men', 'sa', 'lo', 'ver', 'an', 'de', 'ul', 'pre', 'tion', 'gar', 'is', 'on', 'bra', 'el', 'mi', 'cor', 'ted'];
  const seen = new Set(vocab);
  if (size > 100000) throw new RangeError('vocabulary too large for the syllable set');
  while (vocab.length < size) {
    let w = '';
    // 20 syllables, 1–4 per word: ~168,000 possible words, enough for any vocabulary size used.
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) w += syll[Math.floor(rand() * syll.length)];
    if (!seen.has(w)) {
      seen.add(w);
      vocab.push(w);
    }
  }
  return vocab;
}

export class ArticleGenerator {
  private readonly rand: () => number;
  private readonly vocab: string[];
  private readonly cdf: Float64Array;
  private n = 0;

  constructor(seed = 1, vocabularySize = 20000) {
    this.rand = rng(seed);
    this.vocab = makeVocabulary(vocabularySize, this.rand);
    // Zipf (s = 1): word k has weight 1/k.
    this.cdf = new Float64Array(vocabularySize);
    let sum = 0;
    for (let k = 0; k < vocabularySize; k++) this.cdf[k] = sum += 1 / (k + 1);
    for (let k = 0; k < vocabularySize; k++) this.cdf[k] /= sum;
  }

  /** Index of a Zipf-drawn vocabulary word. */
  wordIndex(): number {
    const x = this.rand();
    let lo = 0;
    let hi = this.cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cdf[mid] < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  word(): string {
    return this.vocab[this.wordIndex()];
  }

  /** The vocabulary, for callers that hash words once (bench/library.ts). */
  get words(): readonly string[] {
    return this.vocab;
  }

  sentence(): string {
    const len = 12 + Math.floor(this.rand() * 20);
    const ws = Array.from({ length: len }, () => this.word());
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(' ') + '.';
  }

  paragraph(): string {
    return Array.from({ length: 1 + Math.floor(this.rand() * 3) }, () => this.sentence()).join(' ');
  }

  /** An article of 300–900 words from `host`. */
  article(host = `outlet${Math.floor(this.rand() * 200)}.test`): Article {
    const id = this.n++;
    const paragraphs = 8 + Math.floor(this.rand() * 16);
    return {
      url: `https://${host}/news/${id}`,
      title: this.sentence().slice(0, -1),
      siteName: host,
      published: new Date(Date.UTC(2025, 0, 1) + id * 60000).toISOString(),
      blocks: Array.from({ length: paragraphs }, () => ({ text: this.paragraph() })),
      signals: [],
    };
  }

  /**
   * An edited copy on another host: `editRate` of words replaced, one paragraph dropped,
   * an engagement-boilerplate paragraph added, curly quotes around the headline.
   */
  copyOf(source: Article, host: string, editRate = 0.05): Article {
    const blocks = source.blocks
      .filter((_, i) => i !== 3)
      .map((b) => ({
        text: b.text
          .split(' ')
          .map((w) => (this.rand() < editRate ? this.word() : w))
          .join(' '),
      }));
    blocks.push({ text: 'Please like, comment, and share this story with your friends.' });
    return {
      ...source,
      url: `https://${host}/${this.n++}/copied-story`,
      canonicalUrl: undefined,
      title: `\u201C${source.title}\u201D`,
      siteName: host,
      blocks,
    };
  }
}
