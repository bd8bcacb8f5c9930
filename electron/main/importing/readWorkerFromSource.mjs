// Starts the read worker from its TypeScript source (CLI, harness, tests, bench run under tsx).
// Node 20 does not apply `--import tsx` to a worker's entry module, so tsx is registered here first.
import { register } from 'tsx/esm/api';

register();
await import('./readWorker.ts');
