import type { MenuCommand } from '../shared/ipc/menuCommands';

/** What the Electron preload exposes as `window.glossMenu` (see electron/preload/index.ts). */
export interface GlossMenuBridge {
  /** Subscribes to application-menu commands; returns the unsubscribe function. */
  onCommand(listener: (command: MenuCommand) => void): () => void;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser harness, which has no application menu. */
    readonly glossMenu?: GlossMenuBridge;
  }
}

/** Listens for menu commands when there is a menu; a no-op in the browser. */
export function onMenuCommand(listener: (command: MenuCommand) => void): () => void {
  return window.glossMenu?.onCommand(listener) ?? (() => undefined);
}
