// Every slice of content-script work is a User Timing measure named `wiretrace:<step>`, so
// its cost on the page's main thread can be read by e2e tests and in DevTools (issue 6:
// slices ≤ 50 ms). Measures are visible to the page; they say only that work happened.
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
  try {
    performance.measure(`wiretrace:${step}`, { start });
  } catch {
    // Old engines without measure options: timing is a diagnostic, never a failure.
  }
}

/** Lets the page run (input, rendering) between two slices of work. */
export const yieldToPage = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
