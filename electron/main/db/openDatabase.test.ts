import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { DAMAGES, damage, fillPages } from '../../../tests/crash/damage';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { GlossError } from '../errors';
import { LATEST_VERSION, migrations } from './migrations';
import { openDatabase, verifyIntegrity } from './openDatabase';
import { runMigrations } from './runMigrations';

const tempDir = useTempDirs();

const SYNCHRONOUS_FULL = 2;

function expectDurable(db: Database.Database): void {
  expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
  expect(db.pragma('synchronous', { simple: true })).toBe(SYNCHRONOUS_FULL);
  expect(db.pragma('fullfsync', { simple: true })).toBe(1);
  expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
  expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
}

/** A closed library with many pages and no WAL beside it. */
function filledLibrary(): string {
  const file = join(tempDir(), 'library.sqlite');
  const db = openDatabase(file);
  fillPages(db);
  db.close();
  return file;
}

describe('openDatabase', () => {
  it('sets its durability pragmas on a fresh and on an existing database', () => {
    const file = join(tempDir(), 'nested', 'library.sqlite');
    for (let round = 0; round < 2; round++) {
      const db = openDatabase(file);
      expectDurable(db);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      db.close();
    }
  });

  it('sets them on a database an older Gloss left in rollback-journal mode, and migrates it', () => {
    const file = join(tempDir(), 'library.sqlite');
    const old = new Database(file);
    old.pragma('journal_mode = DELETE');
    runMigrations(old, migrations, 10);
    old.close();
    const beforeMigrate = vi.fn();
    const db = openDatabase(file, { beforeMigrate });
    expectDurable(db);
    expect(beforeMigrate).toHaveBeenCalledExactlyOnceWith(db, 10, LATEST_VERSION);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
    db.close();
  });

  it('does not call the migration hook for a new library or an up-to-date one', () => {
    const file = join(tempDir(), 'library.sqlite');
    const beforeMigrate = vi.fn();
    openDatabase(file, { beforeMigrate }).close();
    openDatabase(file, { beforeMigrate }).close();
    expect(beforeMigrate).not.toHaveBeenCalled();
  });

  it('refuses a file that is not a database with a clear, typed error', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, 'this is not a database at all, just some text '.repeat(200));
    expect(() => openDatabase(file)).toThrow(GlossError);
    expect(() => openDatabase(file)).toThrow(/library file is damaged/);
  });

  it.each(DAMAGES)('detects a %s at open', (how) => {
    const file = filledLibrary();
    damage(file, how);
    let thrown: unknown;
    try {
      openDatabase(file).close();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GlossError);
    expect(thrown).toMatchObject({
      code: 'DB_CORRUPT',
      message: expect.stringMatching(/^The library file is damaged: /u) as unknown,
    });
  });

  it('leaves the full page check to the backup above its size limit, where verifyIntegrity still finds the damage', () => {
    const file = filledLibrary();
    damage(file, 'smashed page');
    const db = openDatabase(file, { fullCheckMaxBytes: 0 });
    expect(verifyIntegrity(db).length).toBeGreaterThan(0);
    expect(verifyIntegrity(db, 'integrity_check').length).toBeGreaterThan(0);
    db.close();
  });

  it('reports a sound file as sound, and throws (never reports damage) when the check itself cannot run', () => {
    const db = openDatabase(filledLibrary());
    expect(verifyIntegrity(db)).toEqual([]);
    expect(verifyIntegrity(db, 'integrity_check')).toEqual([]);
    db.close();
    expect(() => verifyIntegrity(db)).toThrow(/not open/);
  });
});
