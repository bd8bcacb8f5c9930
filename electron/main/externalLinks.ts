const ALLOWED_PROTOCOLS = new Set(['https:', 'http:', 'mailto:']);

/** Only web and mail links leave the app, and only once `URL` has parsed them. */
export function isExternalLinkAllowed(url: string): boolean {
  try {
    return ALLOWED_PROTOCOLS.has(new URL(url).protocol);
  } catch {
    return false;
  }
}
