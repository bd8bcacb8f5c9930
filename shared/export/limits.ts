/** Sizes the import methods accept, apart from the schemas so the renderer can check them without zod. */

/** Largest article file an import reads, from disk or dropped onto the window. */
export const IMPORT_FILE_MAX_BYTES = 5 * 1024 * 1024;
/** Most dropped files sent in one call (the renderer sends a big drop in several). */
export const IMPORT_CONTENT_FILES_MAX = 50;
/** Base64 characters of one file at the size limit. */
export const IMPORT_CONTENT_FILE_MAX_CHARS = Math.ceil((IMPORT_FILE_MAX_BYTES * 4) / 3) + 4;
/** Most base64 characters in one call: a few full-size files (the harness body limit follows it). */
export const IMPORT_CONTENT_CALL_MAX_CHARS = 3 * IMPORT_CONTENT_FILE_MAX_CHARS;
