// Runs one exported function in a worker thread under a generous wall limit, for the
// hostile-input tests (issue 14): a quadratic pattern on a 1 MB input runs for minutes to
// hours, a linear one for milliseconds, so a limit of seconds tells them apart without a
// tight timing assert, and a blow-up is cut off (the worker is terminated) instead of
// hanging the suite. Node only (excluded from the engine's no-Node typecheck).
import { Worker } from 'node:worker_threads';

/** Far above what a linear pass over 1 MB costs on a loaded machine, far below a quadratic one. */
export const HOSTILE_LIMIT_MS = 30_000;

const ENTRY = new URL('./in-worker-entry.ts', import.meta.url).href;
const TSX = new URL('../../../node_modules/tsx/dist/esm/api/index.mjs', import.meta.url).href;

/**
 * `module`'s export `name` called with `args` in a fresh worker; resolves with its result
 * (structured-cloned) or rejects when it has not returned within `limitMs`.
 */
export function runInWorker<T>(module: URL, name: string, args: unknown[], limitMs = HOSTILE_LIMIT_MS): Promise<T> {
  // The worker loads TypeScript through tsx, as `npm run bench` does.
  const boot = `const { register } = await import(${JSON.stringify(TSX)}); register(); await import(${JSON.stringify(ENTRY)});`;
  const worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(boot)}`), { workerData: { module: module.href, name, args } });
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`${name} did not return within ${limitMs} ms`));
    }, limitMs);
    worker.once('message', (m: { value: T }) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(m.value);
    });
    worker.once('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  });
}
