/** Every error code that may cross the IPC boundary. */
export type ErrorCode =
  | 'INVALID_ARGUMENT'
  | 'NOT_FOUND'
  | 'UNKNOWN_METHOD'
  | 'FORBIDDEN'
  | 'DB_TOO_NEW'
  | 'DB_CORRUPT'
  | 'IMPORT_FAILED'
  | 'DISK_FULL'
  | 'BUSY'
  | 'INTERNAL';

export interface GlossErrorPayload {
  readonly code: ErrorCode;
  readonly message: string;
}

export type Result<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: GlossErrorPayload };
