import { useId, useLayoutEffect, useRef, useState } from 'react';
import type { BackupListing, RestoreResult } from '../../../shared/model/backup';
import { ErrorNotice } from '../../components/ErrorNotice';
import { ModalDialog } from '../../components/ModalDialog';
import { gloss } from '../../gloss';
import { backupReasonLabel, formatBackupTime, formatBytes, formatContents } from './backupFormat';
import { closeRestoreDialog, useRestoreDialogOpen } from './restoreDialogState';
import { useBackups } from './useBackups';
import '../../styles/backups.css';

interface RestoreDialogProps {
  /** The library was replaced: the app reloads everything it shows. */
  readonly onRestored: (result: RestoreResult) => void;
}

/**
 * File > Restore from backup: a modal listing the backups, newest first, each restored after a
 * confirmation. Main keeps the library as it is now as a backup before it restores, so nothing is lost.
 */
export function RestoreDialog({ onRestored }: RestoreDialogProps) {
  const open = useRestoreDialogOpen();
  const titleId = useId();
  const [busy, setBusy] = useState(false);

  return (
    <ModalDialog
      open={open}
      // Never halfway through a restore.
      onDismiss={() => {
        if (!busy) closeRestoreDialog();
      }}
      className="restore-dialog"
      labelledBy={titleId}
      busy={busy}
      // The title, not the first button: read first, and Tab goes on to the newest backup.
      initialFocus=".restore-panel__title"
      testId="restore-dialog"
    >
      <RestorePanel
        titleId={titleId}
        busy={busy}
        onBusy={setBusy}
        onRestored={(result) => {
          closeRestoreDialog();
          onRestored(result);
        }}
      />
    </ModalDialog>
  );
}

interface RestorePanelProps {
  readonly titleId: string;
  readonly busy: boolean;
  readonly onBusy: (busy: boolean) => void;
  readonly onRestored: (result: RestoreResult) => void;
}

/** The dialog's contents, mounted afresh at each opening. */
function RestorePanel({ titleId, busy, onBusy, onRestored }: RestorePanelProps) {
  const state = useBackups();
  const [chosen, setChosen] = useState<BackupListing | null>(null);
  const [failure, setFailure] = useState<Error | null>(null);
  const list = useRef<HTMLUListElement>(null);

  const cancel = (backup: BackupListing): void => {
    setChosen(null);
    // Back on the button that asked, once the list is shown again.
    requestAnimationFrame(() =>
      list.current
        ?.querySelector<HTMLButtonElement>(`button[data-backup="${CSS.escape(backup.name)}"]`)
        ?.focus(),
    );
  };

  const restore = (backup: BackupListing): void => {
    onBusy(true);
    setFailure(null);
    gloss.restoreBackup({ name: backup.name }).then(
      (result) => {
        onBusy(false);
        onRestored(result);
      },
      (error: unknown) => {
        onBusy(false);
        setChosen(null);
        setFailure(error instanceof Error ? error : new Error(String(error)));
      },
    );
  };

  return (
    <div className="restore-panel">
      <h2 className="restore-panel__title" id={titleId} tabIndex={-1}>
        Restore from a backup
      </h2>
      <p className="restore-panel__intro">
        Gloss keeps a checked copy of your library every day, before an update of Gloss, and before a restore.
        Restoring puts a copy back in place of the library; the library as it is now is kept as a backup
        first.
      </p>
      {failure ? <ErrorNotice title="The backup was not restored." error={failure} /> : null}
      {chosen ? (
        <Confirmation
          backup={chosen}
          busy={busy}
          onConfirm={() => restore(chosen)}
          onCancel={() => cancel(chosen)}
        />
      ) : state.status === 'loading' ? (
        <p className="restore-panel__status" role="status">
          Looking for backups…
        </p>
      ) : state.status === 'error' ? (
        <ErrorNotice title="Gloss could not list the backups." error={state.error} />
      ) : state.backups.length === 0 ? (
        <p className="restore-panel__status">
          There are no backups yet. Gloss makes the first one shortly after it starts, and one a day after
          that.
        </p>
      ) : (
        <ul className="backup-list" aria-label="Backups, newest first" ref={list}>
          {state.backups.map((backup) => (
            <BackupItem key={backup.name} backup={backup} onChoose={setChosen} />
          ))}
        </ul>
      )}
      <div className="restore-panel__footer">
        <button type="button" className="button" onClick={closeRestoreDialog} disabled={busy}>
          Close
        </button>
      </div>
    </div>
  );
}

function BackupItem({
  backup,
  onChoose,
}: {
  readonly backup: BackupListing;
  readonly onChoose: (backup: BackupListing) => void;
}) {
  const time = formatBackupTime(backup.createdAt);
  const contents = formatContents(backup);
  return (
    <li className="backup-item">
      <div className="backup-item__text">
        <p className="backup-item__time">{time}</p>
        <p className="backup-item__meta">
          {[backupReasonLabel(backup.reason), contents, formatBytes(backup.bytes)]
            .filter(Boolean)
            .join(' · ')}
        </p>
      </div>
      <button type="button" className="button" data-backup={backup.name} onClick={() => onChoose(backup)}>
        Restore…<span className="visually-hidden"> the backup from {time}</span>
      </button>
    </li>
  );
}

function Confirmation({
  backup,
  busy,
  onConfirm,
  onCancel,
}: {
  readonly backup: BackupListing;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  const questionId = useId();
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The safe answer has the focus: a second Enter does not restore by accident.
  useLayoutEffect(() => cancelButton.current?.focus(), []);
  const contents = formatContents(backup);
  return (
    <div className="restore-confirm" role="group" aria-labelledby={questionId}>
      <p className="restore-confirm__question" id={questionId}>
        Restore the backup from {formatBackupTime(backup.createdAt)}?
      </p>
      {contents ? <p className="restore-confirm__contents">It holds {contents}.</p> : null}
      <p className="restore-confirm__consequence">
        Your library will hold what it held then; changes made since are replaced. The library as it is now is
        saved as a backup first, so you can come back to it.
      </p>
      <div className="restore-confirm__actions">
        <button type="button" className="button button--primary" onClick={onConfirm} disabled={busy}>
          {busy ? 'Restoring…' : 'Restore'}
        </button>
        <button type="button" className="button" ref={cancelButton} onClick={onCancel} disabled={busy}>
          Cancel
        </button>
      </div>
    </div>
  );
}
