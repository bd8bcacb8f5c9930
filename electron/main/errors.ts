import type { ErrorCode } from '../../shared/ipc/errors';

/** An error meant for the user: a stable code and a plain-words message, never a stack trace. */
export class GlossError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'GlossError';
  }
}
