// Bootstrap of a fingerprint worker (row-pool.ts): the server is TypeScript run through
// tsx, and a worker thread does not inherit the main thread's loader.
import { register } from 'tsx/esm/api';

register();
await import('./row-worker.ts');
