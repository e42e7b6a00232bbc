// Issue 14 item 1's pathological paragraph, for the unit test that proves quote attribution
// linear (quotes-budget.test.ts) and for `npm run bench -- --only=hostile`. Invented text only.
import { articleFromText } from '../article';
import type { Article } from '../types';

/**
 * The paragraph: `"wordN here," said Smith` repeated, one line of about `chars`
 * characters with no sentence end anywhere (each quote used to re-read all of it).
 */
export function quoteStallParagraph(chars: number): string {
  const parts: string[] = [];
  for (let i = 0, n = 0; n < chars; i++) {
    const s = `"word${i} here," said Smith `;
    parts.push(s);
    n += s.length;
  }
  return parts.join('');
}

const LEAD = 'The city council approved the harbour bridge budget on Monday after a long debate about its cost.';

/** A story whose copy holds the paragraph of `chars` characters, for timing compare(copy, known). */
export function quoteStallPair(chars: number): { copy: Article; known: Article } {
  return {
    copy: articleFromText(`${LEAD}\n\n${quoteStallParagraph(chars)}`, { url: 'https://copy.test/story' }),
    known: articleFromText(`${LEAD}\n\n"The bridge will open next year," the mayor said.`, { url: 'https://wire.test/story' }),
  };
}
