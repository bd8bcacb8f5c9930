import { z } from 'zod';
import type { ArticlePage, Article, LibraryStats } from '../model/article';
import type { Preferences } from '../model/preferences';
import type { SearchPage } from '../model/search';
import {
  ChooseExportDestinationInput,
  ChooseImportSourcesInput,
  ExportNotesCallInput,
  ImportAnnotationsCallInput,
  ImportFileContentsInput,
  ImportFilesCallInput,
} from '../export/inputs';
import type {
  AnnotationImportReport,
  ChosenPaths,
  ExportPreview,
  ExportResult,
  FileImportReport,
  ImportProgress,
} from '../export/results';
import type { Annotation, ColorLabel, DeletedAnnotation, HistoryResult, TagCount } from '../model/annotation';
import {
  ANNOTATION_STYLES,
  COLOR_IDS,
  COLOR_LABEL_MAX_LENGTH,
  NOTE_MAX_LENGTH,
  TAG_MAX_LENGTH,
  TAGS_MAX,
} from '../model/annotation';
import { FONT_SIZE_MAX, FONT_SIZE_MIN } from '../model/preferences';
import {
  BACKUP_NAME_PATTERN,
  type BackupListing,
  type RecoveryReport,
  type RestoreResult,
} from '../model/backup';
import type { MethodName } from './methods';

/** A method: how its one argument is parsed, and (as a type only) what it returns. */
export interface MethodSpec<Input extends z.ZodType, Output> {
  readonly input: Input;
  /** Never set at run time; carries the result type. */
  readonly output?: Output;
}

const method =
  <Output>() =>
  <Input extends z.ZodType>(input: Input): MethodSpec<Input, Output> => ({ input });

const articleId = z.uuid();
const noInput = z
  .undefined()
  .or(z.object({}).strict())
  .transform(() => ({}));

export const ListArticlesInput = z
  .object({
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100),
    sort: z.enum(['date', 'title', 'imported']).default('date'),
    direction: z.enum(['asc', 'desc']).default('desc'),
  })
  .strict();

export const GetArticleInput = z.object({ id: articleId }).strict();

export const UpdatePreferencesInput = z
  .object({
    theme: z.enum(['system', 'light', 'dark']),
    fontSize: z.number().int().min(FONT_SIZE_MIN).max(FONT_SIZE_MAX),
    lastArticleId: articleId.nullable(),
    lastScroll: z.number().min(0).max(1),
    librarySort: z.enum(['date', 'title', 'imported']),
    libraryDirection: z.enum(['asc', 'desc']),
  })
  .partial()
  .strict();

const annotationId = z.uuid();
const codePointOffset = z.number().int().min(0);
const color = z.enum(COLOR_IDS);
const annotationStyle = z.enum(ANNOTATION_STYLES);
const note = z.string().max(NOTE_MAX_LENGTH);
/** Short labels the user types: no control characters (SQLite's length() stops at NUL). */
const label = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters');
const tags = z.array(label(TAG_MAX_LENGTH)).max(TAGS_MAX);
const byAnnotationId = z.object({ id: annotationId }).strict();

export const ListAnnotationsInput = z
  .undefined()
  .or(z.object({ articleId: articleId.optional() }).strict())
  .transform((input) => ({ articleId: input?.articleId }));

export const CreateAnnotationInput = z
  .object({
    articleId,
    start: codePointOffset,
    end: codePointOffset,
    color,
    style: annotationStyle.default('highlight'),
    note: note.default(''),
    tags: tags.default([]),
  })
  .strict();

export const UpdateAnnotationInput = z
  .object({
    id: annotationId,
    color: color.optional(),
    style: annotationStyle.optional(),
    note: note.optional(),
    tags: tags.optional(),
  })
  .strict();

export const ReattachAnnotationInput = z
  .object({ id: annotationId, start: codePointOffset, end: codePointOffset })
  .strict();

export const RenameColorLabelInput = z.object({ id: color, name: label(COLOR_LABEL_MAX_LENGTH) }).strict();

/** A search as typed; `seq` is echoed back so the caller can drop an answer that arrives after a newer one. */
export const SearchInput = z
  .object({
    q: z.string().max(500),
    limit: z.number().int().min(1).max(50).default(20),
    offset: z.number().int().min(0).max(100_000).default(0),
    seq: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER).default(0),
    /** The page of matching highlights and notes, paged apart from the articles. */
    annotationOffset: z.number().int().min(0).max(100_000).default(0),
    annotationLimit: z.number().int().min(0).max(50).default(5),
  })
  .strict();

/**
 * Every method the renderer may call. Main implements each (a missing one fails to compile),
 * both bindings validate arguments with `input` before a handler sees them.
 */
export const contract = {
  listArticles: method<ArticlePage>()(ListArticlesInput),
  getArticle: method<Article>()(GetArticleInput),
  getLibraryStats: method<LibraryStats>()(noInput),
  getPreferences: method<Preferences>()(noInput),
  updatePreferences: method<Preferences>()(UpdatePreferencesInput),
  listAnnotations: method<readonly Annotation[]>()(ListAnnotationsInput),
  createAnnotation: method<Annotation>()(CreateAnnotationInput),
  updateAnnotation: method<Annotation>()(UpdateAnnotationInput),
  deleteAnnotation: method<DeletedAnnotation>()(byAnnotationId),
  listDeletedAnnotations: method<readonly DeletedAnnotation[]>()(noInput),
  restoreAnnotation: method<Annotation>()(byAnnotationId),
  purgeAnnotation: method<{ readonly id: string }>()(byAnnotationId),
  undoAnnotationChange: method<HistoryResult>()(noInput),
  redoAnnotationChange: method<HistoryResult>()(noInput),
  reattachAnnotation: method<Annotation>()(ReattachAnnotationInput),
  listTags: method<readonly TagCount[]>()(noInput),
  listColorLabels: method<readonly ColorLabel[]>()(noInput),
  renameColorLabel: method<ColorLabel>()(RenameColorLabelInput),
  search: method<SearchPage>()(SearchInput),
  previewExport: method<ExportPreview>()(ExportNotesCallInput),
  exportNotes: method<ExportResult>()(ExportNotesCallInput),
  importAnnotations: method<AnnotationImportReport>()(ImportAnnotationsCallInput),
  importFiles: method<FileImportReport>()(ImportFilesCallInput),
  importFileContents: method<FileImportReport>()(ImportFileContentsInput),
  /** Main's save dialog; null when the user cancels (or there is no dialog, as in the harness). */
  chooseExportDestination: method<ChosenPaths | null>()(ChooseExportDestinationInput),
  chooseImportSources: method<ChosenPaths | null>()(ChooseImportSourcesInput),
  getImportProgress: method<ImportProgress>()(noInput),
  cancelImport: method<ImportProgress>()(noInput),
  getStartupNotice: method<RecoveryReport | null>()(noInput),
  listBackups: method<readonly BackupListing[]>()(noInput),
  restoreBackup: method<RestoreResult>()(
    z.object({ name: z.string().max(80).regex(BACKUP_NAME_PATTERN) }).strict(),
  ),
} satisfies Record<MethodName, MethodSpec<z.ZodType, unknown>>;
