/**
 * Worker-thread entry for bulk imports: prepares batches of texts (cleanup, hash, folding) so the main
 * thread only writes. Pure computation; it never opens the database.
 */
import { parentPort } from 'node:worker_threads';
import { prepareText, type TextSource } from './prepareText';

export interface PrepareRequest {
  readonly batch: number;
  readonly sources: readonly TextSource[];
}

parentPort?.on('message', (request: PrepareRequest) => {
  parentPort?.postMessage({ batch: request.batch, texts: request.sources.map(prepareText) });
});
