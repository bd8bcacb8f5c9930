import { app, BrowserWindow, net, protocol, screen, session, shell } from 'electron';
import { existsSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import { readSetting, writeSetting } from './db/settingsRepo';
import { createHandlers } from './handlers';
import { bindIpc } from './ipc/bindIpc';
import { openLibrary, type Library } from './library';
import { installMenu } from './menu';
import { isExternalLinkAllowed } from './externalLinks';
import { APP_ORIGIN, APP_SCHEME, isTrustedRendererUrl } from './trustedOrigin';
import { DEFAULT_SIZE, restorableState } from './windowState';

const devServerUrl = app.isPackaged ? undefined : process.env.ELECTRON_RENDERER_URL;
const rendererDir = join(__dirname, '../renderer');
const WINDOW_KEY = 'window';

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

/** During development better-sqlite3 is built a second time for Electron's ABI (scripts/prepareElectron.mjs). */
function electronNativeBinding(): string | undefined {
  if (app.isPackaged) return undefined;
  const file = join(app.getAppPath(), 'node_modules', '.gloss', `electron-${process.versions.electron}`, 'better_sqlite3.node');
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
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
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
    webPreferences: {
      preload: join(__dirname, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    },
  });
  if (saved?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (isExternalLinkAllowed(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.on('will-attach-webview', (event) => event.preventDefault());
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
  app.on('second-instance', () => {
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
    bindIpc(createHandlers(library.db), (url) => isTrustedRendererUrl(url, devServerUrl));
    installMenu(() => win, !app.isPackaged);
    win = createWindow(library);
    win.on('closed', () => (win = null));
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
