import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { GlossError } from '../errors';
import { LATEST_VERSION } from './migrations';
import { openDatabase, verifyIntegrity } from './openDatabase';

const tempDir = useTempDirs();

describe('openDatabase', () => {
  it('sets its pragmas on a fresh and on an existing database', () => {
    const file = join(tempDir(), 'nested', 'library.sqlite');
    for (let round = 0; round < 2; round++) {
      const db = openDatabase(file);
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(db.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
      expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(db.pragma('user_version', { simple: true })).toBe(LATEST_VERSION);
      db.close();
    }
  });

  it('refuses a file that is not a database with a clear, typed error', () => {
    const file = join(tempDir(), 'library.sqlite');
    writeFileSync(file, 'this is not a database at all, just some text '.repeat(200));
    expect(() => openDatabase(file)).toThrow(GlossError);
    expect(() => openDatabase(file)).toThrow(/cannot be read/);
  });

  it('detects a smashed header', () => {
    const file = join(tempDir(), 'library.sqlite');
    openDatabase(file).close();
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(100, 0x41), 0, 100, 0);
    closeSync(fd);
    expect(() => openDatabase(file)).toThrow(/cannot be read/);
  });

  it('finds damaged pages with verifyIntegrity', () => {
    const file = join(tempDir(), 'library.sqlite');
    const db = openDatabase(file);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    db.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`k${i}`, 'v'.repeat(200));
    })();
    expect(verifyIntegrity(db)).toEqual([]);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const bytes = readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    // Overwrite the middle of the file (a b-tree page of settings) with garbage.
    const page = Math.floor(bytes.length / pageSize / 2);
    bytes.fill(0x5a, page * pageSize, page * pageSize + pageSize);
    writeFileSync(file, bytes);
    const reopened = openDatabase(file, { readonly: true });
    expect(verifyIntegrity(reopened).length).toBeGreaterThan(0);
    reopened.close();
  });
});
