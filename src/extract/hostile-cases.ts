// Pages over the reading budget (issue 14, items 2, 8 and 11), built and read inside a
// worker by the tests (core/testing/in-worker.ts): what extraction answers for each.
import { nestedDivs, noscriptPage } from '../core/testing/hostile';
import { extractArticle } from './extract';
import { parseHtml } from './node-dom';

function read(html: string): string {
  try {
    const a = extractArticle(parseHtml(html), 'https://hostile.test/page', { parse: parseHtml });
    return a ? `article: ${a.blocks.length} blocks` : 'no article';
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
}

export const readNestedDivs = (depth: number) => read(nestedDivs(depth));
export const readNoscriptPage = (elements: number) => read(noscriptPage(elements));
