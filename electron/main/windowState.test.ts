import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './paths';
import { restorableState } from './windowState';

const screen = [{ x: 0, y: 0, width: 1920, height: 1080 }];

describe('restorableState', () => {
  it('restores a window that is on screen', () => {
    const saved = { bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true };
    expect(restorableState(saved, screen)).toEqual(saved);
  });

  it('drops a window left on a display that is gone', () => {
    const saved = { bounds: { x: 2500, y: 80, width: 1000, height: 700 }, maximized: false };
    expect(restorableState(saved, screen)).toBeNull();
    expect(restorableState(saved, [...screen, { x: 1920, y: 0, width: 1920, height: 1080 }])).toEqual(saved);
  });

  it.each([
    null,
    'x',
    {},
    { bounds: { x: 0, y: 0, width: 'big', height: 1 } },
    { bounds: { x: 0, y: 0, width: 50, height: 50 } },
  ])('ignores malformed or tiny state %#', (saved) => {
    expect(restorableState(saved, screen)).toBeNull();
  });
});

describe('defaultDataDir', () => {
  it('matches where Electron keeps userData on each OS', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/cfg' }, 'linux')).toBe('/cfg/Gloss');
    expect(defaultDataDir({ APPDATA: 'C:/Users/u/AppData/Roaming' }, 'win32')).toMatch(/Roaming[\\/]Gloss$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library[\\/]Application Support[\\/]Gloss$/);
  });
});
