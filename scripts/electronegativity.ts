/**
 * `npm run scan [-- OUT_DIR] [--sarif FILE]`: electronegativity over the built app (out/, or
 * GLOSS_OUT_DIR), then its SARIF report against .electronegativity-baseline.json. Electronegativity
 * always exits 0; this fails on any finding the baseline does not accept, and on a stale baseline.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  compareWithBaseline,
  describeComparison,
  parseBaseline,
  parseSarif,
} from './electronegativityBaseline';

const root = resolve(import.meta.dirname, '..');
const BASELINE = join(root, '.electronegativity-baseline.json');

function fail(message: string): never {
  console.error(`scan: ${message}`);
  process.exit(1);
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

const { values, positionals } = parseArgs({ allowPositionals: true, options: { sarif: { type: 'string' } } });
const input = resolve(positionals[0] ?? process.env.GLOSS_OUT_DIR ?? join(root, 'out'));
if (!existsSync(join(input, 'main', 'index.js')))
  fail(`${input} holds no built app: run \`npm run build\` first.`);
const sarifFile = resolve(
  values.sarif ?? join(mkdtempSync(join(tmpdir(), 'gloss-scan-')), 'electronegativity.sarif'),
);

const electronPackage = readJson(createRequire(import.meta.url).resolve('electron/package.json')) as {
  version: string;
};
const scan = spawnSync(
  process.execPath,
  [join(root, 'scripts', 'electronegativity-run.mjs'), input, sarifFile, electronPackage.version],
  { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8', env: { ...process.env, LANG: 'en-US' } },
);
// Its own line about translations it was never meant to fetch here is noise.
for (const line of scan.stdout.split('\n'))
  if (line && !line.includes('updated translations')) console.log(line);
if (scan.status !== 0) fail('electronegativity did not finish (see above).');
if (!existsSync(sarifFile)) fail(`electronegativity wrote no report at ${sarifFile}.`);

const comparison = compareWithBaseline(parseSarif(readJson(sarifFile)), parseBaseline(readJson(BASELINE)));
for (const line of describeComparison(comparison)) console.log(line);
console.log(`scan: SARIF report at ${sarifFile}`);
if (comparison.unexpected.length > 0 || comparison.stale.length > 0) {
  fail(
    'fix the new findings, or review them and add them to .electronegativity-baseline.json with a reason.',
  );
}
