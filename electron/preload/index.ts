/**
 * The renderer's whole view of Electron: `window.gloss`, one function per contract method and a
 * menu listener. Channels are built from the contract's names only, so the page cannot reach any
 * other IPC channel, and raw `ipcRenderer` never crosses the bridge.
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { CHANNEL_PREFIX, METHOD_NAMES } from '../../shared/ipc/methods';
import { LINK_CHANNEL, MENU_CHANNEL, MENU_COMMANDS, type MenuCommand } from '../../shared/ipc/menuCommands';

const api = Object.fromEntries(
  METHOD_NAMES.map((method) => [
    method,
    (input: unknown) => ipcRenderer.invoke(`${CHANNEL_PREFIX}${method}`, input),
  ]),
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

type LinkTarget = { articleId: string; annotationId: string | null };

function isLinkTarget(value: unknown): value is LinkTarget {
  if (typeof value !== 'object' || value === null) return false;
  const { articleId, annotationId } = value as Record<string, unknown>;
  return typeof articleId === 'string' && (annotationId === null || typeof annotationId === 'string');
}

// Subscribed now, before the page runs, so a link sent while the page loads waits for its listener.
let linkListener: ((target: LinkTarget) => void) | null = null;
let waitingLink: LinkTarget | null = null;
ipcRenderer.on(LINK_CHANNEL, (_event: IpcRendererEvent, target: unknown) => {
  if (!isLinkTarget(target)) return;
  if (linkListener) linkListener(target);
  else waitingLink = target;
});

contextBridge.exposeInMainWorld('glossLinks', {
  /** Receives gloss:// links opened elsewhere (one listener); returns the unsubscribe function. */
  onOpen(listener: (target: LinkTarget) => void): () => void {
    linkListener = listener;
    if (waitingLink) listener(waitingLink);
    waitingLink = null;
    return () => {
      if (linkListener === listener) linkListener = null;
    };
  },
});
