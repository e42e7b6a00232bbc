// Page reading with a DOM and no extension API, shared by the content script, the
// offscreen document and the CLI. `detect.ts` is the only part every page loads.
export { looksLikeArticle } from './detect';
export { extractArticle, copyDocument, type ExtractOptions } from './extract';
export { PageTooLargeError, PAGE_LIMITS } from './budget';
