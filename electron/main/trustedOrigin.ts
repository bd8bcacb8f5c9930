/** The scheme the packaged renderer is served from, so pages never run from file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://gloss`;

/**
 * Whether a frame URL is the Gloss renderer: the app protocol, or in development the dev server
 * electron-vite started. Everything else (an injected iframe, a navigated page) is refused.
 */
export function isTrustedRendererUrl(url: string, devServerUrl: string | undefined): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_SCHEME}:` && parsed.host === 'gloss') return true;
  if (!devServerUrl) return false;
  try {
    return parsed.origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}
