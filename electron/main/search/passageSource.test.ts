import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { upsertArticle } from '../db/articleRepo';
import { openDatabase } from '../db/openDatabase';
import { foldedBlocks } from './passageSource';
import { searchLibrary } from './searchLibrary';

const tempDir = useTempDirs();

const draft = (...texts: string[]) => ({
  title: 'Birds',
  source: null,
  author: null,
  publishedAt: null,
  blocks: texts.map((text) => ({ kind: 'paragraph' as const, text })),
});

describe('folded blocks for passages', () => {
  it('folds each block with its offsets, and folds again once the article changes', () => {
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    const { id } = upsertArticle(
      db,
      'test:a',
      'h1',
      draft('A cormorant 👍 dried its wings.', 'The de-bureaucratization went on.'),
    );
    const first = foldedBlocks(db, id);
    expect(first.map((b) => [b.index, b.start])).toEqual([
      [0, 0],
      [1, 32],
    ]);
    expect(first[1]?.haystack).toContain('debureaucratization');
    expect(foldedBlocks(db, id)).toBe(first);

    upsertArticle(db, 'test:a', 'h2', draft('A heron waited.'));
    expect(foldedBlocks(db, id).map((b) => b.text)).toEqual(['A heron waited.']);
    const page = searchLibrary(db, { q: 'heron', limit: 5, offset: 0, seq: 1 });
    expect(page.hits[0]?.passages[0]?.snippet).toBe('A heron waited.');
    expect(foldedBlocks(db, 'no-such-article')).toEqual([]);
  });
});
