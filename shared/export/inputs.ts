import { z } from 'zod';
import { COLOR_IDS, TAG_MAX_LENGTH, TAGS_MAX } from '../model/annotation';
import { TEMPLATE_MAX_LENGTH } from './template';
import {
  IMPORT_CONTENT_CALL_MAX_CHARS,
  IMPORT_CONTENT_FILE_MAX_CHARS,
  IMPORT_CONTENT_FILES_MAX,
  IMPORT_JSON_MAX_BYTES,
} from './limits';
import { EXPORT_FORMATS } from './types';

export { IMPORT_FILE_MAX_BYTES, IMPORT_CONTENT_CALL_MAX_CHARS, IMPORT_JSON_MAX_BYTES } from './limits';

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, 'expected a date as YYYY-MM-DD');
const path = z.string().min(1).max(4096);

/** The whole library, or chosen articles (one for "the current article"). */
export const ExportScopeInput = z.union([
  z.literal('library'),
  z.object({ articleIds: z.array(z.uuid()).min(1).max(100_000) }).strict(),
]);

export const ExportFiltersInput = z
  .object({
    colors: z.array(z.enum(COLOR_IDS)).max(COLOR_IDS.length).optional(),
    tags: z.array(z.string().trim().min(1).max(TAG_MAX_LENGTH)).max(TAGS_MAX).optional(),
    from: day.optional(),
    to: day.optional(),
    /** Export articles that have no (matching) annotation too. */
    includeEmpty: z.boolean().optional(),
    /** Only what changed since the last export in this format to this target. */
    sinceLast: z.boolean().optional(),
  })
  .strict();

export const PreviewExportInput = z
  .object({
    format: z.enum(EXPORT_FORMATS),
    scope: ExportScopeInput.default('library'),
    filters: ExportFiltersInput.default({}),
    template: z.string().max(TEMPLATE_MAX_LENGTH).optional(),
    perArticle: z.boolean().default(false),
  })
  .strict();

export const ExportNotesInput = PreviewExportInput.extend({
  /** Where main writes: a file, or a folder with perArticle. Omitted, the content comes back instead. */
  path: path.optional(),
}).strict();

/** Absolute only: a relative path would resolve against main's working folder, which the user never chose. */
const absolutePath = path.refine(
  (p) => p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p) || p.startsWith('\\\\'),
  'must be an absolute path',
);
export const ImportFilesInput = z.object({ paths: z.array(absolutePath).min(1).max(10_000) }).strict();

export const ImportAnnotationsInput = z.union([
  z.object({ path }).strict(),
  z.object({ content: z.string().min(1).max(IMPORT_JSON_MAX_BYTES) }).strict(),
]);

// ---- What the renderer may send (the contract). It never names a path: destinations and sources
// are chosen in main (Electron's dialogs, or the harness's typed path) and referred to by a handle.

/** An opaque id main gave for paths the user chose; meaningless anywhere else. */
export const ChoiceHandle = z.uuid();

export const ChooseExportDestinationInput = z
  .object({ format: z.enum(EXPORT_FORMATS), perArticle: z.boolean().default(false) })
  .strict();
export const ChooseImportSourcesInput = z.object({ folders: z.boolean().default(false) }).strict();

/** A preview or an export: written to a chosen destination, or returned as content without one. */
export const ExportNotesCallInput = PreviewExportInput.extend({
  destination: ChoiceHandle.optional(),
}).strict();
export const ImportFilesCallInput = z.object({ source: ChoiceHandle }).strict();
export const ImportAnnotationsCallInput = z.union([
  z.object({ source: ChoiceHandle }).strict(),
  z.object({ content: z.string().min(1).max(IMPORT_JSON_MAX_BYTES) }).strict(),
]);

/** A file name as dropped: no folder part, no control characters. */
const droppedName = z
  .string()
  .min(1)
  .max(255)
  .regex(/^[^\\/\p{Cc}]+$/u, 'must be a plain file name');
export const ImportFileContentsInput = z
  .object({
    files: z
      .array(
        z
          .object({
            name: droppedName,
            /** The file's bytes, base64 (so the decoder sees BOMs and legacy encodings as they are). */
            data: z
              .string()
              .max(IMPORT_CONTENT_FILE_MAX_CHARS)
              .regex(/^[A-Za-z0-9+/]*={0,2}$/u, 'must be base64'),
          })
          .strict(),
      )
      .min(1)
      .max(IMPORT_CONTENT_FILES_MAX)
      .refine(
        (files) => files.reduce((n, f) => n + f.data.length, 0) <= IMPORT_CONTENT_CALL_MAX_CHARS,
        'too much data in one call',
      ),
  })
  .strict();

export type ExportScope = z.output<typeof ExportScopeInput>;
export type ExportRequest = z.output<typeof ExportNotesInput>;
