import Database from 'better-sqlite3';
import { copyFileSync, existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { damage, fillPages } from '../../../tests/crash/damage';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { backupName, createBackup } from './backups';
import { migrations } from './migrations';
import { LIBRARY_FILE, openDatabase } from './openDatabase';
import { damagedCopyPath, newestSoundBackup, recoverAtStart, restoreInPlace } from './recovery';
import { runMigrations } from './runMigrations';

const tempDir = useTempDirs();
const T0 = new Date('2025-05-03T09:14:00.123Z');

function setting(db: Database.Database, key: string): unknown {
  return db.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);
}

function put(db: Database.Database, key: string, value: string): void {
  db.prepare('INSERT OR REPLACE INTO settings (key, value) VALUES (?, ?)').run(key, JSON.stringify(value));
}

describe('recoverAtStart', () => {
  it('keeps the damaged file and its WAL aside and puts the newest sound backup in its place', async () => {
    const root = tempDir();
    const file = join(root, LIBRARY_FILE);
    const backupDir = join(root, 'backups');
    const db = openDatabase(file);
    put(db, 'state', 'older');
    await createBackup(db, backupDir, 'daily', { now: T0 });
    put(db, 'state', 'newer');
    const sound = await createBackup(db, backupDir, 'daily', { now: new Date(T0.getTime() + 1000) });
    db.close();
    // A newer backup that went bad on disk is skipped.
    const bad = backupName(new Date(T0.getTime() + 2000), 'manual');
    writeFileSync(join(backupDir, bad), 'garbage '.repeat(1000));
    writeFileSync(`${file}-wal`, 'the damaged file’s log');
    writeFileSync(`${file}-shm`, 'its index');

    const now = new Date('2025-05-04T10:00:00.000Z');
    const report = recoverAtStart({
      file,
      backupDir,
      problem: 'The library file is damaged: database disk image is malformed',
      now,
    });
    const aside = damagedCopyPath(file, now);
    expect(report).toMatchObject({ damagedCopy: aside, restoredFrom: sound });
    expect(report.message).toBe(
      'Gloss found your library file damaged (database disk image is malformed). It restored the backup from ' +
        `2025-05-03 09:14 UTC; changes made after that time are not in it. The damaged file was kept as ` +
        `library.corrupt-20250504T100000000Z.sqlite in ${root}.`,
    );
    expect(readdirSync(root).sort()).toEqual(
      [
        'backups',
        LIBRARY_FILE,
        'library.corrupt-20250504T100000000Z.sqlite',
        'library.corrupt-20250504T100000000Z.sqlite-shm',
        'library.corrupt-20250504T100000000Z.sqlite-wal',
      ].sort(),
    );
    const restored = openDatabase(file);
    expect(setting(restored, 'state')).toBe('"newer"');
    restored.close();
  });

  it('starts a new library, and says so, when no backup is sound', () => {
    const root = tempDir();
    const file = join(root, LIBRARY_FILE);
    writeFileSync(file, 'garbage '.repeat(1000));
    const report = recoverAtStart({
      file,
      backupDir: join(root, 'backups'),
      problem: 'file is not a database',
      now: T0,
    });
    expect(report.restoredFrom).toBeNull();
    expect(report.message).toMatch(
      /^Gloss found your library file damaged \(file is not a database\)\. There was no sound backup to restore, so Gloss started a new, empty library\. The damaged file was kept as library\.corrupt-20250503T091400123Z\.sqlite in /u,
    );
    expect(existsSync(file)).toBe(false);
    expect(newestSoundBackup(join(root, 'backups'))).toBeNull();
  });
});

describe('restoreInPlace', () => {
  it('replaces the content under open connections, which keep working and see the restored library', async () => {
    const root = tempDir();
    const file = join(root, LIBRARY_FILE);
    const db = openDatabase(file);
    fillPages(db, 300);
    put(db, 'state', 'backed up');
    const backup = await createBackup(db, join(root, 'backups'), 'manual');
    put(db, 'state', 'after the backup');
    db.prepare("DELETE FROM settings WHERE key LIKE 'filler-%'").run();
    const other = new Database(file); // another process's connection, in effect
    const read = db.prepare("SELECT value FROM settings WHERE key = 'state'").pluck();
    expect(read.get()).toBe('"after the backup"');

    await restoreInPlace(db, file, join(root, 'backups', backup.name));

    expect(read.get()).toBe('"backed up"');
    expect(setting(other, 'state')).toBe('"backed up"');
    expect(db.prepare("SELECT count(*) FROM settings WHERE key LIKE 'filler-%'").pluck().get()).toBe(300);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    put(db, 'state', 'written after the restore');
    expect(setting(other, 'state')).toBe('"written after the restore"');
    other.close();
    db.close();
    const reopened = openDatabase(file, { fullCheckMaxBytes: Number.POSITIVE_INFINITY });
    expect(setting(reopened, 'state')).toBe('"written after the restore"');
    reopened.close();
  });

  it('brings back an older schema, which the caller then migrates on the same connection', async () => {
    const root = tempDir();
    const old = join(root, 'old.sqlite');
    const oldDb = new Database(old);
    runMigrations(oldDb, migrations, 10);
    oldDb.close();
    const file = join(root, LIBRARY_FILE);
    const db = openDatabase(file);
    await restoreInPlace(db, file, old);
    expect(db.pragma('user_version', { simple: true })).toBe(10);
    runMigrations(db);
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    db.close();
  });

  it('restores over a library damaged inside (a copy of the damaged file is what the caller keeps)', async () => {
    const root = tempDir();
    const file = join(root, LIBRARY_FILE);
    const setup = openDatabase(file);
    fillPages(setup);
    setup.close();
    copyFileSync(file, join(root, 'good.sqlite'));
    damage(file, 'smashed page');
    const db = openDatabase(file, { fullCheckMaxBytes: 0 });
    await restoreInPlace(db, file, join(root, 'good.sqlite'));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    db.close();
  });
});
