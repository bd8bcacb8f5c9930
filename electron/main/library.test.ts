import Database from 'better-sqlite3';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Result } from '../../shared/ipc/errors';
import type { Annotation } from '../../shared/model/annotation';
import type { RecoveryReport, RestoreResult } from '../../shared/model/backup';
import { DAMAGES, damage, fillPages } from '../../tests/crash/damage';
import { SEED_DIR, useTempDirs } from '../../tests/helpers/tempDir';
import { articleIdByTitle, rangeOf, TOKAYEV_STAGE } from './annotations/testSupport';
import { BACKUP_DIR, backupName } from './db/backups';
import { LATEST_VERSION, migrations } from './db/migrations';
import { LIBRARY_FILE } from './db/openDatabase';
import { runMigrations } from './db/runMigrations';
import { createHandlers } from './handlers';
import { dispatch } from './ipc/dispatch';
import { CHECK_MARKER, openLibrary, type Library } from './library';

const tempDir = useTempDirs();
const noLog = (): undefined => undefined;

function open(dataDir: string): Library {
  return openLibrary({ dataDir, seedDir: SEED_DIR, autoBackup: false });
}

/** The contract as the renderer reaches it, over a library's connection. */
function client(library: Library) {
  const handlers = createHandlers(library.db);
  const call = async <T>(method: string, input?: unknown): Promise<Result<T>> =>
    (await dispatch(handlers, method, input, noLog)) as Result<T>;
  const value = async <T>(method: string, input?: unknown): Promise<T> => {
    const result = await call<T>(method, input);
    if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
    return result.value;
  };
  const articleId = articleIdByTitle(library.db, TOKAYEV_STAGE);
  const annotate = (phrase: string): Promise<Annotation> =>
    value<Annotation>('createAnnotation', {
      articleId,
      ...rangeOf(library.db, articleId, phrase),
      color: 'yellow',
      note: phrase,
    });
  const notes = async (): Promise<string[]> =>
    (await value<Annotation[]>('listAnnotations')).map((a) => a.note).sort();
  return { call, value, annotate, notes };
}

describe('openLibrary', () => {
  it('opens a sound library with nothing to report', async () => {
    const library = open(tempDir());
    expect(library.recovery).toBeNull();
    expect(await client(library).value('getStartupNotice')).toBeNull();
    expect(library.listBackups()).toEqual([]);
    library.close();
  });

  it.each(DAMAGES)(
    'finds a %s at start, keeps the damaged file aside, restores the newest sound backup and says so once',
    async (how) => {
      const dataDir = tempDir();
      const first = open(dataDir);
      const before = client(first);
      await before.annotate('new development stage');
      fillPages(first.db);
      const backup = await first.backup();
      await before.annotate('new parties');
      first.close();
      damage(join(dataDir, LIBRARY_FILE), how);

      const library = open(dataDir);
      const report = library.recovery;
      expect(report).toMatchObject({
        restoredFrom: backup,
        damagedCopy: expect.stringMatching(/library\.corrupt-\d{8}T\d{9}Z\.sqlite$/u) as unknown,
      });
      expect(report?.message).toMatch(
        /^Gloss found your library file damaged \(.+\)\. It restored the backup from \d{4}-\d\d-\d\d \d\d:\d\d UTC; changes made after that time are not in it\. The damaged file was kept as library\.corrupt-/u,
      );
      expect(existsSync(report?.damagedCopy ?? '')).toBe(true);
      const after = client(library);
      expect(await after.notes()).toEqual(['new development stage']);
      expect(await after.value<RecoveryReport | null>('getStartupNotice')).toEqual(report);
      expect(await after.value('getStartupNotice')).toBeNull();
      expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
      library.close();
    },
  );

  it('starts a new library with the seeds, and says so, when there is no sound backup', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    await client(first).annotate('new development stage');
    fillPages(first.db);
    first.close();
    damage(join(dataDir, LIBRARY_FILE), 'smashed header');
    const library = open(dataDir);
    expect(library.recovery?.restoredFrom).toBeNull();
    expect(library.recovery?.message).toMatch(/started a new, empty library/);
    expect(await client(library).notes()).toEqual([]);
    expect(library.seedReport?.created).toBe(5);
    library.close();
  });

  it('checks every page at the next start once a backup has found the library damaged, whatever its size', async () => {
    const dataDir = tempDir();
    const first = open(dataDir);
    await client(first).annotate('new development stage');
    fillPages(first.db, 40_000, 220); // past the size checked at every open
    const good = await first.backup();
    first.close();
    damage(join(dataDir, LIBRARY_FILE), 'smashed page');

    const unaware = open(dataDir);
    expect(unaware.recovery).toBeNull();
    await expect(unaware.backup()).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(existsSync(join(dataDir, CHECK_MARKER))).toBe(true);
    unaware.close();

    const library = open(dataDir);
    expect(library.recovery?.restoredFrom).toEqual(good);
    expect(existsSync(join(dataDir, CHECK_MARKER))).toBe(false);
    expect(await client(library).notes()).toEqual(['new development stage']);
    library.close();
  });

  it('backs up an existing library before migrating it, and a new one never', () => {
    const fresh = open(tempDir());
    expect(fresh.listBackups()).toEqual([]);
    fresh.close();

    const dataDir = tempDir();
    const old = new Database(join(dataDir, LIBRARY_FILE));
    runMigrations(old, migrations, 20);
    old.prepare("INSERT INTO settings (key, value) VALUES ('from', '\"an older Gloss\"')").run();
    old.close();
    const library = open(dataDir);
    const [backup, ...more] = library.listBackups();
    expect(more).toEqual([]);
    expect(backup?.reason).toBe('before-migration');
    const copy = new Database(join(dataDir, BACKUP_DIR, backup?.name ?? ''), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(20);
    expect(copy.prepare("SELECT value FROM settings WHERE key = 'from'").pluck().get()).toBe(
      '"an older Gloss"',
    );
    copy.close();
    expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    library.close();
  });

  it('takes the daily backup at most once a day', async () => {
    const library = open(tempDir());
    const now = new Date('2025-05-03T09:00:00.000Z');
    expect(await library.backupIfDue(now)).toMatchObject({ reason: 'daily', createdAt: now.toISOString() });
    expect(await library.backupIfDue(new Date(now.getTime() + 60 * 60 * 1000))).toBeNull();
    expect(await library.backupIfDue(new Date(now.getTime() + 25 * 60 * 60 * 1000))).toMatchObject({
      reason: 'daily',
    });
    expect(library.listBackups()).toHaveLength(2);
    library.close();
  });

  it('schedules the daily backup after start, and stops with the library', async () => {
    const log = vi.fn();
    const library = openLibrary({
      dataDir: tempDir(),
      seedDir: SEED_DIR,
      autoBackup: { delayMs: 5, everyMs: 20 },
      log,
    });
    await vi.waitFor(() => expect(library.listBackups()).toHaveLength(1), { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(library.listBackups()).toHaveLength(1);
    library.close();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(log).not.toHaveBeenCalled();
  });
});

describe('restoreBackup through the contract', () => {
  it('verifies the backup, keeps the current library as a backup, restores in place, and the handlers go on working', async () => {
    const dataDir = tempDir();
    const library = open(dataDir);
    const { value, annotate, notes } = client(library);
    await annotate('new development stage');
    const backup = await library.backup();
    await annotate('new parties');
    // Listed with what it holds: the five seeds and the one annotation made before it.
    expect(await value('listBackups')).toEqual([{ ...backup, articles: 5, annotations: 1 }]);

    const result = await value<RestoreResult>('restoreBackup', { name: backup.name });
    expect(result).toMatchObject({
      restored: backup,
      keptAside: { reason: 'before-restore' },
      damagedCopy: null,
    });
    expect(result.message).toMatch(
      /^Restored the backup from .+ UTC\. The library as it was just before is saved as the backup library-.+-before-restore\.sqlite\.$/u,
    );
    expect(await notes()).toEqual(['new development stage']);
    await annotate('Senate meeting');
    expect(await notes()).toEqual(['Senate meeting', 'new development stage']);
    expect(await value('search', { q: 'Tokayev' })).toMatchObject({ total: expect.any(Number) as unknown });

    // The restore itself can be undone from the copy it kept.
    await value('restoreBackup', { name: result.keptAside?.name });
    expect(await notes()).toEqual(['new development stage', 'new parties']);
    expect(library.db.pragma('integrity_check', { simple: true })).toBe('ok');
    library.close();
  });

  it('restores a backup from before a migration and migrates it on the spot', async () => {
    const dataDir = tempDir();
    const old = new Database(join(dataDir, LIBRARY_FILE));
    runMigrations(old, migrations, 20);
    old.close();
    const library = open(dataDir);
    const [backup] = library.listBackups();
    await library.restoreBackup(backup?.name ?? '');
    expect(library.db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    expect(library.db.prepare('SELECT count(*) FROM annotations').pluck().get()).toBe(0);
    library.close();
  });

  it('refuses a malformed name, a missing backup and a damaged one, changing nothing', async () => {
    const dataDir = tempDir();
    const library = open(dataDir);
    const { call, annotate, notes } = client(library);
    await annotate('new development stage');
    expect(await call('restoreBackup', { name: '../library.sqlite' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    const missing = backupName(new Date(), 'daily');
    expect(await call('restoreBackup', { name: missing })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const backup = await library.backup();
    writeFileSync(join(dataDir, BACKUP_DIR, backup.name), 'garbage '.repeat(1000));
    expect(await call('restoreBackup', { name: backup.name })).toMatchObject({
      ok: false,
      error: {
        code: 'DB_CORRUPT',
        message: expect.stringMatching(/cannot be restored .*nothing was changed/u) as unknown,
      },
    });
    expect(await notes()).toEqual(['new development stage']);
    expect(readdirSync(join(dataDir, BACKUP_DIR))).toEqual([backup.name]);
    library.close();
  });
});
