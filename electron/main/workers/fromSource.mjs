// A worker entry run from its TypeScript source (see startWorker.ts): tsx first, then the entry.
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.sourceEntry);
