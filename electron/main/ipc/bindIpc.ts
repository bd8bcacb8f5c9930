import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { CHANNEL_PREFIX, METHOD_NAMES } from '../../../shared/ipc/methods';
import type { MainHandlers } from '../../../shared/ipc/types';
import { dispatch } from './dispatch';

/**
 * The Electron binding of the contract: one channel per method, each call checked for its sender
 * frame, then validated and run by `dispatch`. This is the only place `ipcMain.handle` is called.
 */
export function bindIpc(handlers: MainHandlers, isTrustedUrl: (url: string) => boolean): () => void {
  for (const method of METHOD_NAMES) {
    ipcMain.handle(`${CHANNEL_PREFIX}${method}`, (event: IpcMainInvokeEvent, input: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!isTrustedUrl(url)) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This page may not use Gloss.' } };
      }
      return dispatch(handlers, method, input);
    });
  }
  return () => {
    for (const method of METHOD_NAMES) ipcMain.removeHandler(`${CHANNEL_PREFIX}${method}`);
  };
}
