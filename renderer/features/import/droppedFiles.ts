import {
  IMPORT_CONTENT_CALL_MAX_CHARS,
  IMPORT_CONTENT_FILES_MAX,
  IMPORT_FILE_MAX_BYTES,
} from '../../../shared/export/limits';
import type { FileImportResult } from '../../../shared/export/results';

/** Base64 characters for `bytes` bytes. */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

/**
 * Groups files into calls the main process accepts (so many files, so many characters each), in
 * order. Files over the size limit are set apart: they are reported without being read or sent.
 */
export function planBatches<F extends { readonly name: string; readonly size: number }>(
  files: readonly F[],
): { readonly batches: readonly (readonly F[])[]; readonly tooLarge: readonly F[] } {
  const batches: F[][] = [];
  const tooLarge: F[] = [];
  let batch: F[] = [];
  let chars = 0;
  for (const file of files) {
    if (file.size > IMPORT_FILE_MAX_BYTES) {
      tooLarge.push(file);
      continue;
    }
    const length = base64Length(file.size);
    if (
      batch.length > 0 &&
      (batch.length >= IMPORT_CONTENT_FILES_MAX || chars + length > IMPORT_CONTENT_CALL_MAX_CHARS)
    ) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    batch.push(file);
    chars += length;
  }
  if (batch.length > 0) batches.push(batch);
  return { batches, tooLarge };
}

const mib = (bytes: number): string => `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;

/** The report line for a file refused before it was sent (main refuses it in the same words). */
export function tooLargeResult(file: { readonly name: string; readonly size: number }): FileImportResult {
  return {
    path: file.name,
    status: 'failed',
    articleId: null,
    title: null,
    message: `The file is ${mib(file.size)}; Gloss imports files of up to ${mib(IMPORT_FILE_MAX_BYTES)}.`,
    warnings: [],
  };
}

/** A dropped file's bytes as base64 (read off the main thread by the browser). */
export function readAsBase64(file: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = typeof reader.result === 'string' ? reader.result : '';
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('The file could not be read.'));
    reader.readAsDataURL(file);
  });
}

/** The files of a drop; folders inside it are left out (File > Import takes folders). */
export function droppedFiles(data: DataTransfer): File[] {
  const files: File[] = [];
  const items = Array.from(data.items);
  for (const [index, file] of Array.from(data.files).entries()) {
    const entry = items[index]?.webkitGetAsEntry() ?? null;
    if (entry?.isDirectory === true) continue;
    files.push(file);
  }
  return files;
}
