import { app, BrowserWindow, net, protocol, screen, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { glossLinkInArgv, parseGlossLink } from '../../shared/export/links';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import { LINK_CHANNEL } from '../../shared/ipc/menuCommands';
import { readSetting, writeSetting } from './db/settingsRepo';
import { createHandlers } from './handlers';
import { bindIpc } from './ipc/bindIpc';
import { openLibrary, type Library } from './library';
import { LinkInbox } from './linkInbox';
import { installMenu } from './menu';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  hardenWebContents,
  SECURE_WEB_PREFERENCES,
} from './security/policy';
import { nativeDialogs } from './nativeDialogs';
import { PathChoices } from './chooser/pathChoices';
import { APP_ORIGIN, APP_SCHEME, isTrustedRendererUrl } from './trustedOrigin';
import { DEFAULT_SIZE, restorableState } from './windowState';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(__dirname, '../renderer');
const WINDOW_KEY = 'window';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/**
 * During development better-sqlite3 is built a second time for Electron's ABI (scripts/prepareElectron.mjs).
 * The packaged app needs no path: scripts/packNativeSqlite.mjs put that build where better-sqlite3 looks.
 */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = join(
    app.getAppPath(),
    'node_modules',
    '.gloss',
    `electron-${process.versions.electron}`,
    'better_sqlite3.node',
  );
  return existsSync(file) ? file : undefined;
}

function serveRenderer(): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const { pathname } = new URL(request.url);
    const file = normalize(join(rendererDir, pathname === '/' ? 'index.html' : decodeURIComponent(pathname)));
    if (!file.startsWith(rendererDir + sep)) return new Response('Not found', { status: 404 });
    const response = await net.fetch(pathToFileURL(file).toString());
    const headers = new Headers(response.headers);
    headers.set('Content-Security-Policy', RENDERER_CSP);
    return new Response(response.body, { status: response.status, headers });
  });
}

function hardenSession(): void {
  session.defaultSession.setPermissionRequestHandler(denyPermissionRequest);
  session.defaultSession.setPermissionCheckHandler(denyPermissionCheck);
}

function createWindow(library: Library): BrowserWindow {
  const saved = restorableState(
    readSetting(library.db, WINDOW_KEY),
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(saved?.bounds ?? DEFAULT_SIZE),
    minWidth: 480,
    minHeight: 360,
    show: false,
    title: 'Gloss',
    backgroundColor: '#00000000',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: join(__dirname, '../preload/index.cjs') },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => {
    writeSetting(library.db, WINDOW_KEY, { bounds: win.getNormalBounds(), maximized: win.isMaximized() });
  });
  void win.loadURL(devServerUrl ?? `${APP_ORIGIN}/index.html`);
  return win;
}

function start(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  let win: BrowserWindow | null = null;
  // gloss:// links from exported notes: in argv on Windows and Linux, by open-url on macOS.
  const links = new LinkInbox();
  links.receive(glossLinkInArgv(process.argv));
  app.on('open-url', (event, url) => {
    event.preventDefault();
    links.receive(parseGlossLink(url));
  });
  app.enableSandbox(); // every renderer, whatever its webPreferences say
  app.on('web-contents-created', (_event, contents) => {
    hardenWebContents(contents, { devServerUrl, openExternal: (url) => shell.openExternal(url) });
  });
  app.on('second-instance', (_event, argv) => {
    links.receive(glossLinkInArgv(argv));
    if (!win) return;
    if (win.isMinimized()) win.restore();
    win.focus();
  });

  void app.whenReady().then(() => {
    const library = openLibrary({
      dataDir: app.getPath('userData'),
      seedDir: app.isPackaged ? join(process.resourcesPath, 'seeds') : join(app.getAppPath(), 'seeds'),
      nativeBinding: electronNativeBinding(),
    });
    hardenSession();
    serveRenderer();
    const choices = new PathChoices(nativeDialogs(() => win));
    bindIpc(createHandlers(library.db, choices), (url) => isTrustedRendererUrl(url, devServerUrl));
    installMenu(() => win, !app.isPackaged);
    win = createWindow(library);
    const shown = win;
    links.connect((target) => shown.webContents.send(LINK_CHANNEL, target));
    win.on('closed', () => {
      links.disconnect();
      win = null;
    });
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) win = createWindow(library);
    });
    app.on('window-all-closed', () => {
      if (process.platform !== 'darwin') app.quit();
    });
    app.on('will-quit', () => library.close());
  });
}

start();
