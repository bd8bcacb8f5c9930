import type { FileImportReport } from '../../../shared/export/results';
import { summarizeImport } from './importSummary';

interface ImportSummaryViewProps {
  readonly report: FileImportReport;
  readonly label: string;
  readonly onMore: () => void;
  readonly onDone: () => void;
}

/** What an import did: new articles, duplicates skipped, and each file that failed with why. */
export function ImportSummaryView({ report, label, onMore, onDone }: ImportSummaryViewProps) {
  const summary = summarizeImport(report);
  return (
    <div className="import-summary" data-testid="import-summary">
      <p className="import-summary__headline" role="status">
        {summary.headline}
      </p>
      <p className="import-summary__from">
        From <code>{label}</code>
      </p>
      {summary.details.map((line) => (
        <p key={line} className="import-summary__detail">
          {line}
        </p>
      ))}
      {summary.problems.length > 0 ? (
        <ul className="import-summary__problems">
          {summary.problems.map((p) => (
            <li key={p.path} title={p.path}>
              <strong>{p.name}</strong>: {p.message}
            </li>
          ))}
        </ul>
      ) : null}
      {summary.duplicates.length > 0 ? (
        <details className="import-summary__duplicates">
          <summary>Duplicates skipped</summary>
          <ul>
            {summary.duplicates.map((d) => (
              <li key={d.name + d.message}>
                <strong>{d.name}</strong>: {d.message}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      <div className="import-chooser__actions">
        <button type="button" className="button" onClick={onMore}>
          Import more
        </button>
        <button type="button" className="button button--primary" onClick={onDone}>
          Done
        </button>
      </div>
    </div>
  );
}
