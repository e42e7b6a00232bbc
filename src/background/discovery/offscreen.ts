// The offscreen document (Chrome): parses pages the worker fetched and extracts their
// article with the content script's own code. DOMParser documents run no scripts and
// load nothing, so a fetched page cannot act here.
import { extractWithinBudget } from '../../extract/extract';
import { serveOffscreenExtraction } from '../../platform/offscreen';

export function extractHtml(html: string, url: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractWithinBudget(doc, url);
}

serveOffscreenExtraction(extractHtml);
