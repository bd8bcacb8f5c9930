import { existsSync } from 'node:fs';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts the worker-thread entry `name`: `<name>.js` beside the bundle when electron-vite built main
 * (an entry of its own in electron.vite.config.ts), or `<name>.ts` beside `callerUrl` when Gloss runs
 * from source under tsx (CLI, harness, tests, bench). Node 20 does not apply `--import tsx` to a
 * worker's entry module, so the source case starts through ./fromSource.mjs, which registers tsx first.
 */
export function startWorker(name: string, callerUrl: string, options: WorkerOptions = {}): Worker {
  const here = import.meta.url;
  if (here.endsWith('.ts')) {
    const sourceEntry = new URL(`./${name}.ts`, callerUrl).href;
    return new Worker(new URL('./fromSource.mjs', here), { ...options, workerData: { sourceEntry } });
  }
  // This code may sit in the entry bundle or in a chunk one folder below it.
  const built = [`./${name}.js`, `../${name}.js`].map((path) => new URL(path, here));
  return new Worker(built.find((url) => existsSync(url)) ?? new URL(`./${name}.js`, here), options);
}
