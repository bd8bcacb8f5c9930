#!/usr/bin/env node
// Gets Gloss ready to run under Electron without disturbing the tests, which run under plain Node:
//  1. fetches Electron's binary if `npm install` skipped it (ELECTRON_SKIP_BINARY_DOWNLOAD=1);
//  2. builds a second copy of better-sqlite3's native addon for Electron's ABI into
//     node_modules/.gloss/electron-<version>/, which the main process loads through `nativeBinding`.
// Both steps need internet on the first run and are skipped once done.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

function fail(message) {
  console.error(`\nGloss could not prepare Electron: ${message}\n`);
  console.error('The browser harness needs neither: `npm run host` serves the same app on http://127.0.0.1.');
  process.exit(1);
}

function run(command, args, options) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  return result.status === 0;
}

function ensureElectronBinary(electronDir) {
  try {
    require('electron'); // throws when the binary was never downloaded
    return;
  } catch {
    console.log('Gloss: downloading Electron (first run only)…');
  }
  const env = { ...process.env };
  delete env.ELECTRON_SKIP_BINARY_DOWNLOAD;
  if (!run(process.execPath, [join(electronDir, 'install.js')], { env })) {
    fail(
      'Electron’s binary could not be downloaded. Check the internet connection and run `npm start` again.',
    );
  }
}

function buildSqliteForElectron(electronVersion, target) {
  if (existsSync(target)) return;
  console.log(`Gloss: building better-sqlite3 for Electron ${electronVersion} (first run only)…`);
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  const work = mkdtempSync(join(tmpdir(), 'gloss-sqlite-electron-'));
  try {
    cpSync(source, work, { recursive: true, filter: (path) => !path.includes(`${join(source, 'build')}`) });
    // The machine's nodedir would point node-gyp at Node's headers; Electron needs its own.
    const env = Object.fromEntries(
      Object.entries(process.env).filter(([key]) => key.toLowerCase() !== 'npm_config_nodedir'),
    );
    const common = [`--runtime=electron`, `--target=${electronVersion}`, `--arch=${process.arch}`];
    const prebuild = join(dirname(require.resolve('prebuild-install/package.json')), 'bin.js');
    const ok =
      run(process.execPath, [prebuild, ...common, `--platform=${process.platform}`], { cwd: work, env }) ||
      run(
        'npx',
        ['--yes', 'node-gyp', 'rebuild', '--release', ...common, '--dist-url=https://electronjs.org/headers'],
        { cwd: work, env, shell: process.platform === 'win32' },
      );
    const built = join(work, 'build', 'Release', 'better_sqlite3.node');
    if (!ok || !existsSync(built)) fail('better-sqlite3 could not be built or downloaded for Electron.');
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(built, target);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const electronDir = dirname(require.resolve('electron/package.json'));
const electronVersion = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version;
ensureElectronBinary(electronDir);
buildSqliteForElectron(
  electronVersion,
  join(root, 'node_modules', '.gloss', `electron-${electronVersion}`, 'better_sqlite3.node'),
);
