/**
 * What the disk-full test does, on a disk it can fill: writes until the disk is full, then checks that
 * each failing write (annotation, export, plain file, backup) fails cleanly with DISK_FULL and leaves
 * nothing half-written, and that all of them work again once space is freed.
 */
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Result } from '../../shared/ipc/errors';
import type { Annotation } from '../../shared/model/annotation';
import { NOTE_MAX_LENGTH } from '../../shared/model/annotation';
import { articleIdByTitle, rangeOf, TOKAYEV_STAGE } from '../../electron/main/annotations/testSupport';
import { openDatabase } from '../../electron/main/db/openDatabase';
import { writeAtomic } from '../../electron/main/export/writeAtomic';
import { PathChoices } from '../../electron/main/chooser/pathChoices';
import { createHandlers } from '../../electron/main/handlers';
import { dispatch } from '../../electron/main/ipc/dispatch';
import { openLibrary, type Library } from '../../electron/main/library';
import { errorCode } from '../../electron/main/db/sqliteErrors';
import { contentDigest } from './digest';
import { SEED_DIR } from './seedDir';

/** How the disk is made full: a filler file on a small tmpfs (real), or SQLite's page limit (simulated). */
export interface Disk {
  readonly kind: 'tmpfs' | 'page-limit';
  fill(library: Library): void;
  free(library: Library): void;
}

export interface Failure {
  readonly code: string;
  readonly message: string;
}

export interface DiskFullReport {
  readonly kind: Disk['kind'];
  /** Creates that still fitted after the disk was filled (the WAL's slack), before the first failure. */
  readonly fittedAfterFill: number;
  readonly createFailure: Failure | null;
  readonly createChangedNothing: boolean;
  readonly updateFailure: Failure | null;
  readonly updateChangedNothing: boolean;
  readonly integrityWhileFull: string;
  /** File-system writes, on the real disk only. */
  readonly exportFailure: Failure | null;
  readonly exportLeftovers: readonly string[];
  readonly writeAtomicCode: string | null;
  readonly writeAtomicKeptOld: boolean;
  readonly writeAtomicLeftovers: readonly string[];
  readonly backupFailure: Failure | null;
  readonly backupLeftovers: readonly string[];
  /** After space came back. */
  readonly afterFree: Readonly<Record<'create' | 'export' | 'writeAtomic' | 'backup', boolean>>;
  readonly reopenedIntegrity: string;
  readonly missingAfterReopen: readonly string[];
}

/** Fills a tmpfs to its last byte with one file. */
export function fillerDisk(dir: string): Disk {
  const filler = join(dir, 'filler');
  return {
    kind: 'tmpfs',
    fill() {
      const fd = openSync(filler, 'w');
      try {
        for (const size of [1 << 16, 4096, 512, 1]) {
          const chunk = Buffer.alloc(size, 0x66);
          for (;;) {
            try {
              writeSync(fd, chunk);
            } catch {
              break;
            }
          }
        }
      } finally {
        closeSync(fd);
      }
    },
    free() {
      rmSync(filler, { force: true });
    },
  };
}

/** No tmpfs to be had: the library may not grow past its current page count, which SQLite reports as SQLITE_FULL. */
export const pageLimitDisk: Disk = {
  kind: 'page-limit',
  fill(library) {
    library.db.pragma(`max_page_count = ${String(library.db.pragma('page_count', { simple: true }))}`);
  },
  free(library) {
    library.db.pragma('max_page_count = 4294967294');
  },
};

const asFailure = (result: Result<unknown>): Failure | null => (result.ok ? null : result.error);

export async function runDiskFullScenario(dataDir: string, disk: Disk): Promise<DiskFullReport> {
  const exportsDir = join(dataDir, 'exports');
  const plainDir = join(dataDir, 'plain');
  mkdirSync(exportsDir, { recursive: true });
  mkdirSync(plainDir, { recursive: true });
  const plainFile = join(plainDir, 'old.md');
  writeFileSync(plainFile, 'old content');

  const library = openLibrary({ dataDir, seedDir: SEED_DIR, autoBackup: false });
  const choices = new PathChoices();
  const handlers = createHandlers(library.db, choices);
  const call = (method: string, input?: unknown): Promise<Result<unknown>> =>
    dispatch(handlers, method, input, () => undefined);
  const articleId = articleIdByTitle(library.db, TOKAYEV_STAGE);
  const range = rangeOf(library.db, articleId, 'new development stage');
  const acknowledged: string[] = [];
  let seq = 0;
  const create = async (): Promise<Result<unknown>> => {
    const note = `${String(seq++)} ${'n'.repeat(NOTE_MAX_LENGTH - 10)}`;
    const result = await call('createAnnotation', {
      articleId,
      ...range,
      color: 'yellow',
      note,
      tags: [`t${String(seq)}`],
    });
    if (result.ok) acknowledged.push((result.value as Annotation).id);
    return result;
  };
  const fsFull = disk.kind === 'tmpfs';
  await create();
  disk.fill(library);

  let fittedAfterFill = 0;
  let createFailure: Failure | null = null;
  let createChangedNothing = false;
  for (let i = 0; i < 500 && !createFailure; i++) {
    const before = contentDigest(library.db);
    createFailure = asFailure(await create());
    if (createFailure) createChangedNothing = contentDigest(library.db) === before;
    else fittedAfterFill++;
  }
  const firstId = acknowledged[0] ?? '';
  const beforeUpdate = contentDigest(library.db);
  const updateFailure = asFailure(
    await call('updateAnnotation', { id: firstId, note: 'u'.repeat(NOTE_MAX_LENGTH), tags: ['changed'] }),
  );
  const updateChangedNothing = contentDigest(library.db) === beforeUpdate;
  const integrityWhileFull = String(library.db.pragma('integrity_check', { simple: true }));

  const exportRequest = {
    format: 'md',
    destination: choices.add('export', [join(exportsDir, 'notes.md')]).handle,
  };
  const exportFailure = fsFull ? asFailure(await call('exportNotes', exportRequest)) : null;
  const exportLeftovers = readdirSync(exportsDir);
  let writeAtomicCode: string | null = null;
  if (fsFull) {
    try {
      writeAtomic(plainFile, 'x'.repeat(1_000_000));
    } catch (error) {
      writeAtomicCode = errorCode(error) ?? 'thrown without a code';
    }
  }
  const writeAtomicKeptOld = readFileSync(plainFile, 'utf8') === 'old content';
  const writeAtomicLeftovers = readdirSync(plainDir);
  let backupFailure: Failure | null = null;
  if (fsFull) {
    try {
      await library.backup();
    } catch (error) {
      backupFailure = { code: errorCode(error) ?? 'none', message: (error as Error).message };
    }
  }
  const backupLeftovers = fsFull ? readdirSync(library.backupDir) : [];

  disk.free(library);
  const afterFree = {
    create: (await create()).ok,
    export: (await call('exportNotes', exportRequest)).ok && readdirSync(exportsDir).join() === 'notes.md',
    writeAtomic: writeAtomic(plainFile, 'new content') > 0 && readdirSync(plainDir).join() === 'old.md',
    backup: (await library.backup()).bytes > 0,
  };
  library.close();

  const reopened = openDatabase(join(dataDir, 'library.sqlite'), {
    fullCheckMaxBytes: Number.POSITIVE_INFINITY,
  });
  const reopenedIntegrity = String(reopened.pragma('integrity_check', { simple: true }));
  const present = new Set(reopened.prepare('SELECT id FROM annotations').pluck().all() as string[]);
  reopened.close();
  return {
    kind: disk.kind,
    fittedAfterFill,
    createFailure,
    createChangedNothing,
    updateFailure,
    updateChangedNothing,
    integrityWhileFull,
    exportFailure,
    exportLeftovers,
    writeAtomicCode,
    writeAtomicKeptOld,
    writeAtomicLeftovers,
    backupFailure,
    backupLeftovers,
    afterFree,
    reopenedIntegrity,
    missingAfterReopen: acknowledged.filter((id) => !present.has(id)),
  };
}
