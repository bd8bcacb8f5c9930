import { useId, useMemo, useState } from 'react';
import type { ChosenPaths, ExportResult } from '../../../shared/export/results';
import { EXPORT_FORMATS } from '../../../shared/export/types';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ModalDialog } from '../../components/ModalDialog';
import { gloss } from '../../gloss';
import { useColorLabels } from '../annotations/useColorLabels';
import { useKnownTags } from '../annotations/useKnownTags';
import { ArticlePicker } from './ArticlePicker';
import { ExportDestination } from './ExportDestination';
import { ExportFilters } from './ExportFilters';
import {
  countsText,
  exportRequest,
  FORMAT_HINTS,
  FORMAT_LABELS,
  initialForm,
  type ExportForm,
  type ScopeChoice,
} from './exportForm';
import { ExportPreviewPane } from './ExportPreviewPane';
import { TemplateEditor } from './TemplateEditor';
import { useExportPreview } from './useExportPreview';
import '../../styles/exportImport.css';

interface ExportDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  /** The article open in the reader, for the "current article" scope. */
  readonly currentArticleId: string | null;
}

type Outcome =
  | { readonly kind: 'none' }
  | { readonly kind: 'writing' }
  | { readonly kind: 'written'; readonly result: ExportResult; readonly label: string }
  | { readonly kind: 'failed'; readonly error: Error };

const SCOPES: readonly { readonly id: ScopeChoice; readonly label: string }[] = [
  { id: 'current', label: 'This article' },
  { id: 'chosen', label: 'Chosen articles' },
  { id: 'library', label: 'Whole library' },
];

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * File > Export: format, scope and filters on the left, a live preview of the first lines on the
 * right, and where to write at the foot. Main renders and writes (through a temp file and a rename);
 * the form is kept between openings.
 */
export function ExportDialog({ open, onClose, currentArticleId }: ExportDialogProps) {
  const titleId = useId();
  const [form, setForm] = useState<ExportForm>(() => initialForm(currentArticleId));
  // Each opening from an article starts on that article (the rest of the form is kept).
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (open && currentArticleId !== null && form.scope === 'library') setForm({ ...form, scope: 'current' });
  }

  return (
    <ModalDialog open={open} onDismiss={onClose} className="export-dialog" labelledBy={titleId}>
      <ExportPanel
        titleId={titleId}
        form={form}
        onForm={setForm}
        currentArticleId={currentArticleId}
        onClose={onClose}
      />
    </ModalDialog>
  );
}

interface ExportPanelProps {
  readonly titleId: string;
  readonly form: ExportForm;
  readonly onForm: (update: (form: ExportForm) => ExportForm) => void;
  readonly currentArticleId: string | null;
  readonly onClose: () => void;
}

function ExportPanel({ titleId, form: saved, onForm, currentArticleId, onClose }: ExportPanelProps) {
  const idPrefix = useId();
  // "This article" needs one open; otherwise the library.
  const form = useMemo(
    () =>
      saved.scope === 'current' && currentArticleId === null
        ? { ...saved, scope: 'library' as const }
        : saved,
    [saved, currentArticleId],
  );
  const { names } = useColorLabels();
  const tags = useKnownTags(true);
  const check = useMemo(() => exportRequest(form, currentArticleId), [form, currentArticleId]);
  const preview = useExportPreview(check);
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'none' });

  const patch = (change: Partial<ExportForm>): void => {
    onForm((now) => ({ ...now, ...change }));
    if (outcome.kind !== 'writing') setOutcome({ kind: 'none' });
  };

  const write = (chosen: ChosenPaths): void => {
    if (!check.ok) return;
    setOutcome({ kind: 'writing' });
    gloss.exportNotes({ ...check.request, destination: chosen.handle }).then(
      (result) => setOutcome({ kind: 'written', result, label: chosen.label }),
      (error: unknown) => setOutcome({ kind: 'failed', error: asError(error) }),
    );
  };

  const templateProblem =
    form.format === 'md' && form.template !== null && preview.error?.message.startsWith('Template') === true
      ? preview.error.message
      : null;
  const markdown = form.format === 'md';

  return (
    <div className="modal-panel export-panel">
      <header className="modal-panel__header">
        <h2 className="modal-panel__title" id={titleId}>
          Export notes
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          Close
        </button>
      </header>
      <div className="export-panel__body">
        <div className="export-panel__form">
          <fieldset className="export-field">
            <legend>Format</legend>
            <div className="segmented" role="radiogroup" aria-label="Format">
              {EXPORT_FORMATS.map((format) => (
                <label key={format} className="segmented__option" title={FORMAT_HINTS[format]}>
                  <input
                    type="radio"
                    name={`${idPrefix}-format`}
                    value={format}
                    checked={form.format === format}
                    onChange={() => patch({ format })}
                  />
                  <span>{FORMAT_LABELS[format]}</span>
                </label>
              ))}
            </div>
            <p className="export-field__hint">{FORMAT_HINTS[form.format]}</p>
          </fieldset>
          <fieldset className="export-field">
            <legend>Articles</legend>
            <div className="segmented" role="radiogroup" aria-label="Articles">
              {SCOPES.map((scope) => (
                <label key={scope.id} className="segmented__option">
                  <input
                    type="radio"
                    name={`${idPrefix}-scope`}
                    value={scope.id}
                    checked={form.scope === scope.id}
                    disabled={scope.id === 'current' && currentArticleId === null}
                    onChange={() => patch({ scope: scope.id })}
                  />
                  <span>{scope.label}</span>
                </label>
              ))}
            </div>
            {form.scope === 'chosen' ? (
              <ArticlePicker chosen={form.chosenIds} onChange={(chosenIds) => patch({ chosenIds })} />
            ) : null}
          </fieldset>
          <ExportFilters form={form} names={names} tags={tags} onChange={patch} idPrefix={idPrefix} />
          {markdown ? (
            <>
              <div className="export-options">
                <label className="check">
                  <input
                    type="checkbox"
                    checked={form.perArticle}
                    onChange={(e) => patch({ perArticle: e.currentTarget.checked })}
                  />
                  <span>One file per article (into a folder)</span>
                </label>
              </div>
              <TemplateEditor
                template={form.template}
                onChange={(template) => patch({ template })}
                problem={templateProblem}
              />
            </>
          ) : null}
        </div>
        <ExportPreviewPane check={check} preview={preview} templateProblem={templateProblem} />
      </div>
      <footer className="modal-panel__footer export-panel__footer">
        <div className="export-panel__status" role="status">
          {outcome.kind === 'writing' ? 'Writing…' : null}
          {outcome.kind === 'written' ? (
            <WrittenMessage result={outcome.result} label={outcome.label} />
          ) : null}
          {outcome.kind === 'none' && check.ok && preview.preview
            ? countsText(preview.preview.articles, preview.preview.annotations)
            : null}
        </div>
        <ExportDestination
          format={form.format}
          perArticle={markdown && form.perArticle}
          disabled={!check.ok || outcome.kind === 'writing' || templateProblem !== null}
          onChosen={write}
          onError={(error) => setOutcome({ kind: 'failed', error: asError(error) })}
        />
      </footer>
      {outcome.kind === 'failed' ? (
        <ErrorNotice title="The notes were not exported." error={outcome.error} />
      ) : null}
    </div>
  );
}

function WrittenMessage({ result, label }: { readonly result: ExportResult; readonly label: string }) {
  const files = result.files.length;
  return (
    <span className="export-panel__written">
      Exported {countsText(result.articles, result.annotations)} to {files > 1 ? `${files} files in ` : ''}
      <code>{label}</code>.
    </span>
  );
}
