import { IMPORT_FILE_MAX_BYTES } from '../../../shared/export/inputs';

/** Largest file an import reads; bigger ones are refused with a message, the rest of the batch goes on. */
export const FILE_SIZE_MAX = IMPORT_FILE_MAX_BYTES;

/** Extensions an import reads, by the kind of text they hold. */
export const FILE_KINDS = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
} as const;

export type FileKind = (typeof FILE_KINDS)[keyof typeof FILE_KINDS];

export function fileKindOf(extension: string): FileKind | null {
  const key = extension.toLowerCase();
  return Object.hasOwn(FILE_KINDS, key) ? FILE_KINDS[key as keyof typeof FILE_KINDS] : null;
}

/** A file that cannot be imported, with a message meant for the user. */
export class FileImportError extends Error {
  override readonly name = 'FileImportError';
}

export function mebibytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
