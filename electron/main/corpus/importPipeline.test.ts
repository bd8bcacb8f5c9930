import type { Database } from 'better-sqlite3';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateArticles } from '../../../bench/corpus';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { openDatabase } from '../db/openDatabase';
import { searchLibrary } from '../search/searchLibrary';
import { importTextsInBulk } from './importPipeline';
import { importTexts } from './importTexts';

const tempDir = useTempDirs();

/** What a library holds, without the random ids. */
function contents(db: Database): unknown[] {
  return db
    .prepare(
      `SELECT a.origin, a.title, a.source, a.author, a.published_at, a.word_count, t.kinds, t.body
         FROM articles a JOIN article_texts t ON t.article_id = a.id ORDER BY a.origin`,
    )
    .all();
}

const titlesFor = (db: Database, query: string): string[] =>
  searchLibrary(db, { q: query, limit: 20, offset: 0, seq: 1 })
    .hits.map((hit) => hit.title)
    .sort();

describe('importTextsInBulk', () => {
  it('stores and indexes exactly what importTexts does, with texts prepared on worker threads', async () => {
    const sources = generateArticles(440, 7);
    sources.splice(220, 0, { origin: 'bad:empty', raw: '   \n\n  ' });
    const serial = openDatabase(join(tempDir(), 'serial.sqlite'));
    const bulk = openDatabase(join(tempDir(), 'bulk.sqlite'));

    const expected = importTexts(serial, sources, '2026-01-01T00:00:00.000Z');
    const progress: number[] = [];
    const report = await importTextsInBulk(bulk, sources, {
      workers: 2,
      batchSize: 100,
      now: '2026-01-01T00:00:00.000Z',
      onProgress: (done) => progress.push(done),
    });

    expect(report).toMatchObject({
      created: 440,
      updated: 0,
      unchanged: 0,
      preparedOffThread: sources.length,
    });
    expect(report.failed).toEqual([
      { origin: 'bad:empty', message: expect.stringMatching(/no text/u) as unknown },
    ]);
    expect(report.failed).toEqual(expected.failed);
    expect(contents(bulk)).toEqual(contents(serial));
    expect(progress).toEqual([100, 200, 300, 400, 441]);
    // The index came with the import: nothing is left queued, and both libraries answer alike.
    expect(bulk.prepare('SELECT count(*) FROM search_pending').pluck().get()).toBe(0);
    const word = (contents(serial)[0] as { title: string }).title.split(' ')[1] ?? '';
    expect(titlesFor(bulk, word)).toEqual(titlesFor(serial, word));
    expect(titlesFor(bulk, word).length).toBeGreaterThan(0);
  });

  it('reports unchanged texts on a second run and keeps their ids', async () => {
    const sources = generateArticles(410, 3);
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    const first = await importTextsInBulk(db, sources, { workers: 1 });
    const second = await importTextsInBulk(db, sources, { workers: 1 });
    expect(second).toMatchObject({ created: 0, unchanged: 410, failed: [], preparedOffThread: 410 });
    expect(second.ids).toEqual(first.ids);
  });
});
