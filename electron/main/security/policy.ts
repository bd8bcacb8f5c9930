import { isTrustedRendererUrl } from '../trustedOrigin';

/**
 * Gloss's Electron security policy as plain data and functions (electron/docs/tutorial/security.md).
 * Nothing here imports Electron: index.ts wires it in, the tests run it under Node.
 */

/** The webPreferences of every Gloss window; index.ts adds only the preload path. */
export const SECURE_WEB_PREFERENCES = Object.freeze({
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  webviewTag: false,
  navigateOnDragDrop: false,
  // Middle-click would otherwise open links as new windows (they are denied anyway, see handleWindowOpen).
  disableBlinkFeatures: 'Auxclick',
  spellcheck: false,
} as const);

const EXTERNAL_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** Only web and mail links leave the app, and only once `URL` has parsed them. */
export function isAllowedExternalUrl(url: string): boolean {
  try {
    return EXTERNAL_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}

/** Gloss asks for no permission (camera, notifications, geolocation…): every request is refused. */
export function denyPermissionRequest(
  _contents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

/** Synchronous permission checks (`navigator.permissions`, …) answer "denied" too. */
export function denyPermissionCheck(): boolean {
  return false;
}

/**
 * `window.open` and target=_blank never create a window: an allowed external link goes to the
 * user's browser through `openExternal`, anything else is dropped.
 */
export function handleWindowOpen(url: string, openExternal: (url: string) => unknown): { action: 'deny' } {
  if (isAllowedExternalUrl(url)) void openExternal(url);
  return { action: 'deny' };
}

/** A window may only navigate within the Gloss renderer (app://gloss, or the dev server in development). */
export function isAllowedNavigation(url: string, devServerUrl: string | undefined): boolean {
  return isTrustedRendererUrl(url, devServerUrl);
}

interface PreventableEvent {
  preventDefault(): void;
}

/** The part of Electron's WebContents the policy needs, so it can be driven by a fake in tests. */
export interface HardenableContents {
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void;
  on(event: 'will-navigate', listener: (event: PreventableEvent & { url: string }) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: PreventableEvent) => void): unknown;
}

export interface HardenOptions {
  readonly devServerUrl: string | undefined;
  readonly openExternal: (url: string) => unknown;
}

/** Applied to every WebContents Gloss creates (app 'web-contents-created'): no new windows, no navigation away, no webviews. */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  contents.setWindowOpenHandler(({ url }) => handleWindowOpen(url, options.openExternal));
  contents.on('will-navigate', (event) => {
    if (!isAllowedNavigation(event.url, options.devServerUrl)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
