/**
 * Worker-thread entry for file imports: reads, decodes and cleans one file at a time (HTML through
 * parse5, Readability and DOMPurify) so the main thread only stores. Never opens the database.
 */
import { parentPort } from 'node:worker_threads';
import { sharedDom } from './dom';
import { FileImportError } from './limits';
import { loadArticleFile, readArticleBytes, type ArticleFile } from './readArticleFile';

export interface ReadRequest {
  readonly id: number;
  readonly path: string;
}

/** Why a file could not be read: a message for the user, or a system error (its errno code). */
export interface ReadFailure {
  readonly userMessage: string | null;
  readonly code: string | null;
  readonly message: string;
}

export type ReadReply =
  | { readonly kind: 'ready' }
  | { readonly kind: 'read'; readonly id: number; readonly file: ArticleFile }
  | { readonly kind: 'failed'; readonly id: number; readonly failure: ReadFailure };

function failureOf(error: unknown): ReadFailure {
  if (error instanceof FileImportError)
    return { userMessage: error.message, code: null, message: error.message };
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return {
    userMessage: null,
    code: typeof code === 'string' ? code : null,
    message: error instanceof Error ? error.message : String(error),
  };
}

const port = parentPort;
if (port) {
  // One file at a time, in the order sent: the pool times the first file it sent and has no answer to.
  // Its bytes are loaded at once, so the disk works while the file before it is parsed.
  let reading = Promise.resolve();
  port.on('message', (request: ReadRequest) => {
    const loading = loadArticleFile(request.path);
    loading.catch(() => undefined);
    reading = reading.then(() =>
      loading
        .then((bytes) => readArticleBytes(bytes, request.path))
        .then(
          (file) => port.postMessage({ kind: 'read', id: request.id, file } satisfies ReadReply),
          (error: unknown) =>
            port.postMessage({
              kind: 'failed',
              id: request.id,
              failure: failureOf(error),
            } satisfies ReadReply),
        ),
    );
  });
  // The jsdom window is made before saying ready, so a pool warmed ahead (warmFileReaders) is warm.
  sharedDom();
  port.postMessage({ kind: 'ready' } satisfies ReadReply);
}
