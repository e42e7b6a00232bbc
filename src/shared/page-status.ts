// Worker → content script: "I hold nothing for your page; what are you doing?" The worker
// cannot read a tab's URL without access to its host, and the content script stays silent
// on pages that are not articles (no worker wake-up on every page), so asking the script is
// how the popup tells "not an article" from "never read" (no script answers: the tab was
// open before Wiretrace started). A tab message needs no host permission.
export const PAGE_STATUS_REQUEST = { wiretrace: 1, name: 'PageStatus' } as const;

/** 'checking': the page is an article and its report is on the way (sent again if it was lost). */
export type PageStatus = 'checking' | 'not-article';

/** `v` as a Wiretrace tab request called `name`, else undefined. */
function request(v: unknown, name: string): { url?: unknown } | undefined {
  const m = v as { wiretrace?: unknown; name?: unknown; url?: unknown } | null;
  return typeof m === 'object' && m !== null && m.wiretrace === 1 && m.name === name ? m : undefined;
}

export function isPageStatusRequest(v: unknown): boolean {
  return request(v, PAGE_STATUS_REQUEST.name) !== undefined;
}

export function asPageStatus(v: unknown): PageStatus | undefined {
  return v === 'checking' || v === 'not-article' ? v : undefined;
}

/**
 * Extension → content script: the content script's own work slices on this page (e2e tests
 * and bench read them; content/timing.ts). Pages cannot send tab messages, so only the
 * extension can ask.
 */
export const PAGE_TIMINGS_REQUEST = { wiretrace: 1, name: 'PageTimings' } as const;

export function isPageTimingsRequest(v: unknown): boolean {
  return request(v, PAGE_TIMINGS_REQUEST.name) !== undefined;
}

/**
 * Worker → content script: "is your document at this URL?" Answered yes or no, so the
 * worker learns nothing of a page it did not already know (background/tab-state leave()).
 */
export function pageShowsRequest(url: string) {
  return { wiretrace: 1, name: 'PageShows', url } as const;
}

/** The URL asked about, if `v` is a PageShows request. */
export function pageShowsUrl(v: unknown): string | undefined {
  const url = request(v, 'PageShows')?.url;
  return typeof url === 'string' ? url : undefined;
}
