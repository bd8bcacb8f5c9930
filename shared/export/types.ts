import type { Annotation, ColorId } from '../model/annotation';

export const EXPORT_FORMATS = ['md', 'json', 'csv', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** The article fields an export carries. */
export interface ExportArticle {
  readonly id: string;
  readonly title: string;
  readonly source: string | null;
  readonly author: string | null;
  /** ISO date (YYYY-MM-DD) or null. */
  readonly publishedAt: string | null;
  /** Code-point start of each block, ascending: gives a highlight its paragraph number. Empty when unknown. */
  readonly blockStarts: readonly number[];
}

/** One article and the annotations to export from it, in text order. */
export interface ExportEntry {
  readonly article: ExportArticle;
  readonly annotations: readonly Annotation[];
}

export interface ExportContext {
  /** What each colour means to the user ("Key claim"…): written as the colour's name. */
  readonly colorNames: Readonly<Record<ColorId, string>>;
  /** ISO timestamp of the export (fixed in tests, so output is deterministic). */
  readonly exportedAt: string;
  /** A UUID naming this export (the JSON collection's id). */
  readonly exportId: string;
}

/** A file an export produces: a safe file name, its text and its media type. */
export interface ExportFile {
  readonly name: string;
  readonly content: string;
  readonly mediaType: string;
}
