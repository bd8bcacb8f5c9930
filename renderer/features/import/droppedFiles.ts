import {
  FOLDER_FILES_MAX,
  IMPORT_CONTENT_CALL_MAX_CHARS,
  IMPORT_CONTENT_FILES_MAX,
  IMPORT_FILE_MAX_BYTES,
  extensionOf,
  fileKindOf,
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

/** One thing dropped: a file, or a folder to walk (its entry outlives the drop event; the event's data does not). */
export type DroppedItem = { readonly file: File } | { readonly folder: FileSystemDirectoryEntry };

/** What a drop holds, in order. Call it during the drop event: the browser empties the data once it is over. */
export function takeDrop(data: DataTransfer): DroppedItem[] {
  const taken: DroppedItem[] = [];
  for (const item of Array.from(data.items)) {
    if (item.kind !== 'file') continue;
    const entry = item.webkitGetAsEntry();
    if (entry !== null && isFolder(entry)) {
      taken.push({ folder: entry });
      continue;
    }
    const file = item.getAsFile();
    if (file !== null) taken.push({ file });
  }
  return taken;
}

const isFolder = (entry: FileSystemEntry): entry is FileSystemDirectoryEntry => entry.isDirectory;
const isFile = (entry: FileSystemEntry): entry is FileSystemFileEntry => entry.isFile;

export interface DropContents {
  /** What was dropped, for the dialog: "clippings", "a.txt and 2 more". */
  readonly label: string;
  readonly files: readonly File[];
  /** Folders that could not be read, or held nothing to import, as report lines. */
  readonly problems: readonly FileImportResult[];
}

/** Folders nested deeper than this are not entered (a link loop could otherwise go on forever). */
const FOLDER_DEPTH_MAX = 32;

/**
 * The files of a drop, in order: loose files as they are (main says why one cannot be imported), folders
 * walked the way File › Import walks them: name order, supported extensions only, hidden entries skipped,
 * at most FOLDER_FILES_MAX files in all.
 */
export async function filesOfDrop(items: readonly DroppedItem[]): Promise<DropContents> {
  const files: File[] = [];
  const problems: FileImportResult[] = [];
  for (const item of items) {
    if (files.length >= FOLDER_FILES_MAX) break;
    if ('file' in item) {
      files.push(item.file);
      continue;
    }
    const before = files.length;
    const problemsBefore = problems.length;
    await walkFolder(item.folder, files, problems);
    if (files.length === before && problems.length === problemsBefore) {
      problems.push(failedResult(item.folder, 'The folder holds no .txt, .md or .html files.'));
    }
  }
  const first = items[0];
  const name = first === undefined ? '' : 'file' in first ? first.file.name : first.folder.name;
  const label = items.length > 1 ? `${name} and ${String(items.length - 1)} more` : name;
  return { label, files, problems };
}

async function walkFolder(
  root: FileSystemDirectoryEntry,
  files: File[],
  problems: FileImportResult[],
): Promise<void> {
  const folders: { entry: FileSystemDirectoryEntry; depth: number }[] = [{ entry: root, depth: 0 }];
  for (let next = folders.shift(); next !== undefined; next = folders.shift()) {
    let entries: FileSystemEntry[];
    try {
      entries = await readFolder(next.entry);
    } catch {
      problems.push(failedResult(next.entry, 'The folder could not be read.'));
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const sub: { entry: FileSystemDirectoryEntry; depth: number }[] = [];
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      if (isFolder(entry)) {
        if (next.depth < FOLDER_DEPTH_MAX) sub.push({ entry, depth: next.depth + 1 });
      } else if (isFile(entry) && fileKindOf(extensionOf(entry.name)) !== null) {
        if (files.length >= FOLDER_FILES_MAX) return;
        try {
          files.push(await fileOf(entry));
        } catch {
          problems.push(failedResult(entry, 'The file could not be read.'));
        }
      }
    }
    folders.unshift(...sub);
  }
}

/** Every entry of a folder: the reader hands them out a batch at a time until a batch is empty. */
async function readFolder(folder: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = folder.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => {
      reader.readEntries(resolve, reject);
    });
    if (batch.length === 0) return all;
    all.push(...batch);
  }
}

const fileOf = (entry: FileSystemFileEntry): Promise<File> =>
  new Promise((resolve, reject) => {
    entry.file(resolve, reject);
  });

function failedResult(entry: FileSystemEntry, message: string): FileImportResult {
  return {
    path: entry.fullPath.replace(/^\//u, ''),
    status: 'failed',
    articleId: null,
    title: null,
    message,
    warnings: [],
  };
}
