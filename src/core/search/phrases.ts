// Short exact phrases to find other versions of a story with a news search. A copy rewrites
// the headline and often the first paragraph, and it may alter quotations (the seed copy
// changed a quote's "five per cent defence"); the sentences in between usually survive word
// for word. So phrases are taken from the body after the first paragraph, outside quotation
// marks, inside one clause (no punctuation in a phrase: search engines drop it, and a copy
// that adds a comma would break an exact match), and they avoid words with a second accepted
// spelling (defence/defense), which copies change freely. Ranked by what a search matches on
// and what an unrelated story on the same topic would not share: names, places, figures and
// content words; the best phrases come from different paragraphs, so one edited paragraph
// cannot spoil every phrase sent. Measured in `npm run eval` (eval/search.ts).
import { isJunkSentence, junkKind } from '../boilerplate';
import { isCreditLine } from '../credits';
import { quoteSpans } from '../quotes';
import { normaliseTypography, splitLengthUpTo, WORD_RE } from '../text/normalise';
import { hasSpellingVariant } from '../text/spelling';
import type { Article } from '../types';

export interface Phrase {
  /** The words as written (typography normalised, single-spaced): what is sent in quotes. */
  text: string;
  /** Index of the block in `article.blocks` the phrase comes from. */
  block: number;
  /** Offsets of the phrase in the typography-normalised text of that block. */
  start: number;
  end: number;
  score: number;
}

/** Words per phrase: long enough to be specific to one text, short enough to survive edits. */
export const PHRASE_WORDS = 8;
/** A clause this short is never a phrase (a few common words match any story). */
export const MIN_PHRASE_WORDS = 6;
/** A block shorter than this is not the first paragraph (a dateline, a byline, a deck). */
export const FIRST_PARAGRAPH_MIN_WORDS = 12;
/** Phrases sent in one request; when it finds nothing, a second request sends the next ones. */
export const PHRASES_PER_QUERY = 2;
/** Requests one search makes at most (each spaced as the engine asks). */
export const REQUESTS_PER_SEARCH = 2;
/** Blocks read at most: bounded work on a page of any length. */
const MAX_BLOCKS = 60;
/** Characters of a block read at most (a paragraph is far shorter; a hostile one is cut). */
const MAX_BLOCK_CHARS = 20_000;

// Function words: they say nothing about which story a phrase comes from.
const STOP = new Set(
  (
    'a an the and or but nor of on in at to for with by from as into onto over under about after before than then that this these those ' +
    'is are was were be been being has have had do does did will would shall should can could may might must not no so if it its ' +
    'he she they we you i his her their our your him them us who whom whose which what when where while also just said says say told ' +
    'there here all any some more most other such only very up out off new one two'
  ).split(' '),
);

/** A word that may be written another way in another version: a spelling variant. */
function unstable(word: string): boolean {
  return hasSpellingVariant(word.toLowerCase());
}

type Kind = 'stop' | 'name' | 'figure' | 'word';

function kindOf(word: string, first: boolean): Kind {
  if (/\d/.test(word)) return 'figure';
  // A capital inside a clause marks a name or place ("May", "Will Smith"); at its start it
  // only marks the sentence.
  if (!first && /^\p{Lu}/u.test(word) && word !== 'I') return 'name';
  return STOP.has(word.toLowerCase()) ? 'stop' : 'word';
}

/** Names and figures count most, but only a few: a run of names alone ("President Donald
 * Trump and first lady Melania Trump") is a caption or a line every story on the topic has;
 * the writer's own words around them are what only this text holds. */
const MAX_NAMES = 3;
/** Fewest of the writer's own (lower-case content) words in a phrase. */
const MIN_OWN_WORDS = 2;

/** Stands in for blanked-out text, offsets kept (a private-use character: no page text means it). */
const BLANK = '\uE000';

/**
 * The text with every quotation (as the engine reads them) and every parenthesis blanked
 * out, offsets kept: quotes are what a copy may alter, asides (pronunciations, photo credits)
 * what it drops.
 */
function blanked(text: string): string {
  const spans = [...quoteSpans(text), ...[...text.matchAll(/\([^()]{0,300}\)/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }))];
  if (spans.length === 0) return text;
  // One pass over the text (a page with thousands of quotation marks costs linear work).
  const blank = new Uint8Array(text.length);
  for (const { start, end } of spans) blank.fill(1, start, end);
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && blank[i] === blank[from]) continue;
    out += blank[from] ? BLANK.repeat(i - from) : text.slice(from, i);
    from = i;
  }
  return out;
}

// Where a phrase may not run across: clause punctuation, quotation marks, sentence ends,
// spaced dashes, and the blanked quotations.
const CLAUSE_BREAK = /[,;:()[\]{}"“”„«»\uE000\u2014\u2013]+|\s-+\s|[.!?](?=\s|$)/gu;

interface Clause {
  text: string;
  offset: number;
  sentenceStart: boolean;
}

function clauses(text: string): Clause[] {
  const out: Clause[] = [];
  let last = 0;
  let sentenceStart = true;
  const push = (end: number, nextStartsSentence: boolean) => {
    const t = text.slice(last, end);
    if (t.trim()) out.push({ text: t, offset: last, sentenceStart });
    sentenceStart = nextStartsSentence;
  };
  for (const m of text.matchAll(CLAUSE_BREAK)) {
    const i = m.index ?? 0;
    push(i, /[.!?]/.test(m[0]));
    last = i + m[0].length;
  }
  push(text.length, true);
  return out;
}

// A photo credit on its own line: "(AP Photo/Jane Doe)", "Photo: Jane Doe, AP", "Getty Images".
const PHOTO_CREDIT = /^\(?\s*(?:(?:AP|Reuters|AFP|Getty|EPA|CP)?\s*Photo(?:graph)?s?\b|Image(?:s)?\b|Credit\b|Getty Images\b).{0,120}$|^\([^()]{1,120}\)$/i;

/**
 * The body blocks a phrase may come from: not headings, page junk, credit lines, photo
 * captions (the block before a photo credit) or text said twice (captions repeated in a
 * gallery, furniture): such lines differ between two pages of one story.
 */
function storyBlocks(article: Article): { index: number; text: string }[] {
  const blocks = article.blocks.slice(0, MAX_BLOCKS).map((b) => normaliseTypography(b.text.slice(0, MAX_BLOCK_CHARS)));
  const times = new Map<string, number>();
  for (const t of blocks) times.set(t, (times.get(t) ?? 0) + 1);
  const out: { index: number; text: string }[] = [];
  blocks.forEach((text, index) => {
    if (article.blocks[index].heading || !text || junkKind(text) || isCreditLine(text)) return;
    if ((times.get(text) ?? 0) > 1 || PHOTO_CREDIT.test(text)) return;
    const next = blocks[index + 1];
    if (next !== undefined && PHOTO_CREDIT.test(next) && splitLengthUpTo(next, 12) <= 12) return;
    out.push({ index, text });
  });
  return out;
}

/** Index (in `article.blocks`) of the first paragraph: the first story block of sentence length. */
export function firstParagraphIndex(article: Article): number | undefined {
  return storyBlocks(article).find((b) => (b.text.match(WORD_RE) ?? []).length >= FIRST_PARAGRAPH_MIN_WORDS)?.index;
}

// Sentence ends as core/text/normalise.ts splits them, with offsets kept: matched forwards
// from the terminal mark with a bounded run of closers (a lookbehind over an unbounded run
// is quadratic on a page of quotation marks, issue 14).
const SENTENCE_END = /[.!?]["”’)\]\uE000]{0,4}(\s+)(?=["“‘'([\uE000]?[\p{Lu}\p{N}])/gu;

function sentenceRanges(text: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  let last = 0;
  for (const m of text.matchAll(SENTENCE_END)) {
    const after = m.index + m[0].length;
    out.push({ start: last, end: after - m[1].length });
    last = after;
  }
  out.push({ start: last, end: text.length });
  return out;
}

/** Later sentences weigh less: a copy that cuts a story short keeps its beginning. */
export const POSITION_DECAY = 0.05;

/** The best run of PHRASE_WORDS words in a clause (the whole clause when shorter), if any is fit to send. */
function bestWindow(clause: Clause, block: number, base: number): Phrase | undefined {
  const ws = [...clause.text.matchAll(WORD_RE)];
  if (ws.length < MIN_PHRASE_WORDS) return undefined;
  let best: Phrase | undefined;
  const n = Math.min(PHRASE_WORDS, ws.length);
  for (let i = 0; i + n <= ws.length; i++) {
    const run = ws.slice(i, i + n);
    if (run.some((w) => unstable(w[0]))) continue;
    const kinds = run.map((w, k) => kindOf(w[0], clause.sentenceStart && i + k === 0));
    const count = (k: Kind) => kinds.filter((x) => x === k).length;
    const own = run.filter((_, k) => kinds[k] === 'word');
    // Mostly function words match any text on the topic.
    if (n - count('stop') < Math.ceil(n / 2) || own.length < MIN_OWN_WORDS) continue;
    const score = 1.5 * Math.min(MAX_NAMES, count('name') + count('figure')) + own.reduce((s, w) => s + (w[0].length >= 7 ? 1.25 : 1), 0);
    if (!best || score > best.score) {
      const start = base + clause.offset + (run[0].index ?? 0);
      const end = base + clause.offset + (run[n - 1].index ?? 0) + run[n - 1][0].length;
      // As written (hyphens and apostrophes kept), so the engine sees the page's own words;
      // anything else between the words (symbols, a lone surrogate a page slipped in) is a space.
      const written = clause.text.slice(run[0].index ?? 0, (run[n - 1].index ?? 0) + run[n - 1][0].length);
      best = { text: written.replace(/[^\p{L}\p{M}\p{N}'’.-]+/gu, ' '), block, start, end, score };
    }
  }
  return best;
}

/** Every candidate phrase of the article, best first, at most one per clause. */
export function candidatePhrases(article: Article): Phrase[] {
  const blocks = storyBlocks(article);
  const first = firstParagraphIndex(article);
  if (first === undefined) return [];
  // A text of one paragraph (a pasted extract, a short brief): its first sentence stands in
  // for the first paragraph a copy rewrites.
  const onlyFirst = !blocks.some((b) => b.index > first);
  const out: Phrase[] = [];
  let ordinal = 0;
  for (const { index, text } of blocks) {
    if (onlyFirst ? index !== first : index <= first) continue;
    const masked = blanked(text);
    const ranges = sentenceRanges(masked);
    ranges.forEach(({ start, end }, k) => {
      if (onlyFirst && k === 0 && ranges.length > 1) return;
      // Site furniture glued into the text (share bars, sign-up prompts, author notes).
      if (isJunkSentence(text.slice(start, end).replace(/\uE000/g, ' '))) return;
      const prior = 1 / (1 + POSITION_DECAY * ordinal++);
      for (const clause of clauses(masked.slice(start, end))) {
        const best = bestWindow(clause, index, start);
        if (best) out.push({ ...best, score: best.score * prior });
      }
    });
  }
  return out.sort((a, b) => b.score - a.score || a.block - b.block || a.start - b.start);
}

/**
 * The phrases to send, best first, from different paragraphs as long as there are enough
 * paragraphs (so an edit to one paragraph cannot spoil every phrase sent).
 */
export function searchPhrases(article: Article, count = PHRASES_PER_QUERY * REQUESTS_PER_SEARCH): Phrase[] {
  const all = candidatePhrases(article);
  const picked: Phrase[] = [];
  const usedBlocks = new Set<number>();
  const texts = new Set<string>();
  const fresh = all.filter((p) => {
    const key = p.text.toLowerCase();
    if (texts.has(key)) return false;
    texts.add(key);
    return true;
  });
  for (const p of fresh) {
    if (picked.length >= count) break;
    if (usedBlocks.has(p.block)) continue;
    picked.push(p);
    usedBlocks.add(p.block);
  }
  for (const p of fresh) {
    if (picked.length >= count) break;
    if (!picked.includes(p)) picked.push(p);
  }
  return picked;
}

/** Lower-case words of a text, typography normalised: the form phrases are matched in. */
export function phraseWords(text: string): string[] {
  return (normaliseTypography(text).match(WORD_RE) ?? []).map((w) => w.toLowerCase());
}

/** True when `phrase` occurs word for word in `text` (case, spacing and typography aside). */
export function phraseOccursIn(phrase: string, text: string | string[]): boolean {
  const p = phraseWords(phrase);
  const t = typeof text === 'string' ? phraseWords(text) : text;
  if (p.length === 0) return false;
  outer: for (let i = 0; i + p.length <= t.length; i++) {
    for (let k = 0; k < p.length; k++) if (t[i + k] !== p[k]) continue outer;
    return true;
  }
  return false;
}

/** The phrases of one request in a search engine's syntax: `"a b c"` or `("a b c" OR "d e f")`. */
export function phraseQuery(phrases: string[]): string {
  // A phrase never holds a double quote (quotes break clauses), so quoting cannot be escaped out of.
  const quoted = phrases.map((p) => `"${p.replace(/"/g, '')}"`);
  return quoted.length > 1 ? `(${quoted.join(' OR ')})` : (quoted[0] ?? '');
}

/** The requests one search sends, in order: PHRASES_PER_QUERY phrases each. */
export function searchRequests(article: Article): string[][] {
  const phrases = searchPhrases(article).map((p) => p.text);
  const out: string[][] = [];
  for (let i = 0; i < phrases.length && out.length < REQUESTS_PER_SEARCH; i += PHRASES_PER_QUERY) out.push(phrases.slice(i, i + PHRASES_PER_QUERY));
  return out;
}
