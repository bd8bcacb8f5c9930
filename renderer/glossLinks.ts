import type { GlossLinkTarget } from '../shared/export/links';

/** What the Electron preload exposes as `window.glossLinks` (see electron/preload/index.ts). */
export interface GlossLinksBridge {
  /** Receives gloss:// links opened in other programs; returns the unsubscribe function. */
  onOpen(listener: (target: GlossLinkTarget) => void): () => void;
}

declare global {
  interface Window {
    /** Set by the Electron preload; absent in the browser harness, where no link reaches the app. */
    readonly glossLinks?: GlossLinksBridge;
  }
}

export function onOpenLink(listener: (target: GlossLinkTarget) => void): () => void {
  return window.glossLinks?.onOpen(listener) ?? (() => undefined);
}
