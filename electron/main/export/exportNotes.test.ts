import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportNotesInput } from '../../../shared/export/inputs';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { updateAnnotation } from '../annotations/annotationRepo';
import { readSetting } from '../db/settingsRepo';
import { PathChoices } from '../chooser/pathChoices';
import { createHandlers } from '../handlers';
import { dispatch } from '../ipc/dispatch';
import type { Library } from '../library';
import { annotatedLibrary, FIXED_CLOCK } from './exportTestSupport';
import { exportNotes, lastExportKey, previewExport, PREVIEW_LINES } from './exportNotes';

const tempDir = useTempDirs();
let open: Library | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function library() {
  const lib = annotatedLibrary(tempDir(), SEED_DIR);
  open = lib.library;
  return lib;
}

const request = (input: unknown) => ExportNotesInput.parse(input);

describe('previewExport', () => {
  it('shows the first lines of the first file, and counts', () => {
    const { db } = library();
    const md = previewExport(db, request({ format: 'md' }), FIXED_CLOCK);
    expect(md).toMatchObject({
      articles: 3,
      annotations: 4,
      fileNames: ['Gloss highlights 2024-06-01.md'],
      truncated: false,
    });
    expect(md.lines.join('\n')).toBe(
      exportNotes(db, request({ format: 'md' }), FIXED_CLOCK).files[0]?.content?.trimEnd(),
    );
    const html = previewExport(db, request({ format: 'html' }), FIXED_CLOCK);
    expect(html.truncated).toBe(true);
    expect(html.lines).toHaveLength(PREVIEW_LINES);
    expect(html.lines[0]).toBe('<!doctype html>');
    db.prepare('DELETE FROM settings').run();
    expect(readSetting(db, lastExportKey('md', 'download'))).toBeNull();
  });

  it('reports a bad template as an invalid argument naming the line', async () => {
    const { db } = library();
    const result = await dispatch(createHandlers(db), 'previewExport', {
      format: 'md',
      template: 'ok\n{{#note}}',
    });
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/line 2/u) as string },
    });
  });
});

describe('exportNotes', () => {
  it('exports one article, chosen articles or the whole library, filtered', () => {
    const { db, stage, parties } = library();
    const count = (input: unknown) => exportNotes(db, request(input), FIXED_CLOCK).annotations;
    expect(count({ format: 'json' })).toBe(4);
    expect(count({ format: 'json', scope: { articleIds: [stage] } })).toBe(2);
    expect(count({ format: 'json', scope: { articleIds: [stage, parties] } })).toBe(3);
    expect(count({ format: 'json', filters: { colors: ['red', 'green'] } })).toBe(2);
    expect(count({ format: 'json', filters: { tags: ['senate'] } })).toBe(2);
    expect(count({ format: 'json', filters: { from: '2024-05-02', to: '2024-05-03' } })).toBe(2);
    const withEmpty = exportNotes(
      db,
      request({ format: 'csv', filters: { includeEmpty: true } }),
      FIXED_CLOCK,
    );
    expect(withEmpty.articles).toBe(5);
  });

  it('returns the content when no path is given', () => {
    const { db } = library();
    const result = exportNotes(db, request({ format: 'csv' }), FIXED_CLOCK);
    expect(result.truncated).toBe(false);
    expect(result.files).toHaveLength(1);
    expect(result.files[0]?.content?.split('\r\n')[0]).toBe('Highlight,Title,Author,URL,Note,Location,Date');
    expect(result.files[0]?.path).toBeNull();
  });

  it('writes one file, or one file per article into a folder', () => {
    const { db } = library();
    const dir = tempDir();
    const file = join(dir, 'notes.html');
    const one = exportNotes(db, request({ format: 'html', path: file }), FIXED_CLOCK);
    expect(one.files).toEqual([
      {
        name: 'Gloss highlights 2024-06-01.html',
        path: file,
        bytes: readFileSync(file).length,
        content: null,
      },
    ]);
    const folder = join(dir, 'vault', 'Gloss');
    const many = exportNotes(db, request({ format: 'md', perArticle: true, path: folder }), FIXED_CLOCK);
    expect(readdirSync(folder).sort()).toEqual(many.files.map((f) => f.name).sort());
    expect(many.files).toHaveLength(3);
    expect(
      readFileSync(join(folder, 'President Tokayev - Kazakhstan enters new development stage.md'), 'utf8'),
    ).toContain('> new development stage');
  });

  it('refuses a relative path, a wrong extension or a missing folder', async () => {
    const { db } = library();
    const choices = new PathChoices();
    const handlers = createHandlers(db, choices);
    const dir = tempDir();
    for (const path of ['notes.md', join(dir, 'notes.exe'), join(dir, 'missing', 'notes.md')]) {
      const destination = choices.add('export', [path]).handle;
      const result = await dispatch(handlers, 'exportNotes', { format: 'md', destination });
      expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
    expect(readdirSync(dir)).toEqual([]);
    writeFileSync(join(dir, 'a-file'), '');
    const aFile = choices.add('export', [join(dir, 'a-file')]).handle;
    expect(
      await dispatch(handlers, 'exportNotes', { format: 'md', perArticle: true, destination: aFile }),
    ).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT', message: expect.stringMatching(/needs a folder/u) as string },
    });
  });

  it('exports only what changed since the last export to the same target', () => {
    const { db, stage } = library();
    const dir = tempDir();
    const target = join(dir, 'notes.json');
    const clock = (now: string) => ({ ...FIXED_CLOCK, now: () => now });
    const since = request({ format: 'json', path: target, filters: { sinceLast: true } });
    expect(exportNotes(db, since, clock('2024-06-01T00:00:00.000Z')).annotations).toBe(4);
    expect(readSetting(db, lastExportKey('json', target))).toBe('2024-06-01T00:00:00.000Z');
    expect(exportNotes(db, since, clock('2024-06-02T00:00:00.000Z')).annotations).toBe(0);

    const [first] = db
      .prepare('SELECT id FROM annotations WHERE article_id = ? ORDER BY start')
      .pluck()
      .all(stage) as string[];
    updateAnnotation(db, { id: first ?? '', note: 'changed' }, '2024-06-03T00:00:00.000Z');
    expect(exportNotes(db, since, clock('2024-06-04T00:00:00.000Z')).annotations).toBe(1);
    // Another format or target keeps its own time.
    expect(
      exportNotes(
        db,
        request({ format: 'csv', filters: { sinceLast: true } }),
        clock('2024-06-05T00:00:00.000Z'),
      ).annotations,
    ).toBe(4);
    // One file per article rewrites each changed article whole.
    mkdirSync(join(dir, 'md'));
    writeFileSync(join(dir, 'md', 'keep.txt'), '');
    const perArticle = request({
      format: 'md',
      perArticle: true,
      path: join(dir, 'md'),
      filters: { sinceLast: true },
    });
    exportNotes(db, perArticle, clock('2024-06-06T00:00:00.000Z'));
    updateAnnotation(db, { id: first ?? '', note: 'changed again' }, '2024-06-07T00:00:00.000Z');
    const again = exportNotes(db, perArticle, clock('2024-06-08T00:00:00.000Z'));
    expect([again.articles, again.annotations]).toEqual([1, 2]);
  });

  it('writes only where the user chose: a handle from main, never a path from the caller', async () => {
    const { db } = library();
    const choices = new PathChoices();
    const handlers = createHandlers(db, choices);
    const dir = tempDir();
    const target = join(dir, 'notes.html');
    expect(await dispatch(handlers, 'exportNotes', { format: 'html', path: target })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await dispatch(handlers, 'exportNotes', { format: 'html', destination: unknown })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    // A handle given for an import cannot be written to.
    const source = choices.add('import', [target]).handle;
    expect(await dispatch(handlers, 'exportNotes', { format: 'html', destination: source })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    expect(readdirSync(dir)).toEqual([]);
    const chosen = choices.add('export', [target]);
    expect(chosen).toMatchObject({ label: target, count: 1 });
    const written = await dispatch(handlers, 'exportNotes', { format: 'html', destination: chosen.handle });
    expect(written).toMatchObject({ ok: true, value: { files: [{ path: target }] } });
    expect(readFileSync(target, 'utf8')).toMatch(/^<!DOCTYPE html>/iu);
    // Without dialogs (tests, the harness), asking for one chooses nothing.
    expect(await dispatch(handlers, 'chooseExportDestination', { format: 'md' })).toEqual({
      ok: true,
      value: null,
    });
  });

  it('is served through the contract, with arguments validated', async () => {
    const { db } = library();
    const handlers = createHandlers(db);
    expect(await dispatch(handlers, 'exportNotes', { format: 'pdf' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(
      await dispatch(handlers, 'exportNotes', { format: 'md', scope: { articleIds: ['nope'] } }),
    ).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    expect(
      await dispatch(handlers, 'exportNotes', {
        format: 'md',
        scope: { articleIds: ['00000000-0000-4000-8000-000000000000'] },
      }),
    ).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
    const ok = await dispatch(handlers, 'previewExport', { format: 'html', filters: { colors: ['green'] } });
    expect(ok).toMatchObject({ ok: true, value: { annotations: 1, articles: 1 } });
  });
});
