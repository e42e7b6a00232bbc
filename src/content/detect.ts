// Content-script entry, injected into every http(s) page at document_idle (top frame only).
// It must cost next to nothing on the many pages that are not articles: it runs the cheap
// check and stops. Only for an article does it run the code that sends the page.
//
// One self-contained classic script (CRXJS `standaloneFiles`, vite.config.ts), not CRXJS'
// default loader plus ES-module chunks: those chunks are loaded with import() from
// chrome-extension://<id>/assets/…, so they had to be web-accessible to every page, which
// let any page tell Wiretrace is installed by fetching one (issue 14, item 11). Chrome's
// `use_dynamic_url: true` would hide them, but then import() of their static URL fails.
// The `import()` below is inlined by that build (evaluated lazily, fetched never): the part
// it loads is small (serialising the markup; Readability runs in the worker), and the whole
// script stays within its size budget (e2e/content-size.spec.ts).
//
// Pages change after load: client-rendered sites insert the article late, and single-page
// apps move to another article with history.pushState (no new document, so no new content
// script). A MutationObserver notices both; it only arms a timer, and the check runs once
// the page has been quiet for a moment, so a busy page pays almost nothing.
import { looksLikeArticle } from '../extract/detect';
import { ext } from '../platform/browser';
import { samePage } from '../shared/messages';
import { isPageStatusRequest, isPageTimingsRequest, type PageStatus, pageShowsUrl } from '../shared/page-status';
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

// The script may be injected again into a page it already runs in (scripting.ts, after an
// install or update, or from the popup): the isolated world keeps the first run's globals,
// so a second run does nothing while the first is alive. A first run orphaned by an
// extension reload (its runtime gone) is replaced.
const world = globalThis as typeof globalThis & { __wiretraceAlive?: () => boolean };
const alreadyRunning = world.__wiretraceAlive?.() === true;
if (!alreadyRunning) {
  world.__wiretraceAlive = () => {
    try {
      return Boolean(ext().runtime?.id);
    } catch {
      return false;
    }
  };
}

if (window.top === window && !alreadyRunning) {
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
    addListener(
      l: (message: unknown, sender: { id?: string }, sendResponse: (status: PageStatus | boolean | { url: string; slices: Slice[] }) => void) => void,
    ): void;
  };
  onMessage.addListener((message, sender, sendResponse) => {
    if (sender.id !== ext().runtime.id) return;
    if (isPageTimingsRequest(message)) {
      sendResponse({ url: location.href, slices: recordedSlices() });
      return;
    }
    const asked = pageShowsUrl(message);
    if (asked !== undefined) {
      sendResponse(samePage(location.href, asked));
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
