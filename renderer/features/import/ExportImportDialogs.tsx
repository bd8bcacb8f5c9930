import { ExportDialog } from '../export/ExportDialog';
import { DropOverlay } from './DropOverlay';
import { ImportDialog } from './ImportDialog';
import type { ExportImport } from './useExportImport';

/** File > Export, File > Import, and the overlay shown while files are dragged over the window. */
export function ExportImportDialogs({
  state,
  currentArticleId,
}: {
  readonly state: ExportImport;
  readonly currentArticleId: string | null;
}) {
  return (
    <>
      <ExportDialog open={state.exportOpen} onClose={state.closeExport} currentArticleId={currentArticleId} />
      <ImportDialog
        open={state.importOpen}
        onClose={state.closeImport}
        controller={state.importer}
        annotations={state.annotations}
      />
      <DropOverlay visible={state.dragging} />
    </>
  );
}
