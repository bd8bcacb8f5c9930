import { GlossError } from '../errors';

export const DISK_FULL_MESSAGE =
  'The disk is full, so Gloss could not finish. Nothing was half-written: free some space and try again.';
export const BUSY_MESSAGE =
  'The library is busy (another Gloss window or command is writing to it, or a backup is being restored). Try again in a moment.';

/** better-sqlite3's extended result code (`SQLITE_CORRUPT_INDEX`…), or Node's errno code (`ENOSPC`…). */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

export function isCorruption(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && (code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB');
}

export function isDiskFull(error: unknown): boolean {
  const code = errorCode(error);
  // SHMSIZE: the shared-memory index of the WAL could not grow, which on Unix means the disk is full.
  return code === 'SQLITE_FULL' || code === 'SQLITE_IOERR_SHMSIZE' || code === 'ENOSPC' || code === 'EDQUOT';
}

export function isBusy(error: unknown): boolean {
  const code = errorCode(error);
  return code !== undefined && (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'));
}

/** The error as the user should see it: a typed GlossError for storage trouble they can act on, else unchanged. */
export function toStorageError(error: unknown): unknown {
  if (error instanceof GlossError) return error;
  if (isDiskFull(error)) return new GlossError('DISK_FULL', DISK_FULL_MESSAGE);
  if (isBusy(error)) return new GlossError('BUSY', BUSY_MESSAGE);
  return error;
}

type AnyHandler = (input: never) => unknown;

/** Wraps every handler so a full disk or a held lock reaches the caller as DISK_FULL or BUSY, not INTERNAL. */
export function withStorageErrors<H extends Readonly<Record<string, AnyHandler>>>(handlers: H): H {
  const wrapped: Record<string, AnyHandler> = {};
  for (const [name, handler] of Object.entries(handlers)) {
    wrapped[name] = (input: never) => {
      let result: unknown;
      try {
        result = handler(input);
      } catch (error) {
        throw toStorageError(error);
      }
      if (!(result instanceof Promise)) return result;
      return result.catch((error: unknown) => {
        throw toStorageError(error);
      });
    };
  }
  // Same keys, each handler with its own signature: only the error path changed.
  return wrapped as H;
}
