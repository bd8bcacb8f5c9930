import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { RENDERER_CSP } from '../../shared/ipc/csp';
import { SECURE_WEB_PREFERENCES } from './security/policy';

/**
 * The thin shell's wiring, with only `electron` replaced: the real library opens in a temp folder,
 * and the test checks that index.ts hands the security policy to Electron where it must.
 */

type Listener = (...args: unknown[]) => unknown;

const electron = vi.hoisted(() => {
  const appEvents = new Map<string, Listener[]>();
  const windows: { options: Record<string, unknown>; urls: string[] }[] = [];
  const opened: string[] = [];
  const sent: [string, unknown][] = [];
  const state = {
    userData: '',
    schemes: [] as unknown[],
    protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
    permissionRequest: undefined as Listener | undefined,
    permissionCheck: undefined as Listener | undefined,
    fetched: [] as string[],
    sandboxEnabled: false,
  };
  class BrowserWindow {
    static getAllWindows = () => windows;
    readonly webContents = {
      send: (channel: string, payload: unknown) => sent.push([channel, payload]),
      on: () => undefined,
      setWindowOpenHandler: () => undefined,
    };
    readonly urls: string[] = [];
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this);
    }
    once() {}
    on() {}
    show() {}
    maximize() {}
    isMaximized = () => false;
    isMinimized = () => false;
    restore() {}
    focus() {}
    getNormalBounds = () => ({ x: 0, y: 0, width: 800, height: 600 });
    loadURL(url: string) {
      this.urls.push(url);
      return Promise.resolve();
    }
  }
  const mock = {
    app: {
      isPackaged: false,
      requestSingleInstanceLock: () => true,
      enableSandbox: () => (state.sandboxEnabled = true),
      quit: () => undefined,
      whenReady: () => Promise.resolve(),
      getPath: () => state.userData,
      getAppPath: () => process.cwd(),
      getName: () => 'Gloss',
      on(event: string, listener: Listener) {
        appEvents.set(event, [...(appEvents.get(event) ?? []), listener]);
      },
    },
    BrowserWindow,
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => state.schemes.push(...schemes),
      handle: (scheme: string, handler: (request: Request) => Promise<Response>) => {
        state.protocolHandlers.set(scheme, handler);
      },
    },
    net: {
      fetch: (url: string) => {
        state.fetched.push(url);
        return Promise.resolve(new Response('<!doctype html>', { headers: { 'content-type': 'text/html' } }));
      },
    },
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (handler: Listener) => (state.permissionRequest = handler),
        setPermissionCheckHandler: (handler: Listener) => (state.permissionCheck = handler),
      },
    },
    shell: { openExternal: (url: string) => (opened.push(url), Promise.resolve()) },
    ipcMain: { handle: () => undefined, removeHandler: () => undefined },
    Menu: { buildFromTemplate: () => ({}), setApplicationMenu: () => undefined },
    dialog: {},
  };
  return { mock, appEvents, windows, opened, sent, state };
});

vi.mock('electron', () => ({ ...electron.mock, default: electron.mock }));

function emitApp(event: string, ...args: unknown[]): void {
  for (const listener of electron.appEvents.get(event) ?? []) listener(...args);
}

beforeAll(async () => {
  electron.state.userData = mkdtempSync(join(tmpdir(), 'gloss-index-'));
  await import('./index');
  await vi.waitFor(() => expect(electron.windows).toHaveLength(1), { timeout: 15_000 });
});

afterAll(() => {
  emitApp('will-quit');
  rmSync(electron.state.userData, { recursive: true, force: true });
});

describe('electron/main/index.ts', () => {
  it('opens its window with the secure webPreferences and nothing weaker', () => {
    const prefs = electron.windows[0]?.options.webPreferences;
    expect(prefs).toEqual({
      ...SECURE_WEB_PREFERENCES,
      preload: expect.stringMatching(/preload[\\/]index\.cjs$/) as unknown,
    });
  });

  it('sandboxes every renderer process', () => {
    expect(electron.state.sandboxEnabled).toBe(true);
  });

  it('loads the renderer from app://gloss, never file://', () => {
    expect(electron.windows[0]?.urls).toEqual(['app://gloss/index.html']);
    expect(electron.state.schemes).toEqual([
      { scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) as unknown },
    ]);
  });

  it('serves app:// with the CSP and refuses paths outside the renderer folder', async () => {
    const handler = electron.state.protocolHandlers.get('app');
    expect(handler).toBeDefined();
    const page = await handler?.(new Request('app://gloss/index.html'));
    expect(page?.headers.get('Content-Security-Policy')).toBe(RENDERER_CSP);
    expect(RENDERER_CSP).not.toMatch(/unsafe-inline|unsafe-eval/);
    const fetchedBefore = electron.state.fetched.length;
    const escape = await handler?.(new Request('app://gloss/..%2F..%2Fpackage.json'));
    expect(escape?.status).toBe(404);
    expect(electron.state.fetched).toHaveLength(fetchedBefore);
  });

  it('denies every permission request and check', () => {
    const answers: unknown[] = [];
    electron.state.permissionRequest?.({}, 'media', (granted: boolean) => answers.push(granted));
    expect(answers).toEqual([false]);
    expect(electron.state.permissionCheck?.({}, 'media')).toBe(false);
  });

  it('hardens every WebContents it creates: no navigation away, no windows, external links checked', () => {
    const contents = Object.assign(new EventEmitter(), {
      openHandler: undefined as Listener | undefined,
      setWindowOpenHandler(handler: Listener) {
        this.openHandler = handler;
      },
    });
    emitApp('web-contents-created', {}, contents);
    let prevented = 0;
    const event = (url?: string) => ({ url, preventDefault: () => (prevented += 1) });
    contents.emit('will-navigate', event('https://evil.example/'));
    contents.emit('will-attach-webview', event());
    expect(prevented).toBe(2);
    contents.emit('will-navigate', event('app://gloss/index.html'));
    expect(prevented).toBe(2);
    expect(contents.openHandler?.({ url: 'javascript:alert(1)' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(electron.opened).toEqual(['https://example.com/']);
  });

  it('hands gloss:// links from a second instance or open-url to the window, and nothing else', () => {
    const ARTICLE = '00000000-0000-4000-8000-000000000001';
    const NOTE = '00000000-0000-4000-a000-000000000002';
    emitApp('second-instance', {}, ['/opt/Gloss/gloss', `gloss://article/${ARTICLE}#annotation-${NOTE}`]);
    emitApp('second-instance', {}, ['/opt/Gloss/gloss', 'gloss://article/x/../../etc']);
    let prevented = false;
    emitApp('open-url', { preventDefault: () => (prevented = true) }, `gloss://article/${ARTICLE}`);
    emitApp('open-url', { preventDefault: () => undefined }, 'https://example.com/');
    expect(prevented).toBe(true);
    expect(electron.sent).toEqual([
      ['gloss-open-link', { articleId: ARTICLE, annotationId: NOTE }],
      ['gloss-open-link', { articleId: ARTICLE, annotationId: null }],
    ]);
  });
});
