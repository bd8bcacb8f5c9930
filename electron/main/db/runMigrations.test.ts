import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { GlossError } from '../errors';
import { migrations } from './migrations';
import type { Migration } from './migrations/types';
import { readUserVersion, runMigrations } from './runMigrations';

describe('runMigrations', () => {
  it('runs every migration in order and records the last version', () => {
    const db = new Database(':memory:');
    const latest = runMigrations(db);
    expect(latest).toBe(migrations.at(-1)?.version);
    expect(readUserVersion(db)).toBe(latest);
  });

  it('lists migrations in strictly increasing version order', () => {
    const versions = migrations.map((m) => m.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it('is a no-op on an up-to-date database', () => {
    const db = new Database(':memory:');
    runMigrations(db);
    const tables = db.prepare('SELECT name FROM sqlite_schema ORDER BY name').all();
    runMigrations(db);
    expect(db.prepare('SELECT name FROM sqlite_schema ORDER BY name').all()).toEqual(tables);
  });

  it('refuses a database written by a newer version, changing nothing', () => {
    const db = new Database(':memory:');
    db.pragma('user_version = 9999');
    expect(() => runMigrations(db)).toThrow(GlossError);
    expect(() => runMigrations(db)).toThrow(/newer version of Gloss/);
    expect(readUserVersion(db)).toBe(9999);
    expect(db.prepare('SELECT count(*) AS n FROM sqlite_schema').get()).toEqual({ n: 0 });
  });

  it('rolls a failing migration back and keeps the version of the last good one', () => {
    const db = new Database(':memory:');
    const steps: Migration[] = [
      { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x)') },
      {
        version: 2,
        name: 'broken',
        up: (d) => {
          d.exec('CREATE TABLE two (x)');
          throw new Error('boom');
        },
      },
    ];
    expect(() => runMigrations(db, steps)).toThrow('boom');
    expect(readUserVersion(db)).toBe(1);
    const names = db.prepare('SELECT name FROM sqlite_schema').all();
    expect(names).toEqual([{ name: 'one' }]);
  });

  it('stops at a chosen version (for migration tests)', () => {
    const db = new Database(':memory:');
    expect(runMigrations(db, migrations, 10)).toBe(10);
  });
});
