import fc from 'fast-check';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ErrorCode } from '../../../shared/ipc/errors';
import { METHOD_NAMES, type MethodName } from '../../../shared/ipc/methods';
import type { MainHandlers } from '../../../shared/ipc/types';
import { BACKUP_NAME_PATTERN } from '../../../shared/model/backup';
import { contentDigest } from '../../../tests/crash/digest';
import { SEED_DIR } from '../../../tests/helpers/tempDir';
import { createAnnotation } from '../annotations/annotationRepo';
import { articleIdByTitle, rangeOf, TOKAYEV_STAGE } from '../annotations/testSupport';
import { backupName } from '../db/backups';
import { PathChoices } from '../chooser/pathChoices';
import { createHandlers } from '../handlers';
import { openLibrary, type Library } from '../library';
import { dispatch } from './dispatch';

/** Methods that only read: whatever they are given, the library must come out unchanged. */
const READS: ReadonlySet<MethodName> = new Set<MethodName>([
  'listArticles',
  'getArticle',
  'getLibraryStats',
  'getPreferences',
  'listAnnotations',
  'listDeletedAnnotations',
  'listTags',
  'listColorLabels',
  'search',
  'previewExport',
  'getImportProgress',
  'cancelImport',
  'getStartupNotice',
  'listBackups',
  // No dialogs in tests: nothing is chosen, nothing changes.
  'chooseExportDestination',
  'chooseImportSources',
]);

/** What a bad argument may earn; never INTERNAL (a crash inside a handler) or UNKNOWN_METHOD. */
const EXPECTED_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'INVALID_ARGUMENT',
  'NOT_FOUND',
  'IMPORT_FAILED',
]);

const POLLUTERS = [
  '__proto__',
  'constructor',
  'prototype',
  '__defineGetter__',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

function nest(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < depth; i++) value = { a: value, b: [value] };
  return value;
}

/** Values of every shape: structured-clone-able junk, deep nests, huge strings, hostile keys. */
const junk: fc.Arbitrary<unknown> = fc.oneof(
  fc.anything({
    maxDepth: 4,
    withBigInt: true,
    withBoxedValues: true,
    withDate: true,
    withMap: true,
    withSet: true,
    withNullPrototype: true,
    withObjectString: true,
    withSparseArray: true,
    withTypedArray: true,
    stringUnit: 'binary',
  }),
  fc.integer({ min: 50, max: 3000 }).map(nest),
  fc.integer({ min: 10_000, max: 1_000_000 }).map((n) => 'x'.repeat(n)),
  fc.constantFrom(
    -1,
    -0,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.MAX_SAFE_INTEGER + 2,
    2 ** 31,
    '',
    ' ',
    '\u0000',
    '../../etc/passwd',
    'DROP TABLE annotations; --',
  ),
  fc
    .constantFrom(...POLLUTERS)
    .chain((key) =>
      fc.constantFrom<unknown>(
        JSON.parse(`{"${key}": {"polluted": true}}`) as unknown,
        { [key]: { polluted: true } },
        Object.assign(Object.create(null) as object, { [key]: 'x' }),
      ),
    ),
);

/**
 * A valid argument for each method, pointing at real rows and at files inside the test's folder.
 * Exports and imports name no path: they take handles to paths chosen (here, registered) in main.
 */
function validInputs(
  library: Library,
  dir: string,
  choices: PathChoices,
): { inputs: Record<MethodName, unknown>; ids: string[] } {
  const { db } = library;
  const articleId = articleIdByTitle(db, TOKAYEV_STAGE);
  const annotation = createAnnotation(db, {
    articleId,
    ...rangeOf(db, articleId, 'new development stage'),
    color: 'yellow',
    note: 'n',
    tags: ['t'],
  });
  const exports = join(dir, 'exports');
  mkdirSync(exports, { recursive: true });
  const importable = join(dir, 'article.md');
  writeFileSync(importable, '# A title\n\nSome words to import.\n');
  const annotationJson = JSON.stringify({ type: 'AnnotationCollection', items: [] });
  mkdirSync(join(dir, 'fuzz'));
  const destination = choices.add('export', [join(exports, 'notes.md')]).handle;
  const source = choices.add('import', [importable]).handle;
  const inputs: Record<MethodName, unknown> = {
    listArticles: { offset: 0, limit: 10, sort: 'title', direction: 'asc' },
    getArticle: { id: articleId },
    getLibraryStats: undefined,
    getPreferences: {},
    updatePreferences: { theme: 'dark', fontSize: 20 },
    listAnnotations: { articleId },
    createAnnotation: { articleId, start: 0, end: 5, color: 'blue', note: 'x', tags: ['a'] },
    updateAnnotation: { id: annotation.id, note: 'changed', tags: ['b'] },
    deleteAnnotation: { id: annotation.id },
    listDeletedAnnotations: undefined,
    restoreAnnotation: { id: annotation.id },
    purgeAnnotation: { id: annotation.id },
    undoAnnotationChange: {},
    redoAnnotationChange: {},
    reattachAnnotation: { id: annotation.id, start: 1, end: 9 },
    listTags: undefined,
    listColorLabels: undefined,
    renameColorLabel: { id: 'red', name: 'Doubt' },
    search: { q: 'Tokayev', limit: 5 },
    previewExport: { format: 'md', scope: 'library' },
    exportNotes: { format: 'md', destination },
    importAnnotations: { content: annotationJson },
    importFiles: { source },
    importFileContents: {
      files: [{ name: 'dropped.md', data: Buffer.from('# Dropped\n\nSome words.\n').toString('base64') }],
    },
    chooseExportDestination: { format: 'html', perArticle: false },
    chooseImportSources: { folders: true },
    getImportProgress: undefined,
    cancelImport: undefined,
    getStartupNotice: undefined,
    listBackups: undefined,
    restoreBackup: { name: 'library-20250101T000000000Z-manual.sqlite' },
  };
  return { inputs, ids: [articleId, annotation.id, destination, source] };
}

/** A valid argument with one thing wrong: a field replaced, a hostile key added, or a field taken away. */
function nearlyValid(valid: unknown): fc.Arbitrary<unknown> {
  if (typeof valid !== 'object' || valid === null) return junk;
  const keys = Object.keys(valid);
  const base = valid as Record<string, unknown>;
  const replaced =
    keys.length === 0
      ? junk
      : fc.tuple(fc.constantFrom(...keys), junk).map(([key, value]) => ({ ...base, [key]: value }));
  const added = fc.tuple(fc.constantFrom(...POLLUTERS), junk).map(([key, value]) => {
    const copy: Record<string, unknown> = { ...base };
    Object.defineProperty(copy, key, { value, enumerable: true, configurable: true, writable: true });
    return copy;
  });
  const removed =
    keys.length === 0
      ? junk
      : fc
          .constantFrom(...keys)
          .map((key) => Object.fromEntries(Object.entries(base).filter(([k]) => k !== key)));
  return fc.oneof(replaced, added, removed);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/u;

/** A value of the right type but chosen blindly: an unknown id, a range past the end, a name nobody uses. */
function plausibleValue(value: unknown, ids: readonly string[], dir: string): fc.Arbitrary<unknown> {
  if (typeof value === 'string') {
    if (UUID.test(value)) return fc.oneof(fc.uuid(), fc.constantFrom(...ids));
    if (BACKUP_NAME_PATTERN.test(value)) {
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
        .map((d) => backupName(d, 'daily'));
    }
    // Paths stay inside the test's folder: the point is odd names, not writing around the disk.
    if (value.startsWith(dir))
      return fc
        .stringMatching(/^[a-z]{1,8}\.(md|json|csv|html|txt)$/u)
        .map((name) => join(dir, 'fuzz', name));
    return fc.oneof(
      fc.string({ maxLength: 80, unit: 'grapheme' }),
      fc.constantFrom('', ' ', 'md', 'yellow', 'dark', 'asc', 'title'),
    );
  }
  if (typeof value === 'number') return fc.oneof(fc.integer({ min: -5, max: 100_000 }), fc.double());
  if (typeof value === 'boolean') return fc.boolean();
  if (Array.isArray(value) && typeof value[0] === 'string' && value[0].startsWith(dir)) {
    return fc.array(plausibleValue(value[0], ids, dir), { minLength: 1, maxLength: 5 });
  }
  if (Array.isArray(value))
    return fc.array(fc.oneof(fc.string({ maxLength: 70 }), fc.constantFrom(...ids)), { maxLength: 60 });
  return junk;
}

/** Every field either kept or replaced by a plausible value, so most calls pass validation and reach the handler. */
function plausible(valid: unknown, ids: readonly string[], dir: string): fc.Arbitrary<unknown> {
  if (typeof valid !== 'object' || valid === null) return junk;
  const fields = Object.entries(valid).map(
    ([key, value]) => [key, fc.oneof(fc.constant(value), plausibleValue(value, ids, dir))] as const,
  );
  return fc.record(Object.fromEntries(fields));
}

describe('every contract method under random arguments', () => {
  let library: Library;
  let handlers: MainHandlers;
  let valid: Record<MethodName, unknown>;
  let ids: string[];
  let dir: string;
  const logged: unknown[] = [];

  beforeAll(() => {
    // One library for the whole file (useTempDirs would remove it after the first test).
    dir = mkdtempSync(join(tmpdir(), 'gloss-fuzz-'));
    library = openLibrary({ dataDir: dir, seedDir: SEED_DIR, autoBackup: false });
    const choices = new PathChoices();
    handlers = createHandlers(library.db, choices);
    ({ inputs: valid, ids } = validInputs(library, dir, choices));
  });
  afterAll(() => {
    library.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(METHOD_NAMES)(
    '%s never throws, never fails inside, and changes nothing it should not',
    async (method) => {
      logged.length = 0;
      // Let lazy work (the search index catching up with the seeds) happen before the first digest.
      await dispatch(
        handlers,
        method === 'search' ? 'search' : 'listArticles',
        method === 'search' ? { q: 'warm up' } : {},
      );
      let digest = contentDigest(library.db);
      await fc.assert(
        fc.asyncProperty(
          fc.oneof(junk, nearlyValid(valid[method]), plausible(valid[method], ids, dir)),
          async (input) => {
            const result = await dispatch(handlers, method, input, (message, error) =>
              logged.push({ message, error }),
            );
            // Each run is compared with the state just before it (also while fast-check shrinks a failure).
            const before = digest;
            digest = contentDigest(library.db);
            if (!result.ok)
              expect(EXPECTED_CODES, `${method}: ${result.error.code} ${result.error.message}`).toContain(
                result.error.code,
              );
            if (!result.ok || READS.has(method)) expect(digest, `${method} changed the library`).toBe(before);
          },
        ),
        { numRuns: 120 },
      );
      expect(logged).toEqual([]);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('rejects control characters in labels and tags as invalid input, not an internal failure', async () => {
    for (const [method, input] of [
      ['renameColorLabel', { id: 'red', name: '\u0000' }],
      ['updateAnnotation', { id: ids[1], tags: ['\u0000tag'] }],
    ] as const) {
      const result = await dispatch(handlers, method, input, () => undefined);
      expect(result, method).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } });
    }
  });
});
