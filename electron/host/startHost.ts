import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { harnessHandlers } from '../main/chooser/harnessHandlers';
import { PathChoices } from '../main/chooser/pathChoices';
import { createHandlers } from '../main/handlers';
import { openLibrary, type Library } from '../main/library';
import { createHostServer } from './server';

export interface StartHostOptions {
  readonly dataDir: string;
  readonly seedDir?: string | undefined;
  readonly rendererDir: string;
  /** 0 picks a free port. */
  readonly port?: number;
}

export interface RunningHost {
  readonly url: string;
  readonly token: string;
  readonly library: Library;
  close(): Promise<void>;
}

export async function startHost(options: StartHostOptions): Promise<RunningHost> {
  const library = openLibrary({ dataDir: options.dataDir, seedDir: options.seedDir });
  const token = randomBytes(24).toString('base64url');
  // No native dialogs here: the page sends typed paths to the harness-only route, which hands out handles.
  const choices = new PathChoices();
  const server = createHostServer({
    handlers: createHandlers(library.db, choices),
    harness: harnessHandlers(choices),
    rendererDir: options.rendererDir,
    token,
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    token,
    library,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          library.close();
          resolve();
        });
      }),
  };
}
