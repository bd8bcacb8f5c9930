import { IMPORT_FILE_MAX_BYTES } from '../../../shared/export/inputs';

/** Largest file an import reads; bigger ones are refused with a message, the rest of the batch goes on. */
export const FILE_SIZE_MAX = IMPORT_FILE_MAX_BYTES;

/** A file that cannot be imported, with a message meant for the user. */
export class FileImportError extends Error {
  override readonly name = 'FileImportError';
}

export function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
