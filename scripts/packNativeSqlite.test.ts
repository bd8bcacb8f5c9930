import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkTarget, installAddon, packagedAddonPath, preparedAddonPath } from './packNativeSqlite.mjs';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-pack-'));
  dirs.push(dir);
  return dir;
}

function put(file: string, content: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content);
}

describe('checkTarget', () => {
  const host = { platform: 'linux', arch: 'x64' };

  it('accepts the machine it runs on (Arch enum values as electron-builder passes them)', () => {
    expect(() => checkTarget('linux', 1, host)).not.toThrow();
    expect(() => checkTarget('mas', 3, { platform: 'darwin', arch: 'arm64' })).not.toThrow();
  });

  it.each([
    ['win32', 1],
    ['darwin', 1],
    ['linux', 3],
    ['linux', 4],
  ])('refuses %s arch %i: the addon would not load there', (platform, arch) => {
    expect(() => checkTarget(platform, arch, host)).toThrow(/Run `npm run dist` on the target OS/);
  });
});

describe('installAddon', () => {
  it('replaces the Node-ABI addon in app.asar.unpacked with the Electron one', () => {
    const projectDir = tempDir();
    const resourcesDir = tempDir();
    put(preparedAddonPath(projectDir, '41.0.0'), 'electron abi');
    put(packagedAddonPath(resourcesDir), 'node abi');
    const target = installAddon({ projectDir, resourcesDir, electronVersion: '41.0.0' });
    expect(target).toBe(
      join(resourcesDir, 'app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node'),
    );
    expect(readFileSync(target, 'utf8')).toBe('electron abi');
  });

  it('says what to run when the Electron addon was never built', () => {
    const resourcesDir = tempDir();
    put(packagedAddonPath(resourcesDir), 'node abi');
    expect(() => installAddon({ projectDir: tempDir(), resourcesDir, electronVersion: '41.0.0' })).toThrow(
      /prepareElectron\.mjs/,
    );
  });

  it('refuses a package where better-sqlite3 was not unpacked from the asar', () => {
    const projectDir = tempDir();
    put(preparedAddonPath(projectDir, '41.0.0'), 'electron abi');
    expect(() => installAddon({ projectDir, resourcesDir: tempDir(), electronVersion: '41.0.0' })).toThrow(
      /asarUnpack/,
    );
  });
});
