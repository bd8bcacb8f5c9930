#!/usr/bin/env node
// Runs @doyensec/electronegativity through its package entry (runner.js) and writes its SARIF report.
// Usage: node scripts/electronegativity-run.mjs INPUT_DIR OUTPUT.sarif ELECTRON_VERSION
// Used by scripts/electronegativity.ts; a separate process so the report is fully written on exit.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const pkgDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));

// Electronegativity downloads translations (and Electron's release list) on every run. Gloss scans
// offline and the same on every machine: its bundled English strings, and Electron's version from
// node_modules. `got` is its only network client; this stand-in fails at once, as when offline.
const gotPath = require.resolve('got', { paths: [path.join(pkgDir, 'dist', 'locales')] });
require.cache[gotPath] = {
  id: gotPath,
  filename: gotPath,
  loaded: true,
  exports: () => Promise.reject(new Error('Gloss runs electronegativity offline')),
};

const [input, output, electronVersion] = process.argv.slice(2);
if (!input || !output || !electronVersion) {
  console.error('usage: electronegativity-run.mjs INPUT_DIR OUTPUT.sarif ELECTRON_VERSION');
  process.exit(2);
}

const run = require(path.join(pkgDir, 'dist', 'runner.js'));
run(
  {
    input: path.resolve(input),
    output: path.resolve(output),
    isSarif: true,
    isRelative: true,
    electronVersionOverride: electronVersion,
    customScan: [],
    // Needs the internet (Electron's release notes); Electron's version is kept current through npm.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    parserPlugins: [],
  },
  false,
).then(
  (result) => {
    // A file it cannot parse is skipped silently and would hide its findings: that fails the scan.
    const unparsed = result.errors.filter((error) => !error.tolerable);
    for (const error of unparsed)
      console.error(`electronegativity could not parse ${error.file}: ${error.message}`);
    console.log(
      `electronegativity ran ${result.atomicChecks} atomic and ${result.globalChecks} global checks: ${result.issues.length} findings`,
    );
    if (unparsed.length > 0) process.exitCode = 1;
  },
  (error) => {
    console.error(error);
    process.exitCode = 1;
  },
);
