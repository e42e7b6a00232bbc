// Worker side of in-worker.ts: import the module, call the export, post the result back.
import { parentPort, workerData } from 'node:worker_threads';

const { module, name, args } = workerData as { module: string; name: string; args: unknown[] };
const fn = (await import(module))[name] as (...a: unknown[]) => unknown;
parentPort!.postMessage({ value: await fn(...args) });
