import { homedir } from 'node:os';
import { join } from 'node:path';

export const APP_NAME = 'Gloss';

/**
 * The per-OS folder Electron's `app.getPath('userData')` resolves to for Gloss, so the app,
 * the browser harness and the CLI share one library by default.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), APP_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', APP_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), APP_NAME);
}
