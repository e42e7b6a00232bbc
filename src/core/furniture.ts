// Registration, subscription, paywall and newsletter blocks: one site prints the same block
// under every story, so two different stories of that site would share it word for word.
// Such a block is not story text. A block is furniture when it holds FURNITURE_MIN distinct
// phrases of the sign-up vocabulary below: story paragraphs about newsletters or subscribers
// use one or two of them, the blocks use many. Literal alternatives only: linear on any input.
import { splitLengthUpTo } from './text/normalise';

const PHRASES =
  /\b(continue reading|keep reading|read more|already a (?:subscriber|member)|log ?in|sign ?in|sign ?up|subscribe|subscriber|subscription|register|free account|(?:create|manage) (?:an|your) account|unlimited (?:digital )?access|digital access|free articles?|article limit|limit of free|newsletters?|inbox|unsubscribe|terms of (?:use|service)|privacy policy|become a (?:member|subscriber)|support (?:local |our )?journalism|cancel any ?time|first month|per month|manage your preferences|email address)\b/gi;
export const FURNITURE_MIN = 3;
/** Longer blocks are story text whatever words they use. */
const FURNITURE_MAX_WORDS = 150;

// Stems of the phrases: a block holding fewer than two of them is not read further (most
// paragraphs hold none, and a plain substring search costs far less than the phrase regex).
const STEMS = [
  'subscri',
  'regist',
  'sign',
  'log',
  'newsletter',
  'inbox',
  'account',
  'access',
  'privacy',
  'terms of',
  'reading',
  'read more',
  'member',
  'journalism',
  'free article',
  'cancel',
  'month',
  'email',
  'article limit',
  'preferences',
];

export function isFurnitureBlock(text: string): boolean {
  if (text.length > FURNITURE_MAX_WORDS * 20 || splitLengthUpTo(text, FURNITURE_MAX_WORDS) > FURNITURE_MAX_WORDS) return false;
  const lower = text.toLowerCase();
  let stems = 0;
  for (const s of STEMS) if (lower.includes(s) && ++stems >= 2) break;
  if (stems < 2) return false;
  const seen = new Set<string>();
  for (const m of text.matchAll(PHRASES)) {
    seen.add(m[1].toLowerCase().replace(/\s+/g, ' '));
    if (seen.size >= FURNITURE_MIN) return true;
  }
  return false;
}
