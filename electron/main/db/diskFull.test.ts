import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  pageLimitDisk,
  runDiskFullScenario,
  type DiskFullReport,
} from '../../../tests/crash/diskFullScenario';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { DISK_FULL_MESSAGE } from './sqliteErrors';

const tempDir = useTempDirs();
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CHILD = join(ROOT, 'tests', 'crash', 'diskFullChild.ts');

/** A private mount namespace (user namespace too, so CI without root works where allowed) with a small tmpfs on `dir`. */
const IN_TMPFS = 'mount -t tmpfs -o size=8m tmpfs "$1" && shift && exec "$@"';

function tmpfsAvailable(dir: string): boolean {
  return (
    spawnSync('unshare', ['-rm', 'sh', '-c', IN_TMPFS, 'sh', dir, 'true'], { stdio: 'ignore' }).status === 0
  );
}

function runOnTmpfs(dir: string): DiskFullReport {
  const child = spawnSync(
    'unshare',
    ['-rm', 'sh', '-c', IN_TMPFS, 'sh', dir, process.execPath, '--import', 'tsx', CHILD, dir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  if (child.status !== 0)
    throw new Error(`disk-full child failed (${String(child.status)}):\n${child.stderr}`);
  const last = child.stdout.trim().split('\n').at(-1) ?? '';
  return JSON.parse(last) as DiskFullReport;
}

/** What must hold on any full disk: the library's own writes. */
function expectCleanSqliteFailures(report: DiskFullReport): void {
  expect(report.createFailure).toEqual({ code: 'DISK_FULL', message: DISK_FULL_MESSAGE });
  expect(report.createChangedNothing).toBe(true);
  // The update may still fit in space the failed create freed; either way, all or nothing.
  if (report.updateFailure) expect(report.updateFailure.code).toBe('DISK_FULL');
  expect(report.updateChangedNothing).toBe(report.updateFailure !== null);
  expect(report.integrityWhileFull).toBe('ok');
  expect(report.afterFree.create).toBe(true);
  expect(report.reopenedIntegrity).toBe('ok');
  expect(report.missingAfterReopen).toEqual([]);
}

describe('a full disk', () => {
  it('makes every write fail cleanly, in plain words, and all work again once space is back (tmpfs)', async () => {
    const dir = tempDir();
    if (!tmpfsAvailable(dir)) {
      console.warn(
        'unshare/tmpfs unavailable: the disk-full test falls back to SQLite max_page_count, without its file checks',
      );
      expectCleanSqliteFailures(await runDiskFullScenario(dir, pageLimitDisk));
      return;
    }
    const report = runOnTmpfs(dir);
    expect(report.kind).toBe('tmpfs');
    expectCleanSqliteFailures(report);
    // An export: refused, nothing written. (exportNotes reports it as INTERNAL with the system's words for now.)
    expect(report.exportFailure?.message).toMatch(/disk is full|no space left on device/iu);
    expect(report.exportLeftovers).toEqual([]);
    // writeAtomic itself: the old file whole, no temporary file beside it.
    expect(report.writeAtomicCode).toBe('ENOSPC');
    expect(report.writeAtomicKeptOld).toBe(true);
    expect(report.writeAtomicLeftovers).toEqual(['old.md']);
    // A backup: refused, no partial copy kept.
    expect(report.backupFailure).toMatchObject({ code: 'DISK_FULL', message: DISK_FULL_MESSAGE });
    expect(report.backupLeftovers).toEqual([]);
    expect(report.afterFree).toEqual({ create: true, export: true, writeAtomic: true, backup: true });
  }, 90_000);

  it('fails SQLite writes cleanly at a page limit too (the fallback where no tmpfs can be mounted)', async () => {
    const report = await runDiskFullScenario(tempDir(), pageLimitDisk);
    expect(report.kind).toBe('page-limit');
    expectCleanSqliteFailures(report);
  });
});
