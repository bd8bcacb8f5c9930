import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import type { ArticleDraft } from '../../../shared/model/article';
import { BLOCK_SEPARATOR } from '../../../shared/text/canonical';
import { GlossError } from '../errors';
import { countArticles, getArticle, listArticles, upsertArticle } from './articleRepo';
import { openDatabase } from './openDatabase';

const tempDir = useTempDirs();

function draft(title: string, publishedAt: string | null, body = 'Some body text here.'): ArticleDraft {
  return {
    title,
    source: 'Test Times',
    author: null,
    publishedAt,
    blocks: [
      { kind: 'heading', text: 'A heading' },
      { kind: 'paragraph', text: body },
    ],
  };
}

describe('articleRepo', () => {
  it('creates, leaves unchanged, and updates in place keeping the id', () => {
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    const created = upsertArticle(db, 'seed:a.txt', 'h1', draft('Alpha', '2023-01-01'));
    expect(created.status).toBe('created');
    expect(upsertArticle(db, 'seed:a.txt', 'h1', draft('Alpha', '2023-01-01'))).toEqual({
      id: created.id,
      status: 'unchanged',
    });
    const updated = upsertArticle(
      db,
      'seed:a.txt',
      'h2',
      draft('Alpha v2', '2023-01-02', 'New body 👍 text.'),
    );
    expect(updated).toEqual({ id: created.id, status: 'updated' });
    const article = getArticle(db, created.id);
    expect(article.title).toBe('Alpha v2');
    expect(article.blocks.map((b) => b.text)).toEqual(['A heading', 'New body 👍 text.']);
    expect(article.blocks[1]?.start).toBe('A heading'.length + BLOCK_SEPARATOR.length);
    expect(article.wordCount).toBe(5);
    expect(countArticles(db)).toMatchObject({ articles: 1, blocks: 2 });
  });

  it('lists in the requested order, undated last, with paging', () => {
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    upsertArticle(db, 'o:1', '1', draft('banana', '2023-03-01'));
    upsertArticle(db, 'o:2', '2', draft('Apple', '2023-01-01'));
    upsertArticle(db, 'o:3', '3', draft('Éclair', null));
    upsertArticle(db, 'o:4', '4', draft('cherry', '2023-02-01'));
    const titles = (sort: 'date' | 'title', direction: 'asc' | 'desc') =>
      listArticles(db, { offset: 0, limit: 10, sort, direction }).items.map((a) => a.title);
    expect(titles('date', 'desc')).toEqual(['banana', 'cherry', 'Apple', 'Éclair']);
    expect(titles('date', 'asc')).toEqual(['Apple', 'cherry', 'banana', 'Éclair']);
    expect(titles('title', 'asc')).toEqual(['Apple', 'banana', 'cherry', 'Éclair']);
    const page = listArticles(db, { offset: 1, limit: 2, sort: 'title', direction: 'asc' });
    expect(page.items.map((a) => a.title)).toEqual(['banana', 'cherry']);
    expect(page.total).toBe(4);
  });

  it('reports a missing article as NOT_FOUND', () => {
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    expect(() => getArticle(db, '00000000-0000-4000-8000-000000000000')).toThrow(GlossError);
  });

  it('leaves the stored article intact when an update fails midway', () => {
    const db = openDatabase(join(tempDir(), 'l.sqlite'));
    const { id } = upsertArticle(db, 'o:1', 'h1', draft('Kept', '2023-01-01'));
    const broken = {
      ...draft('Broken', null),
      blocks: [{ kind: 'banner', text: 'x' }],
    } as unknown as ArticleDraft;
    expect(() => upsertArticle(db, 'o:1', 'h2', broken)).toThrow(/CHECK/);
    const article = getArticle(db, id);
    expect(article.title).toBe('Kept');
    expect(article.blocks).toHaveLength(2);
  });
});
