import { listPackage } from '@electron/asar';
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/**
 * electron-builder run for real on electron-builder.yml (the `dir` target, Linux), with a stand-in
 * Electron binary that carries Electron's fuse wire: the packaged app must come out with its fuses
 * flipped, the Electron build of better-sqlite3 unpacked from the asar, and the seeds beside it.
 * Electron's own binary cannot be downloaded here; everything else is the real packaging path.
 */

const root = join(import.meta.dirname, '..', '..');
const outDir = process.env.GLOSS_OUT_DIR ?? join(root, 'out');
const require = createRequire(import.meta.url);
const electronVersion = (
  JSON.parse(readFileSync(require.resolve('electron/package.json'), 'utf8')) as { version: string }
).version;

// @electron/fuses' wire: sentinel, version 1, length, then one byte per fuse ('0' off, '1' on).
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
const FUSES = [
  'runAsNode',
  'enableCookieEncryption',
  'enableNodeOptionsEnvironmentVariable',
  'enableNodeCliInspectArguments',
  'enableEmbeddedAsarIntegrityValidation',
  'onlyLoadAppFromAsar',
  'loadBrowserProcessSpecificV8Snapshot',
  'grantFileProtocolExtraPrivileges',
] as const;
// Electron's defaults, so every fuse the config sets must really be flipped.
const STOCK_WIRE = '10111001';
const ADDON_MARK = 'better-sqlite3 built for Electron (stand-in)';

function readFuses(binary: string): Record<string, boolean> {
  const bytes = readFileSync(binary);
  const at = bytes.indexOf(SENTINEL) + SENTINEL.length;
  expect(at).toBeGreaterThanOrEqual(SENTINEL.length);
  const wire = bytes.subarray(at + 2, at + 2 + (bytes[at + 1] ?? 0)).toString('latin1');
  return Object.fromEntries(FUSES.map((name, i) => [name, wire[i] === '1']));
}

/** node_modules for the temporary project: hard links when on the same disk, else a copy. */
function copyTree(from: string, to: string): void {
  try {
    mkdirSync(to, { recursive: true });
    for (const entry of readdirSync(from, { withFileTypes: true })) {
      const source = join(from, entry.name);
      const target = join(to, entry.name);
      if (entry.isDirectory()) copyTree(source, target);
      else if (entry.isFile()) linkSync(source, target);
      else cpSync(source, target, { verbatimSymlinks: true });
    }
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  }
}

let work = '';
let appDir = '';
let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'gloss-dist-'));
  const project = join(work, 'project');
  mkdirSync(join(project, 'scripts'), { recursive: true });
  for (const file of [
    'package.json',
    'package-lock.json',
    'electron-builder.yml',
    'scripts/packNativeSqlite.mjs',
  ]) {
    cpSync(join(root, file), join(project, file));
  }
  for (const dir of ['seeds', 'resources']) cpSync(join(root, dir), join(project, dir), { recursive: true });
  cpSync(outDir, join(project, 'out'), { recursive: true });
  copyTree(join(root, 'node_modules'), join(project, 'node_modules'));
  // What scripts/prepareElectron.mjs leaves for `npm run dist`.
  const addonDir = join(project, 'node_modules', '.gloss', `electron-${electronVersion}`);
  rmSync(addonDir, { recursive: true, force: true });
  mkdirSync(addonDir, { recursive: true });
  writeFileSync(join(addonDir, 'better_sqlite3.node'), ADDON_MARK);

  const electronDist = join(work, 'electron');
  mkdirSync(electronDist);
  writeFileSync(join(electronDist, 'electron'), `#!/bin/sh\n${SENTINEL}\x01\x08${STOCK_WIRE}\n`, 'latin1');
  chmodSync(join(electronDist, 'electron'), 0o755);
  writeFileSync(join(electronDist, 'LICENSE'), 'MIT');
  writeFileSync(join(electronDist, 'version'), electronVersion);

  const cli = join(root, 'node_modules', 'electron-builder', 'cli.js');
  build = spawnSync(
    process.execPath,
    [
      cli,
      '--linux',
      'dir',
      '--publish',
      'never',
      `-c.electronDist=${electronDist}`,
      `-c.electronVersion=${electronVersion}`,
    ],
    { cwd: project, encoding: 'utf8', env: { ...process.env, CI: 'true' } },
  );
  appDir = join(project, 'dist', 'linux-unpacked');
}, 180_000);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe('npm run dist (electron-builder on electron-builder.yml)', () => {
  it('packages without error', () => {
    expect(build.status, `${String(build.stdout)}\n${String(build.stderr)}`).toBe(0);
    expect(existsSync(join(appDir, 'gloss'))).toBe(true);
  });

  it('flips the fuses in the packaged binary', () => {
    expect(readFuses(join(appDir, 'gloss'))).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships the Electron build of better-sqlite3 outside the asar', () => {
    const addon = join(
      appDir,
      'resources/app.asar.unpacked/node_modules/better-sqlite3/build/Release/better_sqlite3.node',
    );
    expect(readFileSync(addon, 'utf8')).toBe(ADDON_MARK);
  });

  it('puts the built app and its runtime dependencies in the asar, and nothing of the sources', () => {
    const files = new Set(
      listPackage(join(appDir, 'resources', 'app.asar'), { isPack: false }).map((f) =>
        f.replaceAll('\\', '/'),
      ),
    );
    for (const file of [
      '/package.json',
      '/out/main/index.js',
      '/out/preload/index.cjs',
      '/out/renderer/index.html',
      '/node_modules/better-sqlite3/lib/index.js',
      '/node_modules/bindings/bindings.js',
      '/node_modules/zod/package.json',
    ]) {
      expect(files.has(file), file).toBe(true);
    }
    for (const prefix of [
      '/electron/',
      '/renderer/',
      '/tests/',
      '/seeds/',
      '/node_modules/electron/',
      '/node_modules/vitest/',
    ]) {
      expect(
        [...files].filter((f) => f.startsWith(prefix)),
        prefix,
      ).toEqual([]);
    }
  });

  it('puts the seeds beside the asar, where the packaged app reads them', () => {
    const seeds = readdirSync(join(root, 'seeds')).filter((f) => f.endsWith('.txt'));
    expect(seeds.length).toBeGreaterThan(0);
    expect(readdirSync(join(appDir, 'resources', 'seeds')).sort()).toEqual(seeds.sort());
  });
});
