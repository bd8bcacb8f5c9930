import { useEffect, useState } from 'react';
import type { BackupListing } from '../../../shared/model/backup';
import { gloss } from '../../gloss';

export type BackupsState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly backups: readonly BackupListing[] }
  | { readonly status: 'error'; readonly error: Error };

/** The backups, listed when the caller mounts (each time the dialog opens: a daily one may be new). */
export function useBackups(): BackupsState {
  const [state, setState] = useState<BackupsState>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    gloss.listBackups().then(
      (backups) => {
        if (current) setState({ status: 'ready', backups });
      },
      (error: unknown) => {
        if (current)
          setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
      },
    );
    return () => {
      current = false;
    };
  }, []);
  return state;
}
