import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportNotesInput } from '../../../shared/export/inputs';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import {
  deleteAnnotation,
  listAnnotations,
  listDeletedAnnotations,
  purgeAnnotation,
} from '../annotations/annotationRepo';
import { PathChoices } from '../chooser/pathChoices';
import { createHandlers } from '../handlers';
import { dispatch } from '../ipc/dispatch';
import type { Library } from '../library';
import { annotatedLibrary, FIXED_CLOCK } from './exportTestSupport';
import { exportNotes } from './exportNotes';
import { derivedId, importAnnotations } from './importAnnotations';
import { importFiles } from '../importing/importFiles';

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

const exportJson = (db: Library['db']): string =>
  exportNotes(db, ExportNotesInput.parse({ format: 'json' }), FIXED_CLOCK).files[0]?.content ?? '';

describe('importAnnotations', () => {
  it('round trip: export, purge everything, import, export again is byte-identical', () => {
    const { db } = library();
    const before = exportJson(db);
    for (const a of listAnnotations(db)) deleteAnnotation(db, a.id);
    for (const a of listDeletedAnnotations(db)) purgeAnnotation(db, a.id);
    expect(listAnnotations(db)).toEqual([]);

    const report = importAnnotations(db, JSON.parse(before) as unknown);
    expect(report).toEqual({ imported: 4, unchanged: 0, orphaned: 0, unmatched: 0, problems: [] });
    expect(exportJson(db)).toBe(before);
  });

  it('duplicates nothing on a second import, even of deleted ones', () => {
    const { db } = library();
    const json = JSON.parse(exportJson(db)) as unknown;
    const [first] = listAnnotations(db);
    deleteAnnotation(db, first?.id ?? '');
    expect(importAnnotations(db, json)).toMatchObject({ imported: 0, unchanged: 4 });
    expect(listAnnotations(db)).toHaveLength(3);
    expect(listDeletedAnnotations(db)).toHaveLength(1);
  });

  it('re-anchors into the current text, and keeps what it cannot find as an orphan', () => {
    const { db, stage } = library();
    const json = JSON.parse(exportJson(db)) as {
      first: { items: { target: { selector: { start?: number; exact?: string }[] } }[] };
    };
    for (const a of listAnnotations(db)) deleteAnnotation(db, a.id);
    for (const a of listDeletedAnnotations(db)) purgeAnnotation(db, a.id);
    const [moved, lost] = json.first.items;
    const position = moved?.target.selector[1];
    if (position) position.start = (position.start ?? 0) + 7;
    const quote = lost?.target.selector[0];
    if (quote) quote.exact = 'words that were never in any article';
    const report = importAnnotations(db, json);
    expect(report).toMatchObject({ imported: 4, orphaned: 1 });
    expect(
      listAnnotations(db)
        .map((a) => a.anchor)
        .sort(),
    ).toEqual(['exact', 'exact', 'moved', 'orphan']);
    expect(listAnnotations(db, stage).map((a) => a.anchor)).toEqual(['exact', 'exact']);
  });

  it('matches another tool’s collection by source file URL or by title, with stable derived ids', async () => {
    const { db } = library();
    const dir = tempDir();
    const file = join(dir, 'piece.txt');
    writeFileSync(
      file,
      'Harbour reopens\n\nThe harbour reopened on Monday after storm repairs were finished.\n',
    );
    await importFiles(db, [file]);
    const doc = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'https://hypothes.is/a/abc123',
          type: 'Annotation',
          bodyValue: 'from hypothesis',
          target: {
            source: pathToFileURL(file).href,
            selector: { type: 'TextQuoteSelector', exact: 'storm repairs' },
          },
        },
        {
          type: 'Annotation',
          target: {
            source: {
              id: 'https://example.com/news',
              title: 'Kazakhstan needs parties with high responsibility, President',
            },
            selector: [{ type: 'TextQuoteSelector', exact: 'Head of State' }],
          },
        },
        {
          type: 'Annotation',
          target: {
            source: 'https://example.com/unknown',
            selector: { type: 'TextQuoteSelector', exact: 'x' },
          },
        },
      ],
    };
    const report = importAnnotations(db, doc);
    expect(report).toMatchObject({ imported: 2, unmatched: 1, orphaned: 0 });
    expect(report.problems).toEqual([
      '1 annotation(s) target articles not in the library: https://example.com/unknown.',
    ]);
    const imported = listAnnotations(db).filter((a) => a.note === 'from hypothesis');
    expect(imported).toHaveLength(1);
    expect(imported[0]?.color).toBe('yellow');
    expect(importAnnotations(db, doc)).toMatchObject({ imported: 0, unchanged: 2, unmatched: 1 });
    const item = {
      id: null,
      sources: ['x'],
      title: null,
      quote: { type: 'TextQuoteSelector' as const, exact: 'q', prefix: '', suffix: '' },
      position: null,
      color: null,
      style: null,
      note: '',
      tags: [],
      created: null,
      modified: null,
    };
    expect(derivedId(item)).toBe(derivedId({ ...item }));
    expect(derivedId(item)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/u);
  });

  it('is served through the contract from a chosen file or from content, refusing what is not JSON', async () => {
    const { db } = library();
    const choices = new PathChoices();
    const handlers = createHandlers(db, choices);
    const dir = tempDir();
    const file = join(dir, 'backup.json');
    writeFileSync(file, `\uFEFF${exportJson(db)}`);
    const source = choices.add('import', [file]).handle;
    expect(await dispatch(handlers, 'importAnnotations', { source })).toMatchObject({
      ok: true,
      value: { unchanged: 4 },
    });
    expect(await dispatch(handlers, 'importAnnotations', { content: 'not json' })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED' },
    });
    expect(await dispatch(handlers, 'importAnnotations', { path: file })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    const relative = choices.add('import', ['relative.json']).handle;
    expect(await dispatch(handlers, 'importAnnotations', { source: relative })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    expect(await dispatch(handlers, 'importAnnotations', { content: '{}' })).toMatchObject({
      ok: true,
      value: { imported: 0, problems: ['The file holds no W3C annotations.'] },
    });
  });
});
