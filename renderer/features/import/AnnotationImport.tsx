import { useId, useRef, type ChangeEvent } from 'react';
import type { AnnotationImportReport } from '../../../shared/export/results';
import { ErrorNotice } from '../../components/ErrorNotice';
import { summarizeAnnotationImport } from './annotationImportSummary';
import type { AnnotationImportController } from './useAnnotationImport';

/** File › Import's section for highlights and notes: a JSON export chosen here (or dropped on the window). */
export function AnnotationImport({ controller }: { readonly controller: AnnotationImportController }) {
  const { state, importFiles } = controller;
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);

  const chosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const picker = event.currentTarget;
    const files = Array.from(picker.files ?? []);
    // The same file chosen again must fire a change again.
    picker.value = '';
    importFiles(files);
  };

  return (
    <section className="annotation-import" aria-labelledby={titleId}>
      <h3 className="annotation-import__title" id={titleId}>
        Highlights and notes
      </h3>
      <p className="import-chooser__intro">
        Bring back highlights, notes and tags from a Gloss <strong>JSON</strong> export, or from any W3C Web
        Annotation file whose articles are in the library. Those already here are left as they are.
      </p>
      <div className="import-chooser__actions">
        <button
          type="button"
          className="button"
          disabled={state.status === 'running'}
          onClick={() => input.current?.click()}
        >
          {state.status === 'running' ? 'Importing…' : 'Choose a JSON export…'}
        </button>
        <input
          ref={input}
          hidden
          data-testid="annotation-import-file"
          type="file"
          multiple
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={state.status === 'running'}
          onChange={chosen}
        />
      </div>
      {state.status === 'done' ? <AnnotationImportResult name={state.label} report={state.report} /> : null}
      {state.status === 'error' ? (
        <ErrorNotice title={`Nothing was imported from ${state.label}.`} error={state.error} />
      ) : null}
    </section>
  );
}

function AnnotationImportResult({
  name,
  report,
}: {
  readonly name: string;
  readonly report: AnnotationImportReport;
}) {
  const [headline, ...details] = summarizeAnnotationImport(report);
  return (
    <div className="import-summary" data-testid="annotation-import-summary">
      <p className="import-summary__headline" role="status">
        {headline}
      </p>
      <p className="import-summary__from">
        From <code>{name}</code>
      </p>
      {details.map((line) => (
        <p key={line} className="import-summary__detail">
          {line}
        </p>
      ))}
      {report.problems.length > 0 ? (
        <ul className="import-summary__problems">
          {report.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
