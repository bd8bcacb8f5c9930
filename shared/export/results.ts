/** What the export and import methods of the contract return. */

export interface ExportPreview {
  /** The first lines of the first file. */
  readonly lines: readonly string[];
  /** Whether the first file has more lines than shown. */
  readonly truncated: boolean;
  readonly fileNames: readonly string[];
  readonly articles: number;
  readonly annotations: number;
}

export interface ExportedFile {
  readonly name: string;
  /** Where main wrote it; null when the content is returned instead. */
  readonly path: string | null;
  readonly bytes: number;
  /** The file's text when no path was given; null once the size cap for returned content is reached. */
  readonly content: string | null;
}

export interface ExportResult {
  readonly files: readonly ExportedFile[];
  readonly articles: number;
  readonly annotations: number;
  /** True when some returned file's content was left out for size (write to a path instead). */
  readonly truncated: boolean;
}

export type FileImportStatus = 'created' | 'updated' | 'unchanged' | 'duplicate' | 'failed' | 'cancelled';

export interface FileImportResult {
  readonly path: string;
  readonly status: FileImportStatus;
  readonly articleId: string | null;
  readonly title: string | null;
  /** Why it failed or was skipped, in plain words. */
  readonly message: string | null;
  /** Imported, but worth knowing (a fallback encoding, a truncated file…). */
  readonly warnings: readonly string[];
}

export interface FileImportReport {
  readonly jobId: string;
  readonly files: readonly FileImportResult[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly duplicates: number;
  readonly failed: number;
  readonly cancelled: boolean;
}

export type ImportState = 'idle' | 'running' | 'done' | 'cancelled';

/** The running (or last) file import, for a progress bar. */
export interface ImportProgress {
  readonly jobId: string | null;
  readonly state: ImportState;
  /** Files found so far / handled so far. */
  readonly total: number;
  readonly done: number;
  readonly current: string | null;
  readonly failed: number;
}

export interface AnnotationImportReport {
  /** New annotations stored. */
  readonly imported: number;
  /** Already in the library (same id): left as they are. */
  readonly unchanged: number;
  /** Stored, but their text was not found in the article (orphans). */
  readonly orphaned: number;
  /** No article in the library matched their target; not stored. */
  readonly unmatched: number;
  readonly problems: readonly string[];
}

/** What the user chose in a file dialog: a handle for later calls, and what to show. */
export interface ChosenPaths {
  /** Opaque: passed back as `destination` or `source`; main alone knows the paths. */
  readonly handle: string;
  /** The chosen file or folder (the first, with a count, for several) as the user would recognise it. */
  readonly label: string;
  readonly count: number;
}
