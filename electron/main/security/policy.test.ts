import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import {
  denyPermissionCheck,
  denyPermissionRequest,
  handleWindowOpen,
  hardenWebContents,
  isAllowedExternalUrl,
  isAllowedNavigation,
  SECURE_WEB_PREFERENCES,
  type HardenableContents,
} from './policy';

describe('SECURE_WEB_PREFERENCES', () => {
  it('isolates the renderer, sandboxes it and gives it no Node', () => {
    expect(SECURE_WEB_PREFERENCES).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(Object.isFrozen(SECURE_WEB_PREFERENCES)).toBe(true);
    // The preload path is the only thing index.ts adds.
    expect(SECURE_WEB_PREFERENCES).not.toHaveProperty('preload');
  });
});

describe('isAllowedExternalUrl', () => {
  it.each([
    ['https://astanatimes.com/x', true],
    ['http://example.com', true],
    ['HTTPS://EXAMPLE.COM/', true],
    ['mailto:someone@example.com', true],
    ['javascript:alert(1)', false],
    ['JavaScript:alert(1)', false],
    [' javascript:alert(1)', false],
    ['file:///etc/passwd', false],
    ['smb://server/share', false],
    ['ms-msdt:/id PCWDiagnostic', false],
    ['data:text/html,<script>alert(1)</script>', false],
    ['app://gloss/index.html', false],
    ['gloss://open', false],
    ['//example.com', false],
    ['garbage', false],
    ['', false],
  ])('%s → %s', (url, expected) => {
    expect(isAllowedExternalUrl(url)).toBe(expected);
  });
});

describe('permissions', () => {
  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen'])(
    'denies a %s request and every check',
    (permission) => {
      const answers: boolean[] = [];
      denyPermissionRequest({}, permission, (granted) => answers.push(granted));
      expect(answers).toEqual([false]);
      expect(denyPermissionCheck()).toBe(false);
    },
  );
});

describe('handleWindowOpen', () => {
  it('never opens a window, and passes only allowed links to openExternal', () => {
    const opened: string[] = [];
    const open = (url: string) => opened.push(url);
    for (const url of [
      'https://example.com/a',
      'javascript:alert(1)',
      'file:///etc/passwd',
      'mailto:a@b.c',
      'app://gloss/x',
    ]) {
      expect(handleWindowOpen(url, open)).toEqual({ action: 'deny' });
    }
    expect(opened).toEqual(['https://example.com/a', 'mailto:a@b.c']);
  });
});

describe('isAllowedNavigation', () => {
  it.each([
    ['app://gloss/index.html', undefined, true],
    ['app://gloss/other.html', undefined, true],
    ['app://evil/index.html', undefined, false],
    ['https://example.com/', undefined, false],
    ['file:///etc/passwd', undefined, false],
    ['http://localhost:5173/', 'http://localhost:5173', true],
    ['http://localhost:5173/', undefined, false],
  ])('%s (dev %s) → %s', (url, dev, expected) => {
    expect(isAllowedNavigation(url, dev)).toBe(expected);
  });
});

/** A stand-in for Electron's WebContents: an EventEmitter with a window-open handler slot. */
class FakeContents extends EventEmitter implements HardenableContents {
  openHandler: ((details: { url: string }) => { action: 'deny' }) | undefined;
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'deny' }): void {
    this.openHandler = handler;
  }
  /** Emits like Electron does and reports whether a listener called preventDefault. */
  dispatch(name: string, url?: string): boolean {
    let prevented = false;
    this.emit(name, { url, preventDefault: () => (prevented = true) });
    return prevented;
  }
}

describe('hardenWebContents', () => {
  function harden(devServerUrl?: string) {
    const contents = new FakeContents();
    const opened: string[] = [];
    hardenWebContents(contents, { devServerUrl, openExternal: (url) => opened.push(url) });
    return { contents, opened };
  }

  it('blocks navigation away from the app but not within it', () => {
    const { contents } = harden();
    expect(contents.dispatch('will-navigate', 'https://evil.example/')).toBe(true);
    expect(contents.dispatch('will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(contents.dispatch('will-navigate', 'javascript:alert(1)')).toBe(true);
    expect(contents.dispatch('will-navigate', 'app://gloss/index.html')).toBe(false);
  });

  it('lets the dev server navigate only in development', () => {
    expect(harden('http://localhost:5173').contents.dispatch('will-navigate', 'http://localhost:5173/')).toBe(
      false,
    );
    expect(harden().contents.dispatch('will-navigate', 'http://localhost:5173/')).toBe(true);
  });

  it('refuses every webview', () => {
    expect(harden().contents.dispatch('will-attach-webview')).toBe(true);
  });

  it('denies window.open and hands allowed links to the browser', () => {
    const { contents, opened } = harden();
    expect(contents.openHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
    expect(contents.openHandler?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    expect(opened).toEqual(['https://example.com/']);
  });
});
