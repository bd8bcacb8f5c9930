import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { annotationHandlers } from '../annotations/handlers';
import { articleIdByTitle, openSeeded, rangeOf, TOKAYEV_STAGE } from '../annotations/testSupport';
import { backupContents, describeBackups } from './backupContents';
import { migrations } from './migrations';
import { runMigrations } from './runMigrations';

const tempDir = useTempDirs();

describe('backupContents', () => {
  it('counts the articles and the annotations not in the trash', async () => {
    const library = openSeeded(tempDir(), SEED_DIR);
    try {
      const handlers = annotationHandlers(library.db);
      const articleId = articleIdByTitle(library.db, TOKAYEV_STAGE);
      const make = (phrase: string) =>
        handlers.createAnnotation({
          articleId,
          ...rangeOf(library.db, articleId, phrase),
          color: 'yellow',
          style: 'highlight',
          note: '',
          tags: [],
        });
      await make('new development stage');
      const trashed = await make('new parties');
      await handlers.deleteAnnotation({ id: trashed.id });
      const backup = await library.backup();
      expect(describeBackups(library.backupDir, [backup])).toEqual([
        { ...backup, articles: 5, annotations: 1 },
      ]);
    } finally {
      library.close();
    }
  });

  it('gives nulls for what it cannot read: an older schema, or not a database at all', () => {
    const dir = tempDir();
    const old = join(dir, 'old.sqlite');
    const db = new Database(old);
    runMigrations(db, migrations.slice(0, 1));
    db.close();
    expect(backupContents(old)).toEqual({ articles: 0, annotations: null });

    const junk = join(dir, 'junk.sqlite');
    writeFileSync(junk, 'not a database'.repeat(100));
    expect(backupContents(junk)).toEqual({ articles: null, annotations: null });
  });
});
