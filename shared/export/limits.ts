/** Sizes the import methods accept, apart from the schemas so the renderer can check them without zod. */

/** Largest article file an import reads, from disk or dropped onto the window. */
export const IMPORT_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** Largest annotation file `importAnnotations` reads, as a path or as content. */
export const IMPORT_JSON_MAX_BYTES = 64 * 1024 * 1024;
/** Most dropped files sent in one call (the renderer sends a big drop in several). */
export const IMPORT_CONTENT_FILES_MAX = 50;
/** Base64 characters of one file at the size limit. */
export const IMPORT_CONTENT_FILE_MAX_CHARS = Math.ceil((IMPORT_FILE_MAX_BYTES * 4) / 3) + 4;
/** Most base64 characters in one call: a few full-size files (the harness body limit follows it). */
export const IMPORT_CONTENT_CALL_MAX_CHARS = 3 * IMPORT_CONTENT_FILE_MAX_CHARS;

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

/** Most files one import takes from folders (chosen or dropped). */
export const FOLDER_FILES_MAX = 20_000;

/** The extension of a file name, dot included, or '' (the renderer has no node:path). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot) : '';
}
