// Would a news search with our phrases find the other version? For every pair in a
// realdata/pairs-layout folder, phrases are built from one version (src/core/search/phrases.ts,
// as the extension sends them) and looked up word for word, after typography normalisation,
// in the other version's text: a `copy`/`rewrite` pair where one does is a hit, a
// `same-topic-different` pair where one does is a false hit (a search would list an unrelated
// story as a version). Both directions of each pair count: either version may be the page open.
import { basename } from 'node:path';
import { articleFromText } from '../src/core/article';
import { PHRASES_PER_QUERY, phraseOccursIn, phraseWords, REQUESTS_PER_SEARCH, searchRequests } from '../src/core/search/phrases';
import { headlinePlusOnePhrase } from './baselines';
import { listFiles, readJson } from './fsutil';
import { round } from './metrics';

interface PairFile {
  id?: string;
  relation: 'copy' | 'rewrite' | 'same-topic-different' | 'unrelated';
  versions: { outlet?: string | null; title?: string | null; text: string; url?: string | null }[];
}

export interface SearchEvalResult {
  /** Share of copy/rewrite directions where a phrase sent occurs in the other version. */
  phraseHitRate: number;
  /** The same with the first request's phrases only. */
  firstRequestHitRate: number;
  /** Share of same-topic-different directions where one wrongly does. */
  phraseFalseHitRate: number;
  /** Pairs read (every relation), and directions counted for each rate. */
  pairs: number;
  positives: number;
  negatives: number;
  /** The phrase Wiretrace sent before (eval/baselines.ts), scored the same way. */
  baseline: { phraseHitRate: number; phraseFalseHitRate: number; method: string };
  /** Directions where no phrase could be built at all (counted as misses). */
  noPhrase: number;
  /** Phrases per request and requests per search at most, as the extension sends them. */
  phrasesPerRequest: number;
  requestsPerSearch: number;
  misses: { id: string; from: number; phrases: string[] }[];
  falseHits: { id: string; from: number; phrase: string }[];
  ms: number;
}

export function evaluateSearch(dir: string): SearchEvalResult {
  const t0 = performance.now();
  let pairs = 0;
  let pos = 0;
  let hits = 0;
  let firstHits = 0;
  let neg = 0;
  let falseHits = 0;
  let noPhrase = 0;
  let peerHits = 0;
  let peerFalse = 0;
  const misses: SearchEvalResult['misses'] = [];
  const wrong: SearchEvalResult['falseHits'] = [];
  for (const file of listFiles(dir, /\.json$/)) {
    const pair = readJson<PairFile>(file);
    if (!pair.versions || pair.versions.length < 2 || !pair.relation) continue;
    pairs++;
    const positive = pair.relation === 'copy' || pair.relation === 'rewrite';
    if (!positive && pair.relation !== 'same-topic-different') continue;
    const id = pair.id ?? basename(file, '.json');
    const versions = pair.versions.slice(0, 2);
    const words = versions.map((v) => phraseWords(v.text));
    for (const from of [0, 1]) {
      const v = versions[from];
      const article = articleFromText(v.text, { url: v.url ?? `pair:${id}/${from}`, ...(v.title ? { title: v.title } : {}) });
      // The search stops at the first request that finds something: a later request is only
      // sent when the earlier ones found nothing, so every phrase of every request may count.
      const requests = searchRequests(article);
      const sent = requests.flat();
      if (sent.length === 0) noPhrase++;
      const peer = headlinePlusOnePhrase(article);
      const peerFound = peer !== undefined && phraseOccursIn(peer, words[1 - from]);
      if (peerFound && positive) peerHits++;
      else if (peerFound) peerFalse++;
      const found = sent.find((p) => phraseOccursIn(p, words[1 - from]));
      if (positive) {
        pos++;
        if ((requests[0] ?? []).some((p) => phraseOccursIn(p, words[1 - from]))) firstHits++;
        if (found) hits++;
        else misses.push({ id, from, phrases: sent });
      } else {
        neg++;
        if (found) {
          falseHits++;
          wrong.push({ id, from, phrase: found });
        }
      }
    }
  }
  return {
    phraseHitRate: pos ? round(hits / pos) : 0,
    firstRequestHitRate: pos ? round(firstHits / pos) : 0,
    phraseFalseHitRate: neg ? round(falseHits / neg) : 0,
    pairs,
    baseline: {
      phraseHitRate: pos ? round(peerHits / pos) : 0,
      phraseFalseHitRate: neg ? round(peerFalse / neg) : 0,
      method: 'the phrase sent before: first ten words of the sentence with most capitals and figures per word in the first six paragraphs',
    },
    positives: pos,
    negatives: neg,
    noPhrase,
    phrasesPerRequest: PHRASES_PER_QUERY,
    requestsPerSearch: REQUESTS_PER_SEARCH,
    misses,
    falseHits: wrong,
    ms: Math.round(performance.now() - t0),
  };
}
