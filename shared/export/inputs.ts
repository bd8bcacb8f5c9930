import { z } from 'zod';
import { COLOR_IDS, TAG_MAX_LENGTH, TAGS_MAX } from '../model/annotation';
import { TEMPLATE_MAX_LENGTH } from './template';
import { EXPORT_FORMATS } from './types';

/** Largest annotation file `importAnnotations` reads, as a path or as content. */
export const IMPORT_JSON_MAX_BYTES = 64 * 1024 * 1024;

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

export type ExportScope = z.output<typeof ExportScopeInput>;
export type ExportRequest = z.output<typeof ExportNotesInput>;
