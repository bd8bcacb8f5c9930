import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportProgress } from '../../../shared/export/results';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { createAnnotation, listAnnotations } from '../annotations/annotationRepo';
import { rangeOf } from '../annotations/testSupport';
import { getArticle } from '../db/articleRepo';
import { PathChoices } from '../chooser/pathChoices';
import { createHandlers } from '../handlers';
import { dispatch } from '../ipc/dispatch';
import { openLibrary, type Library } from '../library';
import { importFiles } from './importFiles';
import { FILE_SIZE_MAX } from './limits';

const tempDir = useTempDirs();
let open: Library | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

function emptyLibrary(): Library {
  open = openLibrary({ dataDir: tempDir() });
  return open;
}

const story = (title: string, body: string): string =>
  `${title}\n\n${body}\n\nA second paragraph, so the article has a body worth reading.\n`;

function folder(files: Record<string, string | Uint8Array>): string {
  const dir = tempDir();
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

describe('importFiles', () => {
  it('imports a folder of text, Markdown and HTML files, in name order, reporting each', async () => {
    const { db } = emptyLibrary();
    const dir = folder({
      'a.txt': story('Plain text story', 'The council met on Tuesday.'),
      'b.md': '---\ntitle: Markdown story\n---\nThe *council* met again.\n',
      'sub/c.html':
        '<html><head><meta property="og:title" content="HTML story"></head><body><article><p>The council met a third time, late into the evening.</p></article></body></html>',
      'sub/ignored.pdf': '%PDF-1.7',
      '.hidden/d.txt': story('Hidden', 'never read'),
      'e.htm': '<p>Short page.</p>',
    });
    const report = await importFiles(db, [dir]);
    expect(report.files.map((f) => [f.path.slice(dir.length + 1), f.status, f.title])).toEqual([
      ['a.txt', 'created', 'Plain text story'],
      ['b.md', 'created', 'Markdown story'],
      ['e.htm', 'created', 'e'],
      ['sub/c.html', 'created', 'HTML story'],
    ]);
    expect(report).toMatchObject({ created: 4, failed: 0, cancelled: false });
    const origin = db
      .prepare('SELECT origin FROM articles WHERE id = ?')
      .pluck()
      .get(report.files[0]?.articleId) as string;
    expect(origin).toBe(`file:${join(dir, 'a.txt')}`);
  });

  it('reports bad files one by one and imports the rest', async () => {
    const { db } = emptyLibrary();
    const dir = folder({
      'empty.txt': '',
      'blank.md': '   \n\n  ',
      'binary.txt': Uint8Array.from([0x41, 0x00, 0x42, 0x00, 0x00, 0x01]),
      'latin1.txt': Uint8Array.from(Buffer.from('Caf\xe9 news\n\nThe caf\xe9 opened.', 'latin1')),
      'huge.txt': 'x'.repeat(FILE_SIZE_MAX + 1),
      'good.txt': story('Good story', 'All is well.'),
      'notes.docx': 'x',
    });
    const report = await importFiles(db, [dir, join(dir, 'notes.docx'), join(dir, 'missing.txt')]);
    const byName = Object.fromEntries(
      report.files.map((f) => [f.path.slice(dir.length + 1), [f.status, f.message ?? f.warnings[0] ?? null]]),
    );
    expect(byName).toEqual({
      'binary.txt': ['failed', expect.stringMatching(/binary/u) as string],
      'blank.md': ['failed', 'The file holds only white space.'],
      'empty.txt': ['failed', 'The file is empty.'],
      'good.txt': ['created', null],
      'huge.txt': ['failed', 'The file is 5.0 MiB; Gloss imports files of up to 5.0 MiB.'],
      'latin1.txt': ['created', expect.stringMatching(/Windows-1252/u) as string],
      'notes.docx': ['failed', 'Gloss imports .txt, .md and .html files only.'],
      'missing.txt': ['failed', 'There is no such file or folder.'],
    });
    expect(
      getArticle(db, report.files.find((f) => f.path.endsWith('latin1.txt'))?.articleId ?? '').title,
    ).toBe('Café news');
    expect(report).toMatchObject({ created: 2, failed: 6 });
  });

  it('skips duplicates by content, leaves unchanged files alone, and updates a changed file with its annotations re-anchored', async () => {
    const { db } = emptyLibrary();
    const dir = folder({
      'a-one.txt': story('Harbour', 'The harbour reopened on Monday after repairs.'),
      'b-copy.txt': story('Harbour', 'The harbour reopened on Monday after repairs.'),
    });
    const first = await importFiles(db, [dir]);
    expect(first.files.map((f) => f.status)).toEqual(['created', 'duplicate']);
    expect(first.files[1]?.message).toBe('The library already has this text, as “Harbour”.');
    const id = first.files[0]?.articleId ?? '';

    const note = createAnnotation(db, {
      articleId: id,
      ...rangeOf(db, id, 'reopened on Monday'),
      color: 'blue',
    });
    writeFileSync(join(dir, 'b-copy.txt'), story('Harbour (copy)', 'Something else entirely, now.'));
    writeFileSync(
      join(dir, 'a-one.txt'),
      story('Harbour', 'Good news: the harbour reopened on Monday after repairs.'),
    );
    const second = await importFiles(db, [
      join(dir, 'a-one.txt'),
      join(dir, 'a-one.txt'),
      join(dir, 'b-copy.txt'),
    ]);
    expect(second.files.map((f) => [f.status, f.articleId === id])).toEqual([
      ['updated', true],
      ['created', false],
    ]);
    const [moved] = listAnnotations(db, id);
    expect(moved).toMatchObject({ id: note.id, anchor: 'moved', quote: { exact: 'reopened on Monday' } });
    expect((await importFiles(db, [join(dir, 'a-one.txt')])).files[0]?.status).toBe('unchanged');
  });

  it('leaves nothing half-written when storing a file fails', async () => {
    const { db } = emptyLibrary();
    db.exec(
      "CREATE TEMP TRIGGER poison BEFORE INSERT ON article_texts WHEN NEW.body LIKE '%POISON%' BEGIN SELECT RAISE(ABORT, 'poisoned text'); END;",
    );
    const dir = folder({
      'a.txt': story('Fine before', 'Nothing wrong here.'),
      'b.txt': story('Poisoned', 'The third block is fine.\n\nThis one is POISON.'),
      'c.txt': story('Fine after', 'Nothing wrong here either.'),
    });
    const report = await importFiles(db, [dir]);
    expect(report.files.map((f) => f.status)).toEqual(['created', 'failed', 'created']);
    expect(report.files[1]?.message).toMatch(/poisoned text/u);
    expect(db.prepare('SELECT title FROM articles ORDER BY title').pluck().all()).toEqual([
      'Fine after',
      'Fine before',
    ]);
    expect(
      db.prepare("SELECT count(*) FROM article_texts WHERE body LIKE '%third block%'").pluck().get(),
    ).toBe(0);
  });

  it('does not follow symbolic links inside folders', async () => {
    const { db } = emptyLibrary();
    const outside = folder({ 'secret.txt': story('Secret', 'Outside the folder.') });
    const dir = folder({ 'inside.txt': story('Inside', 'In the folder.') });
    symlinkSync(outside, join(dir, 'link'));
    symlinkSync(join(outside, 'secret.txt'), join(dir, 'secret.txt'));
    const report = await importFiles(db, [dir]);
    expect(report.files.map((f) => f.title)).toEqual(['Inside']);
  });

  it('reports progress after every file, keeps the event loop free, and stops when cancelled', async () => {
    const { db } = emptyLibrary();
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) {
      files[`p${String(i).padStart(2, '0')}.html`] =
        `<html><body><article><h1>Page ${i}</h1>${'<p>Some words of the article body, repeated to make a page of news size. </p>'.repeat(200)}</article></body></html>`;
    }
    const dir = folder(files);
    const progress: ImportProgress[] = [];
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const controller = new AbortController();
    const report = await importFiles(db, [dir], {
      signal: controller.signal,
      onProgress: (p) => {
        progress.push(p);
        if (p.done === 25) controller.abort();
      },
    });
    clearInterval(timer);
    expect(progress[0]).toMatchObject({ state: 'running', total: 40, done: 0 });
    expect(progress.slice(1, 26).map((p) => p.done)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
    expect(progress.at(-1)).toMatchObject({ state: 'cancelled', done: 40 });
    // Files are stored a slice at a time: those of the slice that was committed when the cancel came stay.
    expect(report.cancelled).toBe(true);
    expect(report.created).toBeGreaterThanOrEqual(25);
    expect(report.created).toBeLessThan(40);
    expect(report.files.filter((f) => f.status === 'cancelled')).toHaveLength(40 - report.created);
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(report.created);
    expect(ticks).toBeGreaterThan(0);
  });
});

describe('importFiles through the contract', () => {
  it('runs one import at a time, shows progress while it runs, and can be cancelled', async () => {
    const { db } = emptyLibrary();
    const choices = new PathChoices();
    const handlers = createHandlers(db, choices);
    const files: Record<string, string> = {};
    for (let i = 0; i < 30; i++)
      files[`f${String(i).padStart(2, '0')}.html`] =
        `<article><h1>Page ${i}</h1>${'<p>Body text of a page. </p>'.repeat(300)}</article>`;
    const dir = folder(files);
    expect(await dispatch(handlers, 'getImportProgress', undefined)).toEqual({
      ok: true,
      value: { jobId: null, state: 'idle', total: 0, done: 0, current: null, failed: 0 },
    });

    const source = choices.add('import', [dir]).handle;
    const running = dispatch(handlers, 'importFiles', { source });
    let seen: ImportProgress | null = null;
    for (let i = 0; i < 200 && (seen?.done ?? 0) < 3; i++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      const result = await dispatch(handlers, 'getImportProgress', {});
      if (result.ok) seen = result.value as ImportProgress;
    }
    expect(seen).toMatchObject({ state: 'running', total: 30 });
    expect(await dispatch(handlers, 'importFiles', { source })).toMatchObject({
      ok: false,
      error: { code: 'IMPORT_FAILED' },
    });
    await dispatch(handlers, 'cancelImport', undefined);
    const result = await running;
    expect(result).toMatchObject({ ok: true, value: { cancelled: true } });
    expect(await dispatch(handlers, 'getImportProgress', undefined)).toMatchObject({
      ok: true,
      value: { state: 'cancelled' },
    });
    expect(await dispatch(handlers, 'importFiles', { paths: [dir] })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_ARGUMENT' },
    });
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(await dispatch(handlers, 'importFiles', { source: unknown })).toMatchObject({
      ok: false,
      error: { code: 'NOT_FOUND' },
    });
  });
});

describe('importFileContents (files dropped onto the window)', () => {
  const b64 = (text: string | Uint8Array): string => Buffer.from(text).toString('base64');

  it('imports dropped bytes like files from disk: decoded, checked, one bad file reported, duplicates skipped', async () => {
    const { db } = emptyLibrary();
    const handlers = createHandlers(db);
    const latin1 = Buffer.from(story('Caf\u00e9 story', 'The caf\u00e9 opened.'), 'latin1');
    const result = await dispatch(handlers, 'importFileContents', {
      files: [
        { name: 'first.txt', data: b64(story('Dropped story', 'The council met on Tuesday.')) },
        { name: 'legacy.txt', data: latin1.toString('base64') },
        { name: 'broken.html', data: b64(new Uint8Array([0, 1, 2, 3, 0, 0, 255, 254, 0, 9])) },
        { name: 'notes.docx', data: b64('whatever') },
        { name: 'again.txt', data: b64(story('Dropped story', 'The council met on Tuesday.')) },
      ],
    });
    if (!result.ok) throw new Error(result.error.message);
    const report = result.value as {
      files: { path: string; status: string; title: string | null; message: string | null }[];
    };
    expect(report.files.map((f) => [f.path, f.status])).toEqual([
      ['first.txt', 'created'],
      ['legacy.txt', 'created'],
      ['broken.html', 'failed'],
      ['notes.docx', 'failed'],
      ['again.txt', 'duplicate'],
    ]);
    expect(report.files[1]?.title).toBe('Caf\u00e9 story');
    expect(report.files[3]?.message).toBe('Gloss imports .txt, .md and .html files only.');
    const origin = db
      .prepare('SELECT origin FROM articles WHERE title = ?')
      .pluck()
      .get('Dropped story') as string;
    expect(origin).toMatch(/^dropped:first\.txt:[0-9a-f]{64}$/u);
  });

  it('refuses names with a folder part, data that is not base64, and files over the limit', async () => {
    const { db } = emptyLibrary();
    const handlers = createHandlers(db);
    for (const file of [
      { name: '../up.txt', data: b64('x') },
      { name: 'a.txt', data: 'not base64!' },
      { name: 'big.txt', data: 'A'.repeat(Math.ceil((FILE_SIZE_MAX * 4) / 3) + 8) },
    ]) {
      expect(await dispatch(handlers, 'importFileContents', { files: [file] })).toMatchObject({
        ok: false,
        error: { code: 'INVALID_ARGUMENT' },
      });
    }
    // Just over the limit once decoded: refused per file with a plain message.
    const over = Buffer.alloc(FILE_SIZE_MAX + 1, 0x61).toString('base64');
    const result = await dispatch(handlers, 'importFileContents', {
      files: [{ name: 'big.txt', data: over }],
    });
    expect(result).toMatchObject({
      ok: true,
      value: {
        failed: 1,
        files: [{ status: 'failed', message: expect.stringMatching(/up to 5\.0 MiB/u) as string }],
      },
    });
    expect(db.prepare('SELECT count(*) FROM articles').pluck().get()).toBe(0);
  });
});
