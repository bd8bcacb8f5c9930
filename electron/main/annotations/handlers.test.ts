import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import type { Annotation } from '../../../shared/model/annotation';
import { createHandlers } from '../handlers';
import { dispatch } from '../ipc/dispatch';
import { articleIdByTitle, openSeeded, rangeOf, TOKAYEV_STAGE } from './testSupport';

const tempDir = useTempDirs();
const noLog = () => undefined;

function setUp() {
  const library = openSeeded(tempDir(), SEED_DIR);
  const { db } = library;
  const articleId = articleIdByTitle(db, TOKAYEV_STAGE);
  const handlers = createHandlers(db);
  const call = (method: string, input?: unknown) => dispatch(handlers, method, input, noLog);
  /** Everything the annotation tables hold, to show a rejected call changed nothing. */
  const snapshot = () =>
    ['annotations', 'tags', 'annotation_tags', 'annotation_history', 'color_labels'].map((table) =>
      db.prepare(`SELECT * FROM ${table} ORDER BY 1`).all(),
    );
  return { db, articleId, call, snapshot };
}

async function value<T>(result: Promise<{ ok: boolean; value?: unknown }>): Promise<T> {
  const r = await result;
  expect(r.ok).toBe(true);
  return r.value as T;
}

describe('annotation methods through dispatch', () => {
  it('creates, lists, edits, deletes, undoes and restores', async () => {
    const { db, articleId, call } = setUp();
    const range = rangeOf(db, articleId, 'Senate meeting');
    const a = await value<Annotation>(
      call('createAnnotation', { articleId, ...range, color: 'blue', tags: ['x'] }),
    );
    expect(a).toMatchObject({
      style: 'highlight',
      note: '',
      tags: ['x'],
      quote: { exact: 'Senate meeting' },
    });
    expect(await value(call('listAnnotations', { articleId }))).toEqual([a]);
    expect(await value(call('listAnnotations'))).toEqual([a]);
    expect(await value(call('updateAnnotation', { id: a.id, note: 'n', tags: ['  y  '] }))).toMatchObject({
      note: 'n',
      tags: ['y'],
    });
    expect(await value(call('listTags'))).toEqual([{ name: 'y', count: 1 }]);
    expect(await value(call('deleteAnnotation', { id: a.id }))).toMatchObject({
      id: a.id,
      deletedAt: expect.any(String) as string,
    });
    expect(await value(call('undoAnnotationChange'))).toMatchObject({
      action: 'delete',
      annotation: { id: a.id },
    });
    expect(await value(call('redoAnnotationChange', {}))).toMatchObject({
      action: 'delete',
      annotation: null,
    });
    expect(await value(call('listDeletedAnnotations'))).toHaveLength(1);
    expect(await value(call('restoreAnnotation', { id: a.id }))).toMatchObject({ id: a.id, note: 'n' });
    expect(
      await value(call('reattachAnnotation', { id: a.id, ...rangeOf(db, articleId, 'new parties') })),
    ).toMatchObject({
      quote: { exact: 'new parties' },
    });
    await value(call('deleteAnnotation', { id: a.id }));
    expect(await value(call('purgeAnnotation', { id: a.id }))).toEqual({ id: a.id });
    expect(await value(call('renameColorLabel', { id: 'red', name: 'Wrong' }))).toEqual({
      id: 'red',
      name: 'Wrong',
    });
    expect(await value(call('listColorLabels'))).toContainEqual({ id: 'red', name: 'Wrong' });
  });

  it.each([
    ['createAnnotation', 'a malformed article id', { articleId: '../etc', start: 0, end: 3, color: 'red' }],
    ['createAnnotation', 'an unknown colour', { start: 0, end: 3, color: 'pink' }],
    ['createAnnotation', 'an unknown style', { start: 0, end: 3, color: 'red', style: 'bold' }],
    ['createAnnotation', 'a negative offset', { start: -1, end: 3, color: 'red' }],
    ['createAnnotation', 'a fractional offset', { start: 0.5, end: 3, color: 'red' }],
    ['createAnnotation', 'an empty range', { start: 3, end: 3, color: 'red' }],
    ['createAnnotation', 'a range past the end', { start: 0, end: 10_000_000, color: 'red' }],
    ['createAnnotation', 'a forged quote', { start: 0, end: 3, color: 'red', exact: 'forged' }],
    [
      'createAnnotation',
      'a note over 20,000 characters',
      { start: 0, end: 3, color: 'red', note: 'x'.repeat(20_001) },
    ],
    [
      'createAnnotation',
      'too many tags',
      { start: 0, end: 3, color: 'red', tags: Array.from({ length: 51 }, (_, i) => `t${i}`) },
    ],
    ['createAnnotation', 'a blank tag', { start: 0, end: 3, color: 'red', tags: ['   '] }],
    [
      'createAnnotation',
      'a tag over 64 characters',
      { start: 0, end: 3, color: 'red', tags: ['x'.repeat(65)] },
    ],
    ['updateAnnotation', 'a malformed id', { id: 'not-a-uuid', note: 'x' }],
    ['updateAnnotation', 'an unknown key', { id: '00000000-0000-4000-8000-000000000000', anchor: 'exact' }],
    ['deleteAnnotation', 'no id', {}],
    ['listAnnotations', 'an unknown key', { articleId: undefined, deleted: true }],
    [
      'reattachAnnotation',
      'a string offset',
      { id: '00000000-0000-4000-8000-000000000000', start: '1', end: 4 },
    ],
    ['renameColorLabel', 'an unknown colour', { id: 'pink', name: 'x' }],
    ['renameColorLabel', 'a blank name', { id: 'red', name: '  ' }],
    ['renameColorLabel', 'a name over 40 characters', { id: 'red', name: 'x'.repeat(41) }],
    ['undoAnnotationChange', 'an argument', { steps: 3 }],
  ])('%s rejects %s with INVALID_ARGUMENT and changes nothing', async (method, _name, input) => {
    const { db, articleId, call, snapshot } = setUp();
    await value(
      call('createAnnotation', { articleId, ...rangeOf(db, articleId, 'Senate meeting'), color: 'blue' }),
    );
    const before = snapshot();
    const withArticle = method === 'createAnnotation' ? { articleId, ...input } : input;
    const result = await call(method, withArticle);
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(snapshot()).toEqual(before);
  });

  it('reports an unknown annotation as NOT_FOUND', async () => {
    const { call } = setUp();
    const id = '00000000-0000-4000-8000-000000000000';
    for (const method of ['updateAnnotation', 'deleteAnnotation', 'restoreAnnotation', 'purgeAnnotation']) {
      expect(await call(method, { id })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    }
    expect(await call('undoAnnotationChange')).toEqual({ ok: true, value: null });
  });
});
