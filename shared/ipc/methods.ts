/**
 * The names of every method the renderer may call. Kept apart from the schemas so the preload
 * can build its allowlist without bundling the validator.
 */
export const METHOD_NAMES = [
  'listArticles',
  'getArticle',
  'getLibraryStats',
  'getPreferences',
  'updatePreferences',
  'listAnnotations',
  'createAnnotation',
  'updateAnnotation',
  'deleteAnnotation',
  'listDeletedAnnotations',
  'restoreAnnotation',
  'purgeAnnotation',
  'undoAnnotationChange',
  'redoAnnotationChange',
  'reattachAnnotation',
  'listTags',
  'listColorLabels',
  'renameColorLabel',
  'search',
  'previewExport',
  'exportNotes',
  'importAnnotations',
  'importFiles',
  'importFileContents',
  'chooseExportDestination',
  'chooseImportSources',
  'getImportProgress',
  'cancelImport',
  'getStartupNotice',
  'listBackups',
  'restoreBackup',
] as const;

export type MethodName = (typeof METHOD_NAMES)[number];

/** The channel prefix every Gloss IPC message uses; the main process ignores all others. */
export const CHANNEL_PREFIX = 'gloss:';
