import { useId, useState, type SubmitEvent } from 'react';
import type { ChosenPaths } from '../../../shared/export/results';
import type { ExportFormat } from '../../../shared/export/types';
import { gloss, harness } from '../../gloss';

interface ExportDestinationProps {
  readonly format: ExportFormat;
  readonly perArticle: boolean;
  /** Nothing to export yet (the form is incomplete, or a write is under way). */
  readonly disabled: boolean;
  readonly onChosen: (chosen: ChosenPaths) => void;
  readonly onError: (error: unknown) => void;
}

/**
 * Where the export goes. In the app, main's own save dialog picks it; in the browser harness (no
 * file dialogs) a typed path stands in. Either way the page only ever gets a handle back.
 */
export function ExportDestination({
  format,
  perArticle,
  disabled,
  onChosen,
  onError,
}: ExportDestinationProps) {
  const [typed, setTyped] = useState('');
  const id = useId();
  if (harness === null) {
    return (
      <button
        type="button"
        className="button button--primary"
        disabled={disabled}
        onClick={() => {
          gloss.chooseExportDestination({ format, perArticle }).then((chosen) => {
            if (chosen) onChosen(chosen);
          }, onError);
        }}
      >
        Export…
      </button>
    );
  }
  const typedHarness = harness;
  const submit = (event: SubmitEvent<HTMLFormElement>): void => {
    event.preventDefault();
    typedHarness
      .chooseExportDestinationByPath({ format, perArticle, path: typed.trim() })
      .then(onChosen, onError);
  };
  return (
    <form className="export-destination" onSubmit={submit}>
      <label htmlFor={id} className="export-destination__label">
        {perArticle ? 'Save into folder' : 'Save as'}
      </label>
      <input
        id={id}
        className="field export-destination__path"
        type="text"
        spellCheck={false}
        placeholder={perArticle ? '/home/you/Notes/Gloss' : `/home/you/Gloss notes.${format}`}
        value={typed}
        onChange={(event) => setTyped(event.currentTarget.value)}
      />
      <button type="submit" className="button button--primary" disabled={disabled || typed.trim() === ''}>
        Export
      </button>
    </form>
  );
}
