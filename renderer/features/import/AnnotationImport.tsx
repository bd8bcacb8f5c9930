import { useId, useRef, useState, type ChangeEvent } from 'react';
import { IMPORT_JSON_MAX_BYTES } from '../../../shared/export/limits';
import type { AnnotationImportReport } from '../../../shared/export/results';
import { ErrorNotice } from '../../components/ErrorNotice';
import { gloss } from '../../gloss';
import { announceAnnotationsChanged } from '../annotations/annotationChanges';
import { summarizeAnnotationImport } from './annotationImportSummary';

type State =
  | { readonly status: 'idle' }
  | { readonly status: 'running'; readonly name: string }
  | { readonly status: 'done'; readonly name: string; readonly report: AnnotationImportReport }
  | { readonly status: 'error'; readonly name: string; readonly error: Error };

const mib = (bytes: number): string => `${String(Math.round(bytes / (1024 * 1024)))} MiB`;

/**
 * Highlights and notes back from a Gloss JSON export (or any W3C Web Annotation collection whose
 * articles are in the library). The file is read here and sent as text, like a dropped article, so no
 * path crosses to main; main re-anchors each one and skips those it already has.
 */
export function AnnotationImport() {
  const [state, setState] = useState<State>({ status: 'idle' });
  const titleId = useId();
  const input = useRef<HTMLInputElement>(null);

  const chosen = (event: ChangeEvent<HTMLInputElement>): void => {
    const picker = event.currentTarget;
    const file = picker.files?.[0];
    // The same file chosen again must fire a change again.
    picker.value = '';
    if (file === undefined) return;
    const { name } = file;
    if (file.size > IMPORT_JSON_MAX_BYTES) {
      const error = new Error(`The file is larger than ${mib(IMPORT_JSON_MAX_BYTES)}.`);
      setState({ status: 'error', name, error });
      return;
    }
    setState({ status: 'running', name });
    file
      .text()
      .then((content) => gloss.importAnnotations({ content }))
      .then(
        (report) => {
          setState({ status: 'done', name, report });
          if (report.imported + report.orphaned > 0) announceAnnotationsChanged();
        },
        (error: unknown) => {
          setState({
            status: 'error',
            name,
            error: error instanceof Error ? error : new Error(String(error)),
          });
        },
      );
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
          accept=".json,.jsonld,application/json,application/ld+json"
          disabled={state.status === 'running'}
          onChange={chosen}
        />
      </div>
      {state.status === 'done' ? <AnnotationImportResult name={state.name} report={state.report} /> : null}
      {state.status === 'error' ? (
        <ErrorNotice title={`Nothing was imported from ${state.name}.`} error={state.error} />
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
