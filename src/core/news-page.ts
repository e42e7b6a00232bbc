// News articles only (issue 10). The content script's cheap gate (extract/detect.ts) lets
// through anything article-shaped: blog posts, product pages with long descriptions, forum
// threads, encyclopedia entries, documentation. Wiretrace keeps and reports news
// articles, so after extraction this decides, from what a news page carries and what other
// pages carry, whether the page is one. The extractor (extract/page-evidence.ts) only
// counts what the markup shows; the decision and its weights live here, pure, so the
// worker, the CLI, the evaluation and the tests judge a page alike.
//
// Every signal is the page's own claim (JSON-LD, og:type, classes): evidence, not
// authority. A schema.org NewsArticle type decides for news, as a publisher's declaration
// for search engines; otherwise the page's shape (product, forum, wiki, docs) outweighs
// the weak news signs any CMS prints (a date, an author, og:type article).
//
// What a reader would expect, and what the worker does with each answer:
// - 'news': read, compared and kept in the library, as before.
// - 'not-news' (the page shows what it is: product, forum, encyclopedia, docs): not kept,
//   not compared, no badge; the popup says the page does not look like a news article.
//   A forum thread that pastes a whole wire story is not a republished news article, and
//   an accusation on it would be wrong more often than useful.
// - 'unsure' (long article-shaped text, no news sign and no other shape: a personal page,
//   a scraped copy stripped of everything): compared with the library but not kept on its
//   own. When it shares text with a stored news version the reader gets the report (a
//   copy of a news story is what Wiretrace is for) with the line "this page does not look
//   like a news article"; when it shares nothing, no badge and the same plain sentence.
import { findCredits } from './credits';
import { GENERIC_ARTICLE_TYPES, NEWS_ARTICLE_TYPES } from './jsonld';
import { isBylineLine, isTimestampLine } from './metadata-lines';
import { bareDateline } from './signals';
import type { Block } from './types';

/** What the extractor saw in the page's markup (all counts capped by the extractor). */
export interface PageEvidence {
  /** schema.org types from JSON-LD and microdata `itemtype`, without the schema.org prefix. */
  types: string[];
  /** `og:type`, lower case. */
  ogType?: string;
  /** A publication date in the metadata (JSON-LD, article:published_time, <time datetime>). */
  published: boolean;
  /** A byline in the metadata or a visible byline element. */
  byline: boolean;
  /** Elements shaped like forum posts or replies, and the share of the page's text inside them (0–1). */
  posts: number;
  postShare: number;
  /** Encyclopedia furniture: infobox tables, "[edit]" section links. */
  infobox: boolean;
  editLinks: number;
  /** Links inside paragraphs per paragraph of 40+ characters. */
  linksPerParagraph: number;
  /** Code blocks (<pre>, highlighted code), headings naming an API (`fn()`, <code>). */
  codeBlocks: number;
  apiHeadings: number;
  /** Links in navigation sidebars (<nav>, <aside>, sidebars, tables of contents). */
  navLinks: number;
  /** Shop furniture: price markup, "Add to cart" buttons. */
  shop: number;
  /** `<meta name="generator">` (lower case): MediaWiki, Sphinx, Discourse… */
  generator?: string;
}

/** Evidence of a page that shows nothing (a starting point for tests and text-only judging). */
export const NO_EVIDENCE: Readonly<PageEvidence> = {
  types: [],
  published: false,
  byline: false,
  posts: 0,
  postShare: 0,
  infobox: false,
  editLinks: 0,
  linksPerParagraph: 0,
  codeBlocks: 0,
  apiHeadings: 0,
  navLinks: 0,
  shop: 0,
};

export type PageKind = 'product' | 'forum' | 'encyclopedia' | 'docs';
export type NewsAnswer = 'news' | 'not-news' | 'unsure';

export interface NewsJudgement {
  answer: NewsAnswer;
  /** For 'not-news': what the page looks like instead. */
  kind?: PageKind;
  /** The signs that decided, for the popup's folded detail and the evaluation. */
  why: string[];
}

const NEWS_TYPES = NEWS_ARTICLE_TYPES;
/** Generic article types: news sites use them, so do blogs and wikis (weak evidence). */
const ARTICLE_TYPES = GENERIC_ARTICLE_TYPES;
const PRODUCT_TYPES = new Set(['Product', 'ProductGroup', 'Offer', 'AggregateOffer', 'IndividualProduct', 'ProductModel', 'Car', 'SoftwareApplication']);
const FORUM_TYPES = new Set(['QAPage', 'DiscussionForumPosting', 'Question', 'Answer', 'SocialMediaPosting', 'Comment']);
const DOCS_TYPES = new Set(['TechArticle', 'APIReference', 'HowTo', 'FAQPage']);
const WIKI_GENERATOR = /mediawiki|dokuwiki|tiddlywiki|wiki\.js|confluence/;
const DOCS_GENERATOR = /sphinx|mkdocs|docusaurus|docfx|javadoc|doxygen|gitbook|vuepress|vitepress|antora|jsdoc|typedoc|rustdoc/;
const FORUM_GENERATOR = /discourse|phpbb|vbulletin|xenforo|mybb|smf|invision|nodebb|flarum/;

/** Strength of each shape: a score of 3 or more decides "not news" without a NewsArticle type. */
function shapes(e: PageEvidence): { kind: PageKind; score: number; why: string[] }[] {
  const types = new Set(e.types);
  const has = (set: Set<string>) => [...types].filter((t) => set.has(t));
  const product = { kind: 'product' as const, score: 0, why: [] as string[] };
  const forum = { kind: 'forum' as const, score: 0, why: [] as string[] };
  const wiki = { kind: 'encyclopedia' as const, score: 0, why: [] as string[] };
  const docs = { kind: 'docs' as const, score: 0, why: [] as string[] };
  const add = (s: { score: number; why: string[] }, n: number, why: string) => {
    s.score += n;
    s.why.push(why);
  };

  const p = has(PRODUCT_TYPES);
  if (p.length) add(product, 3, `schema.org ${p.join(', ')}`);
  if (e.ogType && /^(product|og:product|product\.\w+)$/.test(e.ogType)) add(product, 3, `og:type ${e.ogType}`);
  if (e.shop >= 2) add(product, e.shop >= 4 ? 2 : 1, `${e.shop} price or cart elements`);

  const f = has(FORUM_TYPES);
  if (f.length) add(forum, 3, `schema.org ${f.join(', ')}`);
  if (e.generator && FORUM_GENERATOR.test(e.generator)) add(forum, 2, `generator ${e.generator}`);
  // Replies hold most of the page's text: a thread. A news page's comments under a long
  // article hold less (and most load in frames the page's markup does not contain).
  if (e.posts >= 4 && e.postShare >= 0.5) add(forum, 3, `${e.posts} posts or replies hold ${Math.round(e.postShare * 100)}% of the text`);
  else if (e.posts >= 8 && e.postShare >= 0.3) add(forum, 2, `${e.posts} posts or replies`);

  if (e.generator && WIKI_GENERATOR.test(e.generator)) add(wiki, 2, `generator ${e.generator}`);
  if (e.infobox) add(wiki, 1, 'infobox');
  if (e.editLinks >= 2) add(wiki, 2, `${e.editLinks} [edit] links`);
  // Encyclopedia prose links most nouns to other entries; news prose links a few.
  if (e.linksPerParagraph >= 3) add(wiki, 2, `${e.linksPerParagraph.toFixed(1)} links per paragraph`);

  const d = has(DOCS_TYPES);
  if (d.length) add(docs, 2, `schema.org ${d.join(', ')}`);
  if (e.generator && DOCS_GENERATOR.test(e.generator)) add(docs, 2, `generator ${e.generator}`);
  if (e.codeBlocks >= 3) add(docs, e.codeBlocks >= 6 ? 2 : 1, `${e.codeBlocks} code blocks`);
  if (e.apiHeadings >= 2) add(docs, 1, `${e.apiHeadings} API headings`);
  if (e.navLinks >= 40 && (docs.score > 0 || wiki.score > 0)) add(docs.score >= wiki.score ? docs : wiki, 1, `${e.navLinks} links in navigation sidebars`);
  return [product, forum, wiki, docs].sort((a, b) => b.score - a.score);
}

/** Text-level news signs in the first blocks: a dateline ("OTTAWA —", "(AP) —"), a byline or timestamp line. */
export function textNewsSigns(blocks: readonly Block[]): string[] {
  const head = blocks.slice(0, 12);
  const why: string[] = [];
  const body = head.filter((b) => !b.heading);
  const dated = body.slice(0, 6).find((b) => bareDateline(b.text));
  const credited = findCredits(head).find((c) => c.kind === 'dateline' || c.kind === 'byline');
  if (credited) why.push(`${credited.kind} "${credited.evidence.slice(0, 60)}"`);
  else if (dated) why.push(`dateline "${bareDateline(dated.text)}"`);
  const byline = head.find((b) => isBylineLine(b.text));
  if (byline) why.push(`byline line "${byline.text.trim().slice(0, 60)}"`);
  const stamp = head.find((b) => isTimestampLine(b.text));
  if (stamp) why.push(`timestamp line "${stamp.text.trim().slice(0, 40)}"`);
  return why;
}

/**
 * Is this page a news article? `evidence` absent (a pasted text, an import, an article a
 * caller built): no markup to judge, so the answer is 'news' and the caller's own gate
 * applies.
 */
export function judgeNewsPage(article: { blocks: readonly Block[]; byline?: string; published?: string; evidence?: PageEvidence }): NewsJudgement {
  const e = article.evidence;
  if (!e) return { answer: 'news', why: ['no page markup to judge'] };
  const newsTypes = e.types.filter((t) => NEWS_TYPES.has(t));
  if (newsTypes.length) return { answer: 'news', why: [`schema.org ${newsTypes.join(', ')}`] };

  const positives: string[] = [];
  const articleTypes = e.types.filter((t) => ARTICLE_TYPES.has(t));
  if (articleTypes.length) positives.push(`schema.org ${articleTypes.join(', ')}`);
  if (e.ogType === 'article') positives.push('og:type article');
  if (e.published || article.published) positives.push('publication date');
  if (e.byline || article.byline?.trim()) positives.push('byline');
  const text = textNewsSigns(article.blocks);
  positives.push(...text);
  // A dateline is what wire copy and newspapers print and other pages do not: it counts double.
  const score = positives.length + (text.some((w) => w.startsWith('dateline')) ? 1 : 0);

  const [top] = shapes(e);
  if (top.score >= 3 && score < top.score + 2) return { answer: 'not-news', kind: top.kind, why: top.why };
  if (score >= 1 && score > top.score) return { answer: 'news', why: positives };
  if (top.score >= 2) return { answer: 'not-news', kind: top.kind, why: top.why };
  return {
    answer: 'unsure',
    why: positives.length ? [...positives, ...top.why] : ['no news sign: no NewsArticle type, og:type article, date, byline or dateline'],
  };
}
