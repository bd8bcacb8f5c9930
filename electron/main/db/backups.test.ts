import Database from 'better-sqlite3';
import { existsSync, mkdirSync, readdirSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BACKUP_NAME_PATTERN } from '../../../shared/model/backup';
import { damage, fillPages } from '../../../tests/crash/damage';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import {
  backupName,
  checkBackupFile,
  createBackup,
  createBackupSync,
  isBackupDue,
  KEEP_BACKUPS,
  listBackups,
  parseBackupName,
  rotateBackups,
} from './backups';
import { LATEST_VERSION } from './migrations';
import { openDatabase } from './openDatabase';

const tempDir = useTempDirs();
const HOUR = 60 * 60 * 1000;
const T0 = new Date('2025-05-03T09:14:00.123Z');

function library(): { db: Database.Database; dir: string } {
  const root = tempDir();
  const db = openDatabase(join(root, 'library.sqlite'));
  fillPages(db, 500);
  return { db, dir: join(root, 'backups') };
}

function settingsCount(file: string): number {
  const db = new Database(file, { readonly: true });
  try {
    return db.prepare('SELECT count(*) FROM settings').pluck().get() as number;
  } finally {
    db.close();
  }
}

describe('backup names', () => {
  it('encode the time to the millisecond and the reason, and parse back', () => {
    const name = backupName(T0, 'before-migration');
    expect(name).toBe('library-20250503T091400123Z-before-migration.sqlite');
    expect(BACKUP_NAME_PATTERN.test(name)).toBe(true);
    expect(parseBackupName(name)).toEqual({ createdAt: T0.toISOString(), reason: 'before-migration' });
  });

  it.each([
    'library-20251303T091400123Z-daily.sqlite',
    'library-20250503T091400123Z-weekly.sqlite',
    'library-20250503T091400123Z-daily.sqlite-wal',
    '../library-20250503T091400123Z-daily.sqlite',
    '.partial-0123456789ab.sqlite',
    'library.sqlite',
  ])('rejects %s', (name) => {
    expect(parseBackupName(name)).toBeNull();
  });
});

describe('createBackup', () => {
  it('writes a verified, self-contained copy while the library stays usable, and lists it', async () => {
    const { db, dir } = library();
    const pending = createBackup(db, dir, 'manual', { now: T0 });
    db.prepare("INSERT INTO settings (key, value) VALUES ('during', '1')").run();
    const backup = await pending;
    expect(backup).toMatchObject({
      name: backupName(T0, 'manual'),
      createdAt: T0.toISOString(),
      reason: 'manual',
    });
    expect(readdirSync(dir)).toEqual([backup.name]);
    const copy = join(dir, backup.name);
    expect(checkBackupFile(copy)).toEqual([]);
    expect(settingsCount(copy)).toBeGreaterThanOrEqual(500);
    const opened = new Database(copy, { readonly: true });
    expect(opened.pragma('journal_mode', { simple: true })).toBe('delete');
    expect(opened.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    opened.close();
    expect(listBackups(dir)).toEqual([backup]);
    db.close();
  });

  it('has a synchronous twin (VACUUM INTO) for the backup taken before a migration', () => {
    const { db, dir } = library();
    const backup = createBackupSync(db, dir, 'before-migration', { now: T0 });
    expect(checkBackupFile(join(dir, backup.name))).toEqual([]);
    expect(settingsCount(join(dir, backup.name))).toBe(500);
    expect(readdirSync(dir)).toEqual([backup.name]);
    db.close();
  });

  it('never keeps a copy of a damaged library as a backup, but can keep it aside', async () => {
    const root = tempDir();
    const file = join(root, 'library.sqlite');
    const setup = openDatabase(file);
    fillPages(setup);
    setup.close();
    damage(file, 'smashed page');
    const db = openDatabase(file, { fullCheckMaxBytes: 0 });
    const dir = join(root, 'backups');
    await expect(createBackup(db, dir, 'daily')).rejects.toMatchObject({ code: 'DB_CORRUPT' });
    expect(readdirSync(dir)).toEqual([]);
    expect(() => createBackupSync(db, dir, 'before-migration')).toThrow();
    expect(readdirSync(dir)).toEqual([]);
    const aside = join(root, 'library.corrupt-x.sqlite');
    await expect(createBackup(db, dir, 'before-restore', { keepDamagedAt: aside })).rejects.toMatchObject({
      code: 'DB_CORRUPT',
    });
    expect(existsSync(aside)).toBe(true);
    expect(listBackups(dir)).toEqual([]);
    db.close();
  });

  it('gives a second backup in the same millisecond its own name', async () => {
    const { db, dir } = library();
    const a = await createBackup(db, dir, 'manual', { now: T0 });
    const b = await createBackup(db, dir, 'manual', { now: T0 });
    expect(a.name).not.toBe(b.name);
    expect(listBackups(dir).map((x) => x.name)).toEqual([b.name, a.name]);
    db.close();
  });

  it('sweeps copies abandoned by a crashed writer, but not one being written now', async () => {
    const { db, dir } = library();
    mkdirSync(dir, { recursive: true });
    const old = join(dir, '.partial-aaaaaaaaaaaa.sqlite');
    const fresh = join(dir, '.partial-bbbbbbbbbbbb.sqlite');
    writeFileSync(old, 'half a copy');
    writeFileSync(fresh, 'half a copy');
    const twoHoursAgo = new Date(Date.now() - 2 * HOUR);
    utimesSync(old, twoHoursAgo, twoHoursAgo);
    const backup = await createBackup(db, dir, 'manual');
    expect(readdirSync(dir).sort()).toEqual(['.partial-bbbbbbbbbbbb.sqlite', backup.name].sort());
    db.close();
  });
});

describe('rotation and schedule', () => {
  it(`keeps the ${KEEP_BACKUPS} newest, and always the newest taken before a migration`, async () => {
    const { db, dir } = library();
    const first = await createBackup(db, dir, 'before-migration', { now: new Date(T0.getTime()) });
    const made = [first.name];
    for (let i = 1; i <= 9; i++)
      made.push((await createBackup(db, dir, 'daily', { now: new Date(T0.getTime() + i * 24 * HOUR) })).name);
    const kept = listBackups(dir).map((b) => b.name);
    expect(kept).toEqual([...made.slice(-KEEP_BACKUPS).reverse(), first.name]);
    expect(rotateBackups(dir, 2, [made[5] ?? ''])).toEqual([made[7], made[6], made[4], made[3]]);
    expect(listBackups(dir).map((b) => b.name)).toEqual([made[9], made[8], made[5], first.name]);
    db.close();
  });

  it('is due at most daily, and again when the clock was set back', async () => {
    const { db, dir } = library();
    expect(isBackupDue(dir, T0)).toBe(true);
    await createBackup(db, dir, 'daily', { now: T0 });
    expect(isBackupDue(dir, new Date(T0.getTime() + 23 * HOUR))).toBe(false);
    expect(isBackupDue(dir, new Date(T0.getTime() + 24 * HOUR))).toBe(true);
    expect(isBackupDue(dir, new Date(T0.getTime() - 48 * HOUR))).toBe(true);
    db.close();
  });
});

describe('checkBackupFile', () => {
  it('refuses garbage, an empty database and one from a newer Gloss', () => {
    const dir = tempDir();
    const garbage = join(dir, 'garbage.sqlite');
    writeFileSync(garbage, 'not a database '.repeat(500));
    expect(checkBackupFile(garbage).length).toBeGreaterThan(0);
    const empty = join(dir, 'empty.sqlite');
    new Database(empty).close();
    expect(checkBackupFile(empty)).toEqual(['it holds no library']);
    const newer = join(dir, 'newer.sqlite');
    const db = new Database(newer);
    db.pragma(`user_version = ${LATEST_VERSION + 10}`);
    db.close();
    expect(checkBackupFile(newer)[0]).toMatch(/newer version of Gloss/);
    expect(checkBackupFile(join(dir, 'missing.sqlite')).length).toBeGreaterThan(0);
  });
});
