// The ExtractFn the worker hands to discovery: in place where there is a DOM (Firefox's
// background page), else in Chrome's offscreen document.
import type { Article } from '../../core/types';
import { extractOffscreen, hasDom } from '../../platform/offscreen';
import type { ExtractFn } from './discovery';

export const extractPage: ExtractFn = async (html, url) => {
  if (hasDom()) {
    // Loaded only here, so Chrome's worker bundle does not carry Readability.
    const { extractWithinBudget } = await import('../../extract/extract');
    return extractWithinBudget(new DOMParser().parseFromString(html, 'text/html'), url);
  }
  return extractOffscreen<Article>(html, url);
};
