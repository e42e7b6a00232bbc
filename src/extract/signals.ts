// Bulletin-style signals that only the page's markup shows (see expected.json
// "bulletin_style_signals"). Text-level ones (engagement lines, self-promotion, bare wire
// dateline, no byline or credit) are the engine's (`detectTextSignals` in core), so the
// CLI, the worker and pasted text all find them the same way.
import { detectTextSignals } from '../core/signals';
import type { Block, Signal } from '../core/types';
import { squash } from './blocks';

const COMMENT_HEADING = /^\s*(leave a (reply|response|comment)|post a comment|add a comment|join the discussion|\d+\s+comments?|comments?)\s*$/i;
const COMMENT_NOTE = /your email address will not be published/i;

/** A blog comment form after the article: "LEAVE A RESPONSE", the email notice, the form. */
export function commentFormSignal(doc: Document): Signal | undefined {
  // The notice or the form decides; headings only add evidence, so they are read only then
  // (a heading alone, "Comments", is common on real newspapers). A heading text never holds
  // the notice, so looking for it after the headings or before gives the same answer.
  let note: string | undefined;
  // Both selectors below need a <form>, #respond, .comment-notes or .comment-respond: most
  // pages have none of these, and four lookups are cheaper than matching the lists everywhere.
  const forms = doc.getElementsByTagName('form').length > 0;
  if (!forms && !doc.getElementById('respond') && !doc.getElementsByClassName('comment-notes').length && !doc.getElementsByClassName('comment-respond').length)
    return undefined;
  for (const p of doc.querySelectorAll('#respond p, .comment-notes, .comment-respond p, form p, form span')) {
    const raw = p.textContent ?? '';
    if (!/published/i.test(raw)) continue; // cheap: squashing keeps every non-space character
    const t = squash(raw);
    const m = COMMENT_NOTE.exec(t);
    if (m) {
      note = t.length > 120 ? m[0] : t;
      break;
    }
  }
  const form = forms ? doc.querySelector('form#commentform, form.comment-form, #respond form, form[action*="comment"]') : null;
  if (!form && note === undefined) return undefined;
  const evidence: string[] = [];
  for (const h of doc.querySelectorAll('h2, h3, h4, .comment-reply-title, #reply-title')) {
    const t = squash(h.textContent);
    if (COMMENT_HEADING.test(t) && !evidence.includes(t)) evidence.push(t);
    if (evidence.length >= 2) break;
  }
  if (note !== undefined) evidence.push(note);
  // Markup, as a selector: evidence in no reader's language (the popup shows it as it is).
  if (form) evidence.push(`form${form.id ? `#${form.id}` : '.comment-form'}`);
  return { name: 'blog-comment-form', evidence: evidence.join('; ') };
}

const WP_PATH = /\/wp-(content|includes)\//;
/** `link[href*="/wp-content/"], script[src*="/wp-content/"]` (or /wp-includes/) without matching selectors on every element. */
function wordpressAssets(doc: Document): boolean {
  for (const el of doc.getElementsByTagName('link')) if (WP_PATH.test(el.getAttribute('href') ?? '')) return true;
  for (const el of doc.getElementsByTagName('script')) if (WP_PATH.test(el.getAttribute('src') ?? '')) return true;
  return false;
}

/** Generic blog platform markup: a WordPress/Blogger generator, WordPress theme classes. */
export function platformSignal(doc: Document): Signal | undefined {
  const evidence: string[] = [];
  const generator = doc.querySelector('meta[name="generator"]')?.getAttribute('content')?.trim();
  if (generator && /wordpress|blogger|ghost|wix|squarespace|weebly|joomla|tumblr/i.test(generator)) {
    evidence.push(`<meta name="generator" content="${generator}">`);
  }
  if (doc.querySelector('.entry-content')) evidence.push('.entry-content');
  if (wordpressAssets(doc)) {
    evidence.push('/wp-content/');
  }
  return evidence.length ? { name: 'blog-platform-markup', evidence: evidence.join('; ') } : undefined;
}

/** The page's DOM-level signals merged with the engine's text-level ones (DOM evidence wins). */
export function pageSignals(doc: Document, byline: string | undefined, blocks: Block[]): Signal[] {
  const out = [commentFormSignal(doc), platformSignal(doc)].filter((s): s is Signal => !!s);
  // The engine decides "no byline or credit" from the text's credit lines plus the byline,
  // so a pasted text and an extracted page are judged alike.
  for (const s of detectTextSignals(blocks, { byline })) if (!out.some((d) => d.name === s.name)) out.push(s);
  return out;
}
