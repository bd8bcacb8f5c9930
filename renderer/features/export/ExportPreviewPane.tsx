import type { FormCheck } from './exportForm';
import type { PreviewState } from './useExportPreview';

interface ExportPreviewPaneProps {
  readonly check: FormCheck;
  readonly preview: PreviewState;
  readonly templateProblem: string | null;
}

/** The first lines of the first file the export would write, as plain text (never rendered as HTML). */
export function ExportPreviewPane({ check, preview, templateProblem }: ExportPreviewPaneProps) {
  const shown = preview.preview;
  const names = shown?.fileNames ?? [];
  return (
    <section className="export-preview" aria-label="Preview" aria-busy={preview.pending}>
      <header className="export-preview__header">
        <h3 className="export-preview__title">Preview</h3>
        {names.length > 0 ? (
          <span className="export-preview__files" title={names.join('\n')}>
            {names.length === 1 ? names[0] : `${names.length} files: ${names[0] ?? ''}, …`}
          </span>
        ) : null}
      </header>
      {!check.ok ? (
        <p className="export-preview__empty">{check.problem}</p>
      ) : templateProblem !== null ? (
        <p className="export-preview__empty">Fix the template to see the preview.</p>
      ) : preview.error && !shown ? (
        <p className="export-preview__empty">{preview.error.message}</p>
      ) : shown && shown.lines.length === 0 ? (
        <p className="export-preview__empty">
          Nothing to export: no highlight matches. Change the filters, or include articles without highlights.
        </p>
      ) : (
        <pre className="export-preview__text" data-testid="export-preview" tabIndex={0}>
          {shown ? shown.lines.join('\n') : ''}
          {shown?.truncated ? '\n…' : ''}
        </pre>
      )}
    </section>
  );
}
