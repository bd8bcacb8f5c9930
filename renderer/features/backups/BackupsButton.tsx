import { AnnotationIcon } from '../annotations/AnnotationIcon';
import { openRestoreDialog } from './restoreDialogState';

/**
 * The way to File > Restore from backup without the menu (the browser harness has none). An icon
 * only: it is seldom needed, and the header is full.
 */
export function BackupsButton() {
  return (
    <button
      type="button"
      className="control backups-button"
      onClick={openRestoreDialog}
      title="Backups: restore the library from a backup"
      aria-label="Backups"
      aria-haspopup="dialog"
    >
      <AnnotationIcon name="restore" />
    </button>
  );
}
