import { useId, useState, type SubmitEvent } from 'react';
import type { ChosenPaths } from '../../../shared/export/results';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ModalDialog } from '../../components/ModalDialog';
import { gloss, harness } from '../../gloss';
import { AnnotationImport } from './AnnotationImport';
import { ImportProgressView } from './ImportProgressView';
import { ImportSummaryView } from './ImportSummaryView';
import type { AnnotationImportController } from './useAnnotationImport';
import type { ImportController } from './useImport';
import '../../styles/exportImport.css';

interface ImportDialogProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly controller: ImportController;
  readonly annotations: AnnotationImportController;
}

/**
 * File > Import: choose files or folders (main's dialog in the app, a typed path in the browser
 * harness), or drop them on the window; then a progress bar with Cancel, then what came in and
 * what did not, file by file. Closing it leaves a running import running. Below the articles,
 * highlights and notes come back from a JSON export.
 */
export function ImportDialog({ open, onClose, controller, annotations }: ImportDialogProps) {
  const titleId = useId();
  const { state } = controller;
  const choosing = state.status === 'idle' || state.status === 'error';
  return (
    <ModalDialog open={open} onDismiss={onClose} className="import-dialog" labelledBy={titleId}>
      <div className="modal-panel import-panel">
        <header className="modal-panel__header">
          <h2 className="modal-panel__title" id={titleId}>
            Import articles and notes
          </h2>
          <button type="button" className="button button--quiet" onClick={onClose}>
            Close
          </button>
        </header>
        <div className="import-panel__body">
          {state.status === 'running' ? (
            <ImportProgressView
              label={state.label}
              counts={state.counts}
              cancelling={state.cancelling}
              onCancel={controller.cancel}
            />
          ) : state.status === 'done' ? (
            <ImportSummaryView
              report={state.report}
              label={state.label}
              onMore={controller.reset}
              onDone={onClose}
            />
          ) : (
            <>
              {state.status === 'error' ? (
                <ErrorNotice title="The import did not start." error={state.error} />
              ) : null}
              <ImportChooser onChosen={controller.importChosen} />
            </>
          )}
          {/* Beside an article import's progress or summary only when it has news of its own (a drop of both). */}
          {choosing || annotations.state.status !== 'idle' ? (
            <AnnotationImport controller={annotations} />
          ) : null}
        </div>
      </div>
    </ModalDialog>
  );
}

function ImportChooser({ onChosen }: { readonly onChosen: (chosen: ChosenPaths) => void }) {
  const [error, setError] = useState<Error | null>(null);
  const [typed, setTyped] = useState('');
  const id = useId();
  const fail = (reason: unknown): void =>
    setError(reason instanceof Error ? reason : new Error(String(reason)));
  const choose = (folders: boolean): void => {
    setError(null);
    gloss.chooseImportSources({ folders }).then((chosen) => {
      if (chosen) onChosen(chosen);
    }, fail);
  };
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const paths = typed
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean);
    if (paths.length === 0 || harness === null) return;
    setError(null);
    harness.chooseImportSourcesByPath({ paths }).then(onChosen, fail);
  };

  return (
    <div className="import-chooser">
      <p className="import-chooser__intro">
        Gloss imports <strong>.txt</strong>, <strong>.md</strong> and <strong>.html</strong> files of up to 5
        MiB, one by one or whole folders. Web pages are cleaned to their article and made safe: nothing in
        them runs. A file whose text is already in the library is skipped.
      </p>
      {harness === null ? (
        <div className="import-chooser__actions">
          <button type="button" className="button button--primary" onClick={() => choose(false)}>
            Choose files…
          </button>
          <button type="button" className="button" onClick={() => choose(true)}>
            Choose a folder…
          </button>
        </div>
      ) : (
        <form className="import-chooser__typed" onSubmit={submit}>
          <label htmlFor={id} className="export-field__label">
            Files or folders to import, by full path, one a line (this browser has no file dialog)
          </label>
          <textarea
            id={id}
            className="field"
            rows={3}
            spellCheck={false}
            placeholder="/home/you/Articles"
            value={typed}
            onChange={(event) => setTyped(event.currentTarget.value)}
          />
          <div className="import-chooser__actions">
            <button type="submit" className="button button--primary" disabled={typed.trim() === ''}>
              Import
            </button>
          </div>
        </form>
      )}
      <p className="import-chooser__drop">Or drop files or folders anywhere on the window.</p>
      {error ? <ErrorNotice title="Nothing was imported." error={error} /> : null}
    </div>
  );
}
