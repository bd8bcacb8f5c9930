import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { importTexts } from '../corpus/importTexts';
import { articleText } from './articleText';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  listDeletedAnnotations,
  purgeAnnotation,
  restoreAnnotation,
  searchableAnnotations,
  updateAnnotation,
} from './annotationRepo';
import { listColorLabels, renameColorLabel } from './colorLabels';
import { listTags } from './tags';
import { articleIdByTitle, openSeeded, rangeOf, TOKAYEV_STAGE } from './testSupport';

const tempDir = useTempDirs();

function seeded() {
  const library = openSeeded(tempDir(), SEED_DIR);
  const articleId = articleIdByTitle(library.db, TOKAYEV_STAGE);
  return { library, db: library.db, articleId };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('annotation repository', () => {
  it('builds the selectors from the stored text and keeps the note, tags and times', () => {
    const { db, articleId } = seeded();
    const range = rangeOf(db, articleId, 'new development stage');
    const a = createAnnotation(
      db,
      {
        articleId,
        ...range,
        color: 'blue',
        note: 'First line\nsecond *line*',
        tags: [' economy ', 'Reform'],
      },
      '2026-03-01T10:00:00.000Z',
    );
    expect(a.id).toMatch(UUID);
    expect(a.quote).toEqual({
      type: 'TextQuoteSelector',
      exact: 'new development stage',
      prefix: 'Kazakhstan has entered the ',
      suffix: ', Kassym-Jomart Tokayev announce',
    });
    expect(a.position).toEqual({ type: 'TextPositionSelector', ...range });
    expect(a).toMatchObject({
      articleId,
      color: 'blue',
      style: 'highlight',
      note: 'First line\nsecond *line*',
      tags: ['economy', 'Reform'],
      anchor: 'exact',
      createdAt: '2026-03-01T10:00:00.000Z',
      updatedAt: '2026-03-01T10:00:00.000Z',
    });
    expect(a).not.toHaveProperty('deletedAt');
    expect(getAnnotation(db, a.id)).toEqual(a);
    expect(listAnnotations(db, articleId)).toEqual([a]);
    expect(listAnnotations(db)).toEqual([a]);
  });

  it.each([
    ['an empty range', 10, 10],
    ['a reversed range', 12, 10],
    ['a range past the end', 0, 1_000_000],
    ['a fractional offset', 1.5, 4],
    ['a negative start', -1, 4],
  ])('rejects %s with INVALID_ARGUMENT and stores nothing', (_name, start, end) => {
    const { db, articleId } = seeded();
    expect(() => createAnnotation(db, { articleId, start, end, color: 'red' })).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
    expect(listAnnotations(db)).toEqual([]);
  });

  it('rejects a selection of white space only, and an unknown article', () => {
    const { db, articleId } = seeded();
    const text = articleText(db, articleId);
    const gap = Array.from(text).indexOf('\n');
    expect(() => createAnnotation(db, { articleId, start: gap, end: gap + 2, color: 'red' })).toThrow(
      /white space/,
    );
    expect(() =>
      createAnnotation(db, {
        articleId: '00000000-0000-4000-8000-000000000000',
        start: 0,
        end: 2,
        color: 'red',
      }),
    ).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('updates colour, style, note and tags, and leaves an unchanged patch alone', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(
      db,
      { articleId, ...rangeOf(db, articleId, 'Senate meeting'), color: 'yellow' },
      't0',
    );
    const b = updateAnnotation(
      db,
      { id: a.id, color: 'green', style: 'underline', note: 'why?', tags: ['q'] },
      't1',
    );
    expect(b).toMatchObject({
      color: 'green',
      style: 'underline',
      note: 'why?',
      tags: ['q'],
      updatedAt: 't1',
      createdAt: 't0',
    });
    expect(b.quote).toEqual(a.quote);
    const same = updateAnnotation(db, { id: a.id, color: 'green', tags: ['Q'] }, 't2');
    expect(same.updatedAt).toBe('t1');
    expect(db.prepare('SELECT count(*) AS n FROM annotation_history').get()).toEqual({ n: 2 });
  });

  it('deletes to "Recently deleted", restores, and purges only from there', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'red',
      tags: ['gone'],
    });
    const deleted = deleteAnnotation(db, a.id, '2026-03-02T00:00:00.000Z');
    expect(deleted).toEqual({ ...a, deletedAt: '2026-03-02T00:00:00.000Z' });
    expect(listAnnotations(db)).toEqual([]);
    expect(listDeletedAnnotations(db)).toEqual([deleted]);
    expect(() => updateAnnotation(db, { id: a.id, note: 'x' })).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => deleteAnnotation(db, a.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));

    expect(restoreAnnotation(db, a.id)).toEqual(a);
    expect(listDeletedAnnotations(db)).toEqual([]);
    expect(() => purgeAnnotation(db, a.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));

    deleteAnnotation(db, a.id);
    expect(purgeAnnotation(db, a.id)).toEqual({ id: a.id });
    expect(listDeletedAnnotations(db)).toEqual([]);
    expect(() => restoreAnnotation(db, a.id)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(db.prepare('SELECT count(*) AS n FROM tags').get()).toEqual({ n: 0 });
    expect(db.prepare('SELECT count(*) AS n FROM annotation_history').get()).toEqual({ n: 0 });
  });

  it('completes tags from existing ones with counts, reusing a known spelling, ignoring deleted annotations', () => {
    const { db, articleId } = seeded();
    const at = (phrase: string) => rangeOf(db, articleId, phrase);
    createAnnotation(db, { articleId, ...at('Senate meeting'), color: 'red', tags: ['Economy', 'reform'] });
    const b = createAnnotation(db, {
      articleId,
      ...at('new parties'),
      color: 'red',
      tags: ['economy', 'economy ', 'Politics'],
    });
    const c = createAnnotation(db, {
      articleId,
      ...at('Head of State'),
      color: 'red',
      tags: ['ECONOMY', 'only-deleted'],
    });
    expect(b.tags).toEqual(['Economy', 'Politics']);
    deleteAnnotation(db, c.id);
    expect(listTags(db)).toEqual([
      { name: 'Economy', count: 2 },
      { name: 'Politics', count: 1 },
      { name: 'reform', count: 1 },
    ]);
    updateAnnotation(db, { id: b.id, tags: ['politics'] });
    expect(listTags(db).map((t) => t.name)).toEqual(['Economy', 'Politics', 'reform']);
  });

  it('names colours as the user renames them', () => {
    const { db } = seeded();
    expect(listColorLabels(db)).toHaveLength(6);
    expect(renameColorLabel(db, 'orange', '  To check  ')).toEqual({ id: 'orange', name: 'To check' });
    expect(listColorLabels(db).find((l) => l.id === 'orange')?.name).toBe('To check');
    expect(() => renameColorLabel(db, 'orange', '   ')).toThrow(
      expect.objectContaining({ code: 'INVALID_ARGUMENT' }),
    );
  });

  it('offers live annotations to search', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'new parties'),
      color: 'purple',
      note: 'n',
      tags: ['t'],
    });
    const b = createAnnotation(db, { articleId, ...rangeOf(db, articleId, 'Senate meeting'), color: 'red' });
    deleteAnnotation(db, b.id);
    expect(searchableAnnotations(db)).toEqual([
      {
        id: a.id,
        articleId,
        exact: 'new parties',
        note: 'n',
        tags: ['t'],
        color: 'purple',
        style: 'highlight',
        anchor: 'exact',
        start: a.position.start,
        end: a.position.end,
        updatedAt: a.updatedAt,
      },
    ]);
  });

  it('counts positions in code points, so an emoji before the quote shifts it by one', () => {
    const { db } = seeded();
    const raw = (party: string) =>
      `Emoji party\n\nA ${party} celebration: the quick brown fox jumps over the lazy dog.\n\nThe end of it all.`;
    const [id] = importTexts(db, [{ origin: 'test:emoji', raw: raw('🎉🎉') }]).ids;
    if (id === undefined) throw new Error('import failed');
    const text = articleText(db, id);
    const utf16 = text.indexOf('quick brown fox');
    const start = Array.from(text.slice(0, utf16)).length;
    expect(start).toBe(utf16 - 2);
    const a = createAnnotation(db, { articleId: id, start, end: start + 15, color: 'yellow' });
    expect(a.quote.exact).toBe('quick brown fox');
    expect(a.quote.prefix.endsWith('🎉🎉 celebration: the ')).toBe(true);

    importTexts(db, [{ origin: 'test:emoji', raw: raw('🎉🎉🎉') }]);
    const moved = getAnnotation(db, a.id);
    expect(moved.position).toEqual({ type: 'TextPositionSelector', start: start + 1, end: start + 16 });
    expect(moved.anchor).toBe('moved');
    expect(
      Array.from(articleText(db, id))
        .slice(start + 1, start + 16)
        .join(''),
    ).toBe('quick brown fox');
  });
});
