import { useCallback, useMemo, useState } from 'react';
import type { DropContents } from './droppedFiles';
import {
  isAnnotationFile,
  useAnnotationImport,
  type AnnotationImportController,
} from './useAnnotationImport';
import { useFileDrop } from './useFileDrop';
import { useImport, type ImportController } from './useImport';

export interface ExportImport {
  readonly exportOpen: boolean;
  readonly importOpen: boolean;
  readonly openExport: () => void;
  readonly openImport: () => void;
  readonly closeExport: () => void;
  readonly closeImport: () => void;
  readonly importer: ImportController;
  readonly annotations: AnnotationImportController;
  /** Files are being dragged over the window. */
  readonly dragging: boolean;
}

/** The export and import dialogs' open state, the import under way, and files dropped on the window. */
export function useExportImport(onImported: () => void): ExportImport {
  const [exportOpen, setExportOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const importer = useImport(onImported);
  const annotations = useAnnotationImport();
  const { importDropped } = importer;
  const { importFiles: importAnnotationFiles } = annotations;
  const dragging = useFileDrop(
    useCallback(
      (drop: DropContents) => {
        setExportOpen(false);
        setImportOpen(true);
        // A dropped JSON export brings highlights and notes back; the rest are articles.
        const exports = drop.files.filter(isAnnotationFile);
        if (exports.length > 0) importAnnotationFiles(exports);
        const articles = drop.files.filter((file) => !isAnnotationFile(file));
        const [article] = articles;
        // Named by the articles alone when exports came with them.
        const label =
          exports.length === 0 || article === undefined
            ? drop.label
            : articles.length === 1
              ? article.name
              : `${article.name} and ${String(articles.length - 1)} more`;
        if (articles.length > 0 || drop.problems.length > 0)
          importDropped({ ...drop, label, files: articles });
      },
      [importDropped, importAnnotationFiles],
    ),
  );
  const openExport = useCallback(() => {
    setImportOpen(false);
    setExportOpen(true);
  }, []);
  const openImport = useCallback(() => {
    setExportOpen(false);
    setImportOpen(true);
  }, []);
  const closeExport = useCallback(() => setExportOpen(false), []);
  const { reset } = importer;
  const { reset: resetAnnotations } = annotations;
  // A summary once seen is done with: File › Import next opens on the chooser. A running import (or
  // one that ends while the dialog is closed) still shows when it opens again.
  const closeImport = useCallback(() => {
    setImportOpen(false);
    reset();
    resetAnnotations();
  }, [reset, resetAnnotations]);
  return useMemo(
    () => ({
      exportOpen,
      importOpen,
      openExport,
      openImport,
      closeExport,
      closeImport,
      importer,
      annotations,
      dragging,
    }),
    [
      exportOpen,
      importOpen,
      openExport,
      openImport,
      closeExport,
      closeImport,
      importer,
      annotations,
      dragging,
    ],
  );
}
