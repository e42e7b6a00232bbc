// Content-script entry, injected into every http(s) page at document_idle (top frame only).
// It must cost next to nothing on the many pages that are not articles: it runs the cheap
// check and stops. Only for an article does it load the extraction code.
//
// Why a dynamic import() and not a second script the worker injects: CRXJS 3 builds
// manifest content scripts as a tiny loader plus ES modules, so `import()` here becomes a
// lazily fetched chunk from the extension package (listed in web_accessible_resources by
// CRXJS itself). That needs no `scripting` permission, no worker round trip before
// extraction starts, and keeps Readability (~11 KB gzipped) out of the every-page bytes.
//
// Pages change after load: client-rendered sites insert the article late, and single-page
// apps move to another article with history.pushState (no new document, so no new content
// script). A MutationObserver notices both; it only arms a timer, and the check runs once
// the page has been quiet for a moment, so a busy page pays almost nothing.
import { looksLikeArticle } from '../extract/detect';
import { ext } from '../platform/browser';
import { isPageStatusRequest, isPageTimingsRequest, type PageStatus } from '../shared/page-status';
import { recordedSlices, type Slice, timed } from './timing';

/** Quiet time after the last DOM change before checking again. */
const SETTLE_MS = 700;
/** Wait before sending again when the worker did not answer. */
const RETRY_MS = 1_000;
/** Extraction attempts per URL (a page that looks like an article but yields none). */
const MAX_TRIES = 3;

let reportedUrl = '';
let triesUrl = '';
let tries = 0;
let running = false;
let timer: ReturnType<typeof setTimeout> | undefined;

async function check(): Promise<void> {
  const url = location.href;
  if (running || url === reportedUrl) return;
  if (url !== triesUrl) [triesUrl, tries] = [url, 0];
  if (tries >= MAX_TRIES || !timed('detect', () => looksLikeArticle(document))) return;
  tries++;
  running = true;
  try {
    const m = await import('./report-article');
    if (await m.reportArticle(document, url)) reportedUrl = url;
  } catch {
    // The worker was stopped before it answered (the browser may stop it at any moment)
    // or is restarting: send again shortly, within the tries left for this URL.
    clearTimeout(timer);
    timer = setTimeout(() => void check(), RETRY_MS);
  } finally {
    running = false;
  }
}

if (window.top === window) {
  void check();
  // Back/forward cache: the page comes back without a new document (so without a new
  // content script), while the worker cleared the tab's report when the tab navigated away.
  addEventListener('pageshow', (e) => {
    if (e.persisted) {
      [reportedUrl, tries] = ['', 0];
      void check();
    }
  });
  // The worker asks only when it holds nothing for this page: the popup is open on it.
  // Answered with sendResponse, synchronously: older Chrome releases drop a returned promise.
  const onMessage = ext().runtime.onMessage as unknown as {
    addListener(l: (message: unknown, sender: { id?: string }, sendResponse: (status: PageStatus | { url: string; slices: Slice[] }) => void) => void): void;
  };
  onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== ext().runtime.id) return;
    if (isPageTimingsRequest(message)) {
      sendResponse({ url: location.href, slices: recordedSlices() });
      return;
    }
    if (!isPageStatusRequest(message)) return;
    const url = location.href;
    // Reported, yet the worker has nothing (its state was lost): report again.
    if (!running && url === reportedUrl) [reportedUrl, tries] = ['', 0];
    const article = running || (tries < MAX_TRIES && looksLikeArticle(document));
    if (article && !running) void check();
    sendResponse(article ? 'checking' : 'not-article');
  });
  new MutationObserver(() => {
    clearTimeout(timer);
    timer = setTimeout(() => void check(), SETTLE_MS);
  }).observe(document.documentElement, { childList: true, subtree: true });
}
