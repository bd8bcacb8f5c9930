/**
 * The renderer's whole view of Electron: `window.gloss`, one function per contract method and a
 * menu listener. Channels are built from the contract's names only, so the page cannot reach any
 * other IPC channel, and raw `ipcRenderer` never crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_PREFIX, METHOD_NAMES } from '../../shared/ipc/methods';
import { MENU_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menuCommands';

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [method, (input: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${method}`, input)]),
);

contextBridge.exposeInMainWorld('gloss', api);

contextBridge.exposeInMainWorld('glossMenu', {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void {
    const handler = (_event: IpcRendererEvent, command: unknown): void => {
      if ((MENU_COMMANDS as readonly unknown[]).includes(command)) listener(command as MenuCommand);
    };
    ipcRenderer.on(MENU_CHANNEL, handler);
    return () => ipcRenderer.removeListener(MENU_CHANNEL, handler);
  },
});
