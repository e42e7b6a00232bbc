// Every slice of content-script work is timed and kept in the content script's own memory
// (its isolated world), so its cost on the page's main thread can be read by e2e tests
// (issue 6: slices ≤ 50 ms) through a tab message from the extension, never by the page.
// Not User Timing: `performance.measure` entries are shared with the page, and a page that
// can read `wiretrace:*` measures knows Wiretrace is installed (issue 14, item 11).
export interface Slice {
  name: string;
  ms: number;
}

/** Enough for every slice of a few checks; the oldest are dropped past it (bounded memory). */
const MAX_SLICES = 500;
// On the isolated world's global, not in a module variable: every part of the content script
// (the every-page check and the lazily loaded reader) records into the one list.
const holder = globalThis as typeof globalThis & { __wiretraceSlices?: Slice[] };
holder.__wiretraceSlices ??= [];
const slices: Slice[] = holder.__wiretraceSlices;

/** The slices recorded so far on this page, oldest first (a copy). */
export const recordedSlices = (): Slice[] => slices.slice();

export function timed<T>(step: string, fn: () => T): T {
  const start = performance.now();
  try {
    return fn();
  } finally {
    measureSince(step, start);
  }
}

/** Records the slice `wiretrace:<step>` that began at `start` (performance.now()). */
export function measureSince(step: string, start: number): void {
  if (slices.length >= MAX_SLICES) slices.shift();
  slices.push({ name: `wiretrace:${step}`, ms: Math.round((performance.now() - start) * 10) / 10 });
}

/** Lets the page run (input, rendering) between two slices of work. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
