interface ExportImportButtonsProps {
  readonly onImport: () => void;
  readonly onExport: () => void;
}

/** The ways into File > Import and File > Export from the library, beside its sort order. */
export function ExportImportButtons({ onImport, onExport }: ExportImportButtonsProps) {
  return (
    <span className="library-transfer">
      <button
        type="button"
        className="control control--labelled"
        onClick={onImport}
        title="Import articles or highlights (Ctrl+O), or drop files and folders on the window"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+O"
      >
        <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 4v11M7 10l5 5 5-5M5 19h14" />
        </svg>
        <span>Import</span>
      </button>
      <button
        type="button"
        className="control control--labelled"
        onClick={onExport}
        title="Export notes (Ctrl+E)"
        aria-haspopup="dialog"
        aria-keyshortcuts="Control+E"
      >
        <svg className="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
          <path d="M12 15V4M7 9l5-5 5 5M5 19h14" />
        </svg>
        <span>Export</span>
      </button>
    </span>
  );
}
