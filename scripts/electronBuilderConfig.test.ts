import { Ajv, type ValidateFunction } from 'ajv';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/** electron-builder.yml checked the way electron-builder reads it: its own JSON schema, from app-builder-lib. */

const root = join(import.meta.dirname, '..');
const require = createRequire(import.meta.url);
// js-yaml is what electron-builder parses its config with (a dependency of app-builder-lib).
const yaml = require('js-yaml') as { load(text: string): unknown };

interface BuilderConfig {
  readonly [key: string]: unknown;
  readonly linux: { readonly target: readonly string[]; readonly icon: string };
  readonly win: { readonly target: string; readonly icon: string };
  readonly mac: { readonly target: string; readonly icon: string };
}

function loadConfig(): BuilderConfig {
  return yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
}

function schemaValidator(): ValidateFunction {
  const scheme = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // The scheme's one non-standard keyword (hooks may be functions); without it `anyOf` would accept anything.
  ajv.addKeyword({
    keyword: 'typeof',
    schemaType: 'string',
    validate: (type: string, data: unknown) => typeof data === type,
  });
  return ajv.compile(scheme);
}

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('electron-builder.yml', () => {
  const config = loadConfig();
  const validate = schemaValidator();

  it("is valid against app-builder-lib's scheme.json", () => {
    validate(config);
    expect(validate.errors ?? []).toEqual([]);
  });

  it('is checked by a validator that rejects unknown keys and wrong types', () => {
    expect(validate({ ...config, electronFuses: { runAsNod: false } })).toBe(false);
    expect(validate({ ...config, asarUnpack: 42 })).toBe(false);
    expect(validate({ ...config, afterPack: 7 })).toBe(false);
  });

  it('flips off every fuse Gloss does not need in the packaged binary', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      enableCookieEncryption: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('names the app, registers gloss:// and ships the seeds and the main bundle', () => {
    expect(config).toMatchObject({
      appId: 'app.gloss.reader',
      productName: 'Gloss',
      directories: { buildResources: 'resources' },
      extraResources: [{ from: 'seeds', to: 'seeds', filter: ['*.txt'] }],
      protocols: [{ name: 'Gloss', schemes: ['gloss'] }],
    });
    expect(config.files).toContain('out/**');
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };
    expect(pkg.main.startsWith('out/')).toBe(true);
  });

  it('builds AppImage and deb, NSIS and dmg, each with the icon from resources/', () => {
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.win.target).toBe('nsis');
    expect(config.mac.target).toBe('dmg');
    for (const icon of [config.linux.icon, config.win.icon, config.mac.icon]) {
      expect(icon).toBe('resources/icon.png');
    }
    // macOS needs at least 512×512 to make its icns.
    expect(pngSize(join(root, 'resources/icon.png'))).toEqual({ width: 512, height: 512 });
    // The deb's control file refuses a build without a maintainer and a homepage.
    expect(config.linux).toHaveProperty('maintainer');
    expect(config.extraMetadata).toHaveProperty('homepage');
  });

  it('unpacks better-sqlite3 and installs the Electron build of it through the afterPack hook', async () => {
    expect(config.asarUnpack).toContain('node_modules/better-sqlite3/**');
    expect(config.npmRebuild).toBe(false);
    const hook = String(config.afterPack);
    expect(existsSync(join(root, hook))).toBe(true);
    const module = (await import(join(root, hook))) as { afterPack?: unknown };
    expect(typeof module.afterPack).toBe('function');
  });

  it('`npm run dist` prepares the Electron addon, builds, then packages', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(pkg.scripts.dist).toBe(
      'node scripts/prepareElectron.mjs && electron-vite build && electron-builder',
    );
  });
});
