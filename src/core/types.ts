// The data every context shares: what an extracted article is, and the one report that
// every view (popup, side-by-side page, CLI, evaluation) renders. Plain data only, so it
// survives structured clone, JSON, IndexedDB and chrome.storage unchanged. Words for the
// reader are message keys with parameters (messages.ts), translated by each view.
import type { Msg } from './messages';
import type { PageEvidence } from './news-page';

/** A Bulletin-style signal found on a page, with the text that shows it. */
export interface Signal {
  name: SignalName;
  evidence: string;
}

// Const arrays like the kinds below, so the views can name every value (core/labels.ts).
export const SIGNAL_NAMES = [
  'engagement-boilerplate', // "Please like, comment, and share…"
  'self-promotion', // "For more news check out …"
  'no-byline-or-credit', // no author, no agency, no "With files from"
  'bare-wire-dateline', // "PARIS -" with no agency named
  'blog-comment-form', // "LEAVE A RESPONSE", "Your email address will not be published"
  'blog-platform-markup', // WordPress generator, entry-content
] as const;
export type SignalName = (typeof SIGNAL_NAMES)[number];

/** One block of article body text, in reading order. */
export interface Block {
  text: string;
  /** A sub-heading inside the body (e.g. "SECURITY GUARANTEES"). */
  heading?: boolean;
}

/** An article as extracted from a page (or a text file, feed item, paste). */
export interface Article {
  url: string;
  canonicalUrl?: string;
  title: string;
  /** Deck / standfirst / description shown under the headline. */
  subtitle?: string;
  byline?: string;
  /** Outlet name as the page states it (JSON-LD publisher, og:site_name). */
  siteName?: string;
  /** ISO 8601 when known. */
  published?: string;
  modified?: string;
  lang?: string;
  blocks: Block[];
  signals: Signal[];
  /**
   * Trailing paragraphs of the page that were not read: the page was over the article size
   * limits and only its first part is here (issue 14). Reports count them as not compared.
   */
  cut?: number;
  /**
   * Who the page's metadata names as author, publisher or source (JSON-LD, <meta name="author">),
   * as read where the page is parsed (extract/credit-claims.ts). Claims, not credits:
   * core/credits.ts decides which of them credit someone other than the page itself.
   */
  creditClaims?: CreditClaim[];
  /**
   * What the page's markup showed about its kind (JSON-LD types, og:type, forum/wiki/docs/
   * shop shapes), for the news-page decision (news-page.ts). Only on a page just read; the
   * worker decides and drops it before storing.
   */
  evidence?: PageEvidence;
}

/** Where a page's metadata names someone. */
export const CREDIT_CLAIM_FIELDS = ['author', 'publisher', 'sourceOrganization', 'isBasedOn', 'meta-author', 'article-author'] as const;
export type CreditClaimField = (typeof CREDIT_CLAIM_FIELDS)[number];

/** One name in the page's metadata, as the page states it (every string short, trimmed). */
export interface CreditClaim {
  field: CreditClaimField;
  name?: string;
  /** schema.org type of the named node ("Organization", "NewsMediaOrganization", "Person"). */
  type?: string;
  /** A person's affiliation or worksFor ("Associated Press"). */
  affiliation?: string;
  /** An address the claim gives (isBasedOn's URL, the organisation's url). */
  url?: string;
}

// 'same-page': the other version is this page itself (same address, or identical text from one outlet).
export const VERDICTS = ['uncredited-copy', 'credited-copy', 'same-story-own-text', 'unrelated', 'same-page'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A version of the story, as the report names it. */
export interface VersionRef {
  /** Library id when the worker knows it. */
  id?: string;
  outlet: string;
  title: string;
  url: string;
  published?: string;
  /** Agency or outlet the version itself credits ("Reuters", "CBC News"). */
  credit?: string;
  /** The worker found this version through the shared index (`wiretrace index`). */
  fromIndex?: boolean;
  /** Every credit found on the version, each with the line that shows it (as the page has it). */
  credits?: CreditRef[];
}

/** A credit a version carries and the text that shows it ("HELSINKI (AP) —" → Associated Press). */
export interface CreditRef {
  name: string;
  evidence: string;
  kind: 'dateline' | 'byline' | 'contributed' | 'copyright' | 'origin' | 'source-url' | 'metadata' | 'photo';
  /**
   * The credit names the version's own outlet ("With files from CBC News" on CBC's page): the
   * outlet's own sourcing, not a credit to another source.
   */
  own?: boolean;
}

export type Significance = 'substantive' | 'style';

// The kinds are const arrays so code and tests can enumerate them; the union types derive
// from them, and this is the one list (classify.ts, core/labels.ts and the views read it;
// a kind without a `kind_…` message fails tsc in core/labels.ts).
export const STYLE_KINDS = [
  'typography',
  'spelling-variant',
  'transliteration',
  'capitalisation',
  'punctuation',
  'number-style',
  'heading-changed',
  // A name phrase shortened or lengthened around the same head ("Marco Rubio" → "Rubio",
  // "French President Emmanuel Macron" → "President Emmanuel Macron").
  'name-form',
] as const;
export type StyleKind = (typeof STYLE_KINDS)[number];

export const SUBSTANTIVE_KINDS = [
  'headline-changed',
  'reworded',
  'claim-changed',
  'quote-altered',
  'attribution-removed',
  'attribution-added',
  // The byline changed (a metadata line, reported once, never as a passage).
  'byline-changed',
  'passage-removed',
  'passage-added',
  'boilerplate-added',
] as const;
export type SubstantiveKind = (typeof SUBSTANTIVE_KINDS)[number];

/** Every DifferenceKind, style kinds first. */
export const DIFFERENCE_KINDS: readonly DifferenceKind[] = [...STYLE_KINDS, ...SUBSTANTIVE_KINDS];
export type DifferenceKind = StyleKind | SubstantiveKind;

/** One word-level change inside a difference: copy wording vs known wording. */
export interface WordChange {
  copy: string;
  known: string;
  kind: DifferenceKind;
}

/**
 * One difference between the copy and the known (source) version. `copy` is the copy's
 * wording, `known` the source's; either is absent for a passage only in the other.
 */
export interface Difference {
  kind: DifferenceKind;
  significance: Significance;
  copy?: string;
  known?: string;
  /** Why this matters, as messages for the reader ("sourcing dropped", "tense changed"). */
  notes?: Msg[];
  /** For grouped style changes: how many times it occurs. */
  count?: number;
  /** Word-level changes inside a reworded passage. */
  changes?: WordChange[];
  /** Block indexes in each version, for the side-by-side view. -1 = headline. */
  copyBlock?: number;
  knownBlock?: number;
}

export const QUOTE_STATUSES = ['verbatim', 'altered', 'missing', 'added'] as const;
export type QuoteStatus = (typeof QUOTE_STATUSES)[number];

export interface QuoteReport {
  /** The quote as the copy has it (as the source has it when `missing`). */
  text: string;
  speaker?: string;
  status: QuoteStatus;
  /** The source's wording, when altered. */
  knownText?: string;
  changes?: WordChange[];
}

/** A token run inside an aligned row, for inline highlights. */
export interface DiffSpan {
  text: string;
  op: 'equal' | 'insert' | 'delete';
  significance?: Significance;
}

/** One row of the side-by-side view: a copy block against a known block. */
export interface AlignedRow {
  copyBlock?: number;
  knownBlock?: number;
  relation: 'same' | 'changed' | 'moved' | 'copy-only' | 'known-only';
  /** Word diff of the pair: 'delete' spans are known-only text, 'insert' copy-only. */
  spans?: DiffSpan[];
}

/**
 * The one report. Oriented copy → source: `source` is the version most likely first,
 * `copy` the one that derives from it. `pageRole` says which of the two the reader has
 * open. Everything is text; views must render it as text.
 */
export interface Report {
  schema: 1;
  verdict: Verdict;
  /** Why the engine decided so: sentences as messages (messages.ts), read in order. */
  reason: Msg[];
  /** The agency or outlet both versions credit when they carry the same story from it ("Associated Press"). */
  sharedOrigin?: string;
  /** Share (0..1) of the open page's article text found in the other version. */
  reusedShare: number;
  /** Share (0..1) of the copy's text found in the source. */
  copyReusedShare: number;
  pageRole: 'copy' | 'source';
  source: VersionRef;
  copy: VersionRef;
  /** Other known versions of the story (filled by the worker from the library). */
  otherVersions: VersionRef[];
  differences: Difference[];
  quotes: QuoteReport[];
  /** Bulletin-style signals on the copy. */
  signals: Signal[];
  rows: AlignedRow[];
  /**
   * Present when a work budget cut the comparison short (a page can be padded past what is
   * compared to hide an edit): the trailing paragraphs of each version left out. Every view
   * shows it, so a change there reads as unchecked, never as "no change".
   */
  truncated?: Truncation;
  /**
   * The open page does not look like a news article (news-page.ts 'unsure'): it was
   * compared because it shares text with a stored version, but not kept. Views say so.
   */
  pageNotNews?: true;
  generatedAt: string;
}

/** Trailing paragraphs of each version that were not compared (0 for a version compared whole). */
export interface Truncation {
  copyParagraphs: number;
  sourceParagraphs: number;
}
