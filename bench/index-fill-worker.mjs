// Bootstrap of a fill worker (bench/index-fill.ts): a worker thread does not inherit tsx's loader.
import { register } from 'tsx/esm/api';

register();
await import('./index-fill.ts');
