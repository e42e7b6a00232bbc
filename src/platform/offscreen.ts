// Parsing fetched pages without a visible tab. Chrome's MV3 worker has no DOM, so pages
// are parsed in an offscreen document (reason DOM_PARSER) by the same extraction code as
// the content script; Firefox's background page has a DOM and extracts in place.
import { ext } from './browser';
import { msg } from '../core/messages';
import { ReaderError } from '../core/reader-error';

const OFFSCREEN_PATH = 'src/background/discovery/offscreen.html';
const TAG = 'wiretrace-offscreen';

interface ExtractRequest {
  [TAG]: 'extract';
  html: string;
  url: string;
}

interface ChromeOffscreen {
  offscreen?: {
    createDocument(p: { url: string; reasons: string[]; justification: string }): Promise<void>;
    closeDocument?(): Promise<void>;
    hasDocument?(): Promise<boolean>;
  };
  runtime: { getContexts?(f: { contextTypes: string[] }): Promise<unknown[]> };
}

let creating: Promise<void> | undefined;

async function ensureDocument(): Promise<void> {
  const c = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;
  if (!c.offscreen) throw new Error('This browser cannot parse pages in the background.');
  // A document being created already shows in getContexts before its script listens:
  // wait for the creation under way instead (20 tabs at once hit this).
  if (creating) return creating;
  const existing = c.runtime.getContexts ? await c.runtime.getContexts({ contextTypes: ['OFFSCREEN_DOCUMENT'] }) : [];
  if (existing.length > 0) return creating;
  creating ??= c.offscreen
    .createDocument({
      url: OFFSCREEN_PATH,
      reasons: ['DOM_PARSER'],
      justification: 'Read articles from the pages the reader opens (off the page main thread) and from pages fetched for feeds, search and compare-with.',
    })
    .catch((e: unknown) => {
      // Another call created it first.
      if (!/single offscreen/i.test(String(e))) throw e;
    })
    .finally(() => (creating = undefined));
  await creating;
}

/**
 * How long one page may take in the offscreen document. Pages within the reading budget
 * (extract/budget.ts) take well under a second; a page that still runs past this is
 * abandoned and the document closed, so its work stops and the next page gets a fresh one
 * (a <noscript> page held it for 25 s while another tab's report waited: issue 14, item 8).
 */
export const OFFSCREEN_TIMEOUT_MS = 10_000;

/** The offscreen document did not answer in time; it was closed. The reader is told in their language. */
export class ReadTimeoutError extends ReaderError {
  override name = 'ReadTimeoutError';
  constructor(seconds: number) {
    super(msg('read_timedOut', String(seconds)));
  }
}

/** Worker side: extract the article of `html` in the offscreen document. */
export async function extractOffscreen<T>(html: string, url: string, timeoutMs = OFFSCREEN_TIMEOUT_MS): Promise<T | null> {
  await ensureDocument();
  const req: ExtractRequest = { [TAG]: 'extract', html, url };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new ReadTimeoutError(timeoutMs / 1000)), timeoutMs);
  });
  let reply: { ok: true; value: T | null } | { ok: false; error: string } | undefined;
  try {
    reply = await Promise.race([ext().runtime.sendMessage(req) as Promise<typeof reply>, late]);
  } catch (e) {
    if (e instanceof ReadTimeoutError) {
      const c = (globalThis as unknown as { chrome: ChromeOffscreen }).chrome;
      await c.offscreen?.closeDocument?.().catch(() => undefined);
    }
    throw e;
  } finally {
    clearTimeout(timer);
  }
  if (!reply) throw new Error('the page reader did not answer');
  if (!reply.ok) throw new Error(reply.error);
  return reply.value;
}

/** Offscreen side: answer extraction requests (and nothing else). */
export function serveOffscreenExtraction(extract: (html: string, url: string) => unknown): void {
  ext().runtime.onMessage.addListener(((message: unknown, _sender: unknown, sendResponse: (r: unknown) => void) => {
    const m = message as Partial<ExtractRequest> | undefined;
    if (m?.[TAG] !== 'extract' || typeof m.html !== 'string' || typeof m.url !== 'string') return undefined;
    try {
      sendResponse({ ok: true, value: extract(m.html, m.url) ?? null });
    } catch (e) {
      sendResponse({ ok: false, error: e instanceof Error ? e.message : String(e) });
    }
    return undefined;
  }) as never);
}

/** True where the worker itself has a DOM (Firefox's background page). */
export function hasDom(): boolean {
  return typeof (globalThis as { DOMParser?: unknown }).DOMParser === 'function';
}
