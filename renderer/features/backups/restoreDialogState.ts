import { useSyncExternalStore } from 'react';

/**
 * Whether the restore dialog is open. Kept outside the app's tree: the dialog outlives the remount of
 * the app that a restore causes, and the header button, the menu and the tests all open it.
 */
let open = false;
const listeners = new Set<() => void>();

function set(next: boolean): void {
  if (open === next) return;
  open = next;
  for (const listener of listeners) listener();
}

export const openRestoreDialog = (): void => set(true);
export const closeRestoreDialog = (): void => set(false);

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useRestoreDialogOpen(): boolean {
  return useSyncExternalStore(subscribe, () => open);
}
