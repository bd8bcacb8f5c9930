import { useCallback, useMemo, useState } from 'react';
import type { DropContents } from './droppedFiles';
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
  /** Files are being dragged over the window. */
  readonly dragging: boolean;
}

/** The export and import dialogs' open state, the import under way, and files dropped on the window. */
export function useExportImport(onImported: () => void): ExportImport {
  const [exportOpen, setExportOpen] = useState(false);
  const [importOpen, setImportOpen] = useState(false);
  const importer = useImport(onImported);
  const { importDropped } = importer;
  const dragging = useFileDrop(
    useCallback(
      (drop: DropContents) => {
        setExportOpen(false);
        setImportOpen(true);
        importDropped(drop);
      },
      [importDropped],
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
  // A summary once seen is done with: File › Import next opens on the chooser. A running import (or
  // one that ends while the dialog is closed) still shows when it opens again.
  const closeImport = useCallback(() => {
    setImportOpen(false);
    reset();
  }, [reset]);
  return useMemo(
    () => ({ exportOpen, importOpen, openExport, openImport, closeExport, closeImport, importer, dragging }),
    [exportOpen, importOpen, openExport, openImport, closeExport, closeImport, importer, dragging],
  );
}
