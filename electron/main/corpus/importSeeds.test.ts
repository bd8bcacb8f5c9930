import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { getArticle, listArticles } from '../db/articleRepo';
import { openDatabase } from '../db/openDatabase';
import { importSeeds } from './importSeeds';
import { importTexts } from './importTexts';

const tempDir = useTempDirs();

describe('importSeeds', () => {
  it('imports the five seeds once, then nothing on the next start', () => {
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    const first = importSeeds(db, SEED_DIR);
    expect(first).toMatchObject({ created: 5, updated: 0, unchanged: 0, failed: [] });
    const second = importSeeds(db, SEED_DIR);
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 5 });
    expect(second.ids).toEqual(first.ids);
  });

  it('updates a changed seed in place, keeping its id', () => {
    const seeds = tempDir();
    cpSync(SEED_DIR, seeds, { recursive: true });
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    importSeeds(db, seeds);
    const file = join(seeds, '002_68347aa140c2326c.txt');
    const before = listArticles(db, { offset: 0, limit: 10, sort: 'title', direction: 'asc' }).items.find(
      (a) => a.title.startsWith('President Tokayev: Kazakhstan enters'),
    );
    expect(before).toBeDefined();
    writeFileSync(file, readFileSync(file, 'utf8') + '\nA closing paragraph added by the editor.\n');
    const report = importSeeds(db, seeds);
    expect(report).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    const after = getArticle(db, before?.id ?? '');
    expect(after.blocks.at(-1)?.text).toBe('A closing paragraph added by the editor.');
  });

  it('reports a text it cannot clean and still imports the rest', () => {
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    const report = importTexts(db, [
      { origin: 'test:empty', raw: '   \n\n  ' },
      { origin: 'test:good', raw: 'A title\n\nA paragraph of article text that is long enough.' },
    ]);
    expect(report.created).toBe(1);
    expect(report.failed).toHaveLength(1);
    expect(report.failed[0]?.origin).toBe('test:empty');
  });
});
