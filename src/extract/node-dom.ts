// Node only (CLI, tests, evaluation): a DOM from linkedom, so the same extraction code the
// content script runs can read saved pages. Never imported by browser code.
import { DOMParser } from 'linkedom';

export function parseHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}
