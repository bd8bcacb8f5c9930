// electron-builder afterPack hook (electron-builder.yml): puts the better-sqlite3 addon built for
// Electron's ABI — the copy scripts/prepareElectron.mjs made in node_modules/.gloss/ — into the
// packaged app's app.asar.unpacked, where better-sqlite3 loads it from. node_modules keeps the copy
// built for Node, so packaging never breaks `npm test`.
import { copyFileSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** builder-util's `Arch` enum, by value. */
const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

/** Where prepareElectron.mjs leaves the addon for a given Electron version. */
export function preparedAddonPath(projectDir, electronVersion) {
  return join(projectDir, 'node_modules', '.gloss', `electron-${electronVersion}`, 'better_sqlite3.node');
}

/** Where better-sqlite3 looks for its addon inside the packaged app (asarUnpack keeps it out of the asar). */
export function packagedAddonPath(resourcesDir) {
  return join(
    resourcesDir,
    'app.asar.unpacked',
    'node_modules',
    'better-sqlite3',
    'build',
    'Release',
    'better_sqlite3.node',
  );
}

/**
 * The addon is built for this machine, so the package must be for this machine too; anything else
 * is refused with the reason instead of shipping an app that cannot open its library.
 */
export function checkTarget(
  electronPlatformName,
  arch,
  host = { platform: process.platform, arch: process.arch },
) {
  const platform = electronPlatformName === 'mas' ? 'darwin' : electronPlatformName;
  const archName = ARCH_NAMES[arch] ?? String(arch);
  if (platform !== host.platform || archName !== host.arch) {
    throw new Error(
      `Gloss packages only for the machine it is built on (${host.platform}-${host.arch}), not ${platform}-${archName}: ` +
        'better-sqlite3 is built for Electron on this machine. Run `npm run dist` on the target OS.',
    );
  }
}

/** Copies the prepared addon over the Node-ABI one electron-builder copied from node_modules. */
export function installAddon({ projectDir, resourcesDir, electronVersion }) {
  const source = preparedAddonPath(projectDir, electronVersion);
  const target = packagedAddonPath(resourcesDir);
  if (!existsSync(source)) {
    throw new Error(
      `${source} is missing: run \`node scripts/prepareElectron.mjs\` (npm run dist does) first.`,
    );
  }
  if (!existsSync(target)) {
    throw new Error(`${target} is missing: better-sqlite3 must be in asarUnpack (electron-builder.yml).`);
  }
  copyFileSync(source, target);
  return target;
}

/** @param {import('electron-builder').AfterPackContext} context */
export async function afterPack(context) {
  checkTarget(context.electronPlatformName, context.arch);
  const projectDir = context.packager.projectDir;
  const electronPackage = join(projectDir, 'node_modules', 'electron', 'package.json');
  const electronVersion = JSON.parse(readFileSync(electronPackage, 'utf8')).version;
  const target = installAddon({
    projectDir,
    resourcesDir: context.packager.getResourcesDir(context.appOutDir),
    electronVersion,
  });
  console.log(`  • Gloss: better-sqlite3 for Electron ${electronVersion} → ${target}`);
}

export default afterPack;
