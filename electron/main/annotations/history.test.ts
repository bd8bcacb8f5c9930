import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  listDeletedAnnotations,
  purgeAnnotation,
  reattachAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from './annotationRepo';
import { HISTORY_LIMIT, redo, undo } from './history';
import { articleIdByTitle, openSeeded, rangeOf, TOKAYEV_STAGE } from './testSupport';

const tempDir = useTempDirs();

function seeded(dataDir = tempDir()) {
  const library = openSeeded(dataDir, SEED_DIR);
  return { library, db: library.db, articleId: articleIdByTitle(library.db, TOKAYEV_STAGE), dataDir };
}

describe('annotation undo and redo', () => {
  it('undoes and redoes a create, an edit and a delete, in order', () => {
    const { db, articleId } = seeded();
    const created = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
    });
    const edited = updateAnnotation(db, { id: created.id, color: 'blue', note: 'a note', tags: ['t'] });
    const deleted = deleteAnnotation(db, created.id);

    expect(undo(db)).toEqual({ action: 'delete', annotationId: created.id, annotation: edited });
    expect(undo(db)).toEqual({ action: 'update', annotationId: created.id, annotation: created });
    expect(undo(db)).toEqual({ action: 'create', annotationId: created.id, annotation: null });
    expect(listAnnotations(db)).toEqual([]);
    expect(listDeletedAnnotations(db).map((a) => a.id)).toEqual([created.id]);
    expect(undo(db)).toBeNull();

    expect(redo(db)).toEqual({ action: 'create', annotationId: created.id, annotation: created });
    expect(redo(db)).toEqual({ action: 'update', annotationId: created.id, annotation: edited });
    expect(redo(db)).toMatchObject({ action: 'delete', annotation: null });
    expect(listDeletedAnnotations(db)).toEqual([{ ...edited, deletedAt: expect.any(String) as string }]);
    expect(deleted.id).toBe(created.id);
    expect(redo(db)).toBeNull();
  });

  it('drops the redo tail when a new change is made', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
    });
    updateAnnotation(db, { id: a.id, note: 'one' });
    undo(db);
    updateAnnotation(db, { id: a.id, note: 'two' });
    expect(redo(db)).toBeNull();
    expect(undo(db)).toMatchObject({ action: 'update', annotation: { note: '' } });
    expect(undo(db)).toMatchObject({ action: 'create', annotation: null });
  });

  it('keeps its history across a restart', () => {
    const first = seeded();
    const { db, articleId, dataDir } = first;
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
    });
    updateAnnotation(db, { id: a.id, note: 'before the restart' });
    undo(db);
    first.library.close();

    const second = seeded(dataDir);
    expect(getAnnotation(second.db, a.id).note).toBe('');
    expect(redo(second.db)).toMatchObject({ action: 'update', annotation: { note: 'before the restart' } });
    expect(undo(second.db)).toMatchObject({ action: 'update', annotation: { note: '' } });
    expect(undo(second.db)).toMatchObject({ action: 'create', annotation: null });
    second.library.close();

    const third = seeded(dataDir);
    expect(listAnnotations(third.db)).toEqual([]);
    expect(redo(third.db)).toMatchObject({ action: 'create', annotation: { id: a.id } });
    expect(listAnnotations(third.db).map((x) => x.id)).toEqual([a.id]);
    third.library.close();
  });

  it('undoes a restore from "Recently deleted" back to its original deletion time', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
    });
    deleteAnnotation(db, a.id, '2026-01-01T00:00:00.000Z');
    restoreAnnotation(db, a.id);
    expect(undo(db)).toMatchObject({ action: 'restore', annotation: null });
    expect(listDeletedAnnotations(db)[0]?.deletedAt).toBe('2026-01-01T00:00:00.000Z');
    expect(redo(db)).toMatchObject({ action: 'restore', annotation: { id: a.id } });
  });

  it('undoes a re-attach, returning the annotation to where it was', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
      note: 'keep',
    });
    const moved = reattachAnnotation(db, { id: a.id, ...rangeOf(db, articleId, 'new parties') });
    expect(moved).toMatchObject({ id: a.id, note: 'keep', quote: { exact: 'new parties' } });
    expect(undo(db)).toMatchObject({
      action: 'update',
      annotation: { quote: a.quote, position: a.position, anchor: 'exact' },
    });
    expect(redo(db)).toMatchObject({
      action: 'update',
      annotation: { quote: moved.quote, position: moved.position },
    });
  });

  it('forgets the history of a purged annotation and keeps the rest', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
    });
    const b = createAnnotation(db, { articleId, ...rangeOf(db, articleId, 'new parties'), color: 'red' });
    deleteAnnotation(db, b.id);
    purgeAnnotation(db, b.id);
    expect(undo(db)).toEqual({ action: 'create', annotationId: a.id, annotation: null });
    expect(undo(db)).toBeNull();
  });

  it(`keeps the last ${HISTORY_LIMIT} changes`, () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
    });
    db.transaction(() => {
      for (let i = 1; i <= HISTORY_LIMIT + 5; i++) updateAnnotation(db, { id: a.id, note: String(i) });
    })();
    expect(db.prepare('SELECT count(*) AS n FROM annotation_history').get()).toEqual({ n: HISTORY_LIMIT });
    let steps = 0;
    while (undo(db)) steps++;
    expect(steps).toBe(HISTORY_LIMIT);
    expect(getAnnotation(db, a.id).note).toBe('5');
  });

  it('skips a history entry whose snapshot cannot be read', () => {
    const { db, articleId } = seeded();
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'Senate meeting'),
      color: 'yellow',
    });
    updateAnnotation(db, { id: a.id, note: 'x' });
    db.prepare("UPDATE annotation_history SET before_json = '{broken' WHERE op = 'update'").run();
    expect(undo(db)).toMatchObject({ action: 'create' });
  });
});
