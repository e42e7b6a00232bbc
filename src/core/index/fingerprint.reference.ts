// A frozen copy of the fingerprint pipeline as it was before it was made faster (commit
// 7f8521a: normalise.ts foldForMatch/words, shingles.ts, minhash.ts, passages.ts,
// fingerprint.ts). Used only by tests and by eval/bench peers: fingerprint keys are stored
// in readers' libraries and in shared indexes, so the fast code must give bit-identical
// output, and this is what it is compared with. Never change it to follow the live code.

const QUOTE_MAP: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u0060': "'",
  '\u00B4': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u2026': '...',
  '\u00A0': ' ',
};
const TYPO_RE = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB\u2010-\u2015\u2212\u2026\u00A0]/g;

export function referenceNormaliseTypography(text: string): string {
  if (/^[\x20-\x7E]*$/.test(text)) return text.includes('  ') || text[0] === ' ' || text.endsWith(' ') ? text.replace(/ +/g, ' ').trim() : text;
  return text
    .normalize('NFKC')
    .replace(TYPO_RE, (c) => QUOTE_MAP[c] ?? c)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function referenceFoldForMatch(text: string): string {
  return referenceNormaliseTypography(text).toLowerCase();
}

function languageTag(raw: string | undefined | null): string | undefined {
  if (typeof raw !== 'string') return undefined;
  const t = raw.trim().replace(/_/g, '-');
  if (t.length > 35 || !/^[a-z]{2,8}(?:-[a-z0-9]{1,8})*$/i.test(t)) return undefined;
  try {
    return Intl.getCanonicalLocales(t)[0];
  } catch {
    return undefined;
  }
}

const wordSegmenters = new Map<string, Intl.Segmenter>();
function segmenter(lang: string): Intl.Segmenter {
  let s = wordSegmenters.get(lang);
  if (!s) {
    s = new Intl.Segmenter(languageTag(lang) ?? 'en', { granularity: 'word' });
    wordSegmenters.set(lang, s);
  }
  return s;
}

const NEEDS_SEGMENTER = /[\u0E00-\u0EFF\u1000-\u109F\u1780-\u17FF\u3040-\u30FF\u3400-\u4DBF\u4E00-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF]/;
const NORMALISE_WORD_RE = /[\p{L}\p{M}\p{N}_]+(?:(?:(?<=\p{L})['’.](?=\p{L})|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;

function words(text: string, lang = 'en'): string[] {
  if (!NEEDS_SEGMENTER.test(text)) return text.match(NORMALISE_WORD_RE) ?? [];
  const out: string[] = [];
  for (const seg of segmenter(lang).segment(text)) {
    if (seg.isWordLike) out.push(seg.segment);
  }
  return out;
}

export function referenceHashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const NO_SPACE_SCRIPTS = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_RE = /[\p{L}\p{N}\p{M}]+(?:['.][\p{L}\p{N}\p{M}]+)*/gu;

export function referenceMatchWords(folded: string, lang = 'en'): string[] {
  if (NO_SPACE_SCRIPTS.test(folded)) return words(folded, lang);
  return folded.match(WORD_RE) ?? [];
}

export function referenceShingleHashes(text: string, lang = 'en', k = 3): Uint32Array {
  return referenceShinglesOfWords(referenceMatchWords(referenceFoldForMatch(text), lang).map(referenceHashString), k);
}

export function referenceShinglesOfWords(ws: ArrayLike<number>, k = 3): Uint32Array {
  const out = new Set<number>();
  if (ws.length === 0) return new Uint32Array(0);
  if (ws.length < k) {
    let h = 0;
    for (let i = 0; i < ws.length; i++) h = fmix32(h ^ ws[i]) ^ Math.imul(h, 31);
    out.add(h >>> 0);
  }
  for (let i = 0; i + k <= ws.length; i++) {
    let h = 0x9e3779b9;
    for (let j = 0; j < k; j++) h = fmix32((h ^ ws[i + j]) + j);
    out.add(h);
  }
  return Uint32Array.from(out);
}

const EMPTY = 0xffffffff;

function onePermutationMinhash(shingles: Uint32Array, from: number, to: number, bins: number, seed: number): Uint32Array {
  const shift = 32 - Math.log2(bins);
  const mask = (1 << shift) - 1;
  const sig = new Uint32Array(bins).fill(EMPTY);
  for (let j = from; j < to; j++) {
    const v = fmix32(shingles[j] ^ seed);
    const value = v & mask;
    if (value < sig[v >>> shift]) sig[v >>> shift] = value;
  }
  if (to <= from) return sig;
  for (let i = 0; i < bins; i++) {
    if (sig[i] !== EMPTY) continue;
    for (let t = 1; t < bins; t++) {
      const donor = sig[(i + t) % bins];
      if (donor <= mask) {
        sig[i] = donor + t * (mask + 1);
        break;
      }
    }
  }
  return sig;
}

function bandHash(sig: Uint32Array, band: number, rows: number, salt: number): number {
  let h = band + salt;
  for (let r = 0; r < rows; r++) h = fmix32(h ^ sig[band * rows + r]) + r;
  return h >>> 0;
}

function bandKeys(sig: Uint32Array): number[] {
  if (sig.every((v) => v === EMPTY)) return [];
  const keys: number[] = [];
  for (let b = 0; b < 42; b++) keys.push(b * 0x100000000 + bandHash(sig, b, 3, 1));
  return keys;
}

function passageWindows(n: number): [number, number][] {
  if (n < 100) return [];
  const count = Math.min(12, Math.floor(n / 100));
  const stride = count === 12 ? n / 12 : 100;
  return Array.from({ length: count }, (_, i) => {
    const from = Math.floor(i * stride);
    const to = i === count - 1 && count < 12 ? n : Math.min(n, from + 100);
    return [from, to];
  });
}

function passageKeys(shingles: Uint32Array): number[] {
  const keys = new Set<number>();
  for (const [from, to] of passageWindows(shingles.length)) {
    const sig = onePermutationMinhash(shingles, from, to, 32, 0x51ed2701);
    for (let b = 0; b < 10; b++) keys.add((64 + b) * 0x100000000 + bandHash(sig, b, 3, 101));
  }
  return [...keys];
}

export interface ReferenceFingerprint {
  sig: Uint32Array;
  bands: number[];
  size: number;
}

export function referenceFingerprintShingles(shingles: Uint32Array): ReferenceFingerprint {
  const sig = onePermutationMinhash(shingles, 0, shingles.length, 128, 0x2545f491);
  return { sig, bands: [...bandKeys(sig), ...passageKeys(shingles)], size: shingles.length };
}

export function referenceFingerprintText(text: string, lang = 'en'): ReferenceFingerprint {
  return referenceFingerprintShingles(referenceShingleHashes(text, lang));
}

export function referenceArticleText(article: { title: string; subtitle?: string; blocks: { text: string }[] }): string {
  const parts = [article.title, article.subtitle ?? '', ...article.blocks.map((b) => b.text)];
  return parts.filter(Boolean).join('\n');
}
