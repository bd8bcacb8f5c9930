import { fileName } from './importSummary';
import type { ImportCounts } from './useImport';

interface ImportProgressViewProps {
  readonly label: string;
  readonly counts: ImportCounts;
  readonly cancelling: boolean;
  readonly onCancel: () => void;
}

/** A running import: a bar, how many files of how many, the one in hand, and Cancel. */
export function ImportProgressView({ label, counts, cancelling, onCancel }: ImportProgressViewProps) {
  const { total, done, failed, current } = counts;
  return (
    <div className="import-progress" aria-live="polite">
      <p className="import-progress__label">
        Importing from <code>{label}</code>
      </p>
      <progress
        className="import-progress__bar"
        max={Math.max(total, 1)}
        value={total === 0 ? undefined : done}
        aria-label="Import progress"
      />
      <p className="import-progress__counts" data-testid="import-counts">
        {total === 0
          ? 'Looking for files…'
          : `${done.toLocaleString('en')} of ${total.toLocaleString('en')} files`}
        {failed > 0 ? ` · ${failed.toLocaleString('en')} could not be imported` : ''}
      </p>
      <p className="import-progress__current">{current !== null ? fileName(current) : '\u00a0'}</p>
      <div className="import-chooser__actions">
        <button type="button" className="button" onClick={onCancel} disabled={cancelling}>
          {cancelling ? 'Cancelling…' : 'Cancel'}
        </button>
      </div>
    </div>
  );
}
