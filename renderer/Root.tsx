import { useCallback, useState } from 'react';
import type { RestoreResult } from '../shared/model/backup';
import { App } from './App';
import { restoredMessage } from './features/backups/backupFormat';
import { openRestoreDialog } from './features/backups/restoreDialogState';
import { RestoreDialog } from './features/backups/RestoreDialog';
import { useMenuCommands } from './features/keyboard/useMenuCommands';
import { NoticeBanner } from './features/notices/NoticeBanner';
import { showNotice } from './features/notices/noticeStore';

/**
 * The app with what outlives it: the banners at the top, and the restore dialog. A restore replaces
 * the whole library, preferences included, so the app is mounted afresh and loads it all again.
 */
export function Root() {
  const [generation, setGeneration] = useState(0);
  useMenuCommands({ restoreBackup: openRestoreDialog });
  const restored = useCallback((result: RestoreResult) => {
    setGeneration((n) => n + 1);
    showNotice({ tone: 'info', title: 'Backup restored.', message: restoredMessage(result), focus: true });
  }, []);
  return (
    <>
      <NoticeBanner />
      <App key={generation} />
      <RestoreDialog onRestored={restored} />
    </>
  );
}
