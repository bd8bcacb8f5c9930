import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { getArticle } from '../db/articleRepo';
import { openLibrary, type Library } from '../library';
import { importFiles } from './importFiles';
import { FileImportError } from './limits';
import { readArticleFile } from './readArticleFile';
import {
  createFileReader,
  FileReadPool,
  hasSpareReaders,
  POOL_THRESHOLD,
  READER_STOPPED,
  warmFileReaders,
} from './readPool';

const XSS_DIR = fileURLToPath(new URL('../../../tests/fixtures/xss', import.meta.url));
const tempDir = useTempDirs();
let pool: FileReadPool | null = null;
let open: Library | null = null;
afterEach(async () => {
  await pool?.close();
  pool = null;
  open?.close();
  open = null;
});

/** News-like pages, each with its own text, plus the scripts and chrome real pages carry. */
function pages(count: number): string[] {
  const dir = tempDir();
  return Array.from({ length: count }, (_, i) => {
    const path = join(dir, `page-${String(i).padStart(3, '0')}.html`);
    const body = Array.from(
      { length: 6 },
      (_, k) =>
        `<p>Story ${i}, paragraph ${k}: the council of district ${i} met on day ${k} and agreed on the budget after a long debate.</p>`,
    ).join('');
    writeFileSync(
      path,
      `<html><head><title>Story ${i} | Herald</title><meta name="author" content="Reporter ${i}"><script>track(${i})</script></head>` +
        `<body><nav><a href="/">Home</a></nav><article><h1>Story ${i}</h1>${body}</article><footer>© Herald</footer></body></html>`,
    );
    return path;
  });
}

describe('FileReadPool', () => {
  it('reads on a worker thread exactly what this thread reads, the XSS corpus included', async () => {
    const paths = [...readdirSync(XSS_DIR).map((name) => join(XSS_DIR, name)), ...pages(3)];
    pool = new FileReadPool(1);
    for (const path of paths) {
      const here = await readArticleFile(path).catch((error: unknown) => error);
      const there = await pool.read(path).catch((error: unknown) => error);
      expect(there, path).toEqual(here);
    }
    expect(pool.readOffThread).toBe(paths.length);
  });

  it('fails only the file a worker stopped on, replaces the worker, then reads here when they keep stopping', async () => {
    const [first, second, third] = pages(3);
    // A read can never finish within 1 ms (the worker builds its jsdom window first), so each worker is stopped.
    pool = new FileReadPool(1, { timeoutMs: 1, maxRestarts: 1 });
    for (const path of [first, second]) {
      const error = await pool.read(path ?? '').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(FileImportError);
      expect((error as Error).message).toBe(READER_STOPPED);
    }
    await expect(pool.read(third ?? '')).resolves.toEqual(await readArticleFile(third ?? ''));
    expect(pool.readOffThread).toBe(0);
  });

  it('fails only the file being read when a worker stops, not the one sent after it', async () => {
    const [current, waiting] = pages(2);
    // Both are sent to the worker at once; it is stopped on the first, and with no restarts allowed
    // the second comes back to be read here.
    pool = new FileReadPool(1, { timeoutMs: 1, maxRestarts: 0 });
    const [first, second] = await Promise.allSettled([pool.read(current ?? ''), pool.read(waiting ?? '')]);
    expect(first).toMatchObject({ status: 'rejected', reason: { message: READER_STOPPED } });
    expect(second).toEqual({ status: 'fulfilled', value: await readArticleFile(waiting ?? '') });
  });

  it('reports a missing file as this thread would', async () => {
    pool = new FileReadPool(1);
    const error = await pool.read(join(tempDir(), 'gone.html')).catch((e: unknown) => e);
    expect((error as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});

describe('createFileReader', () => {
  it('reads a small batch on this thread only', async () => {
    const paths = pages(3);
    const reader = createFileReader(paths);
    for (const path of paths) await reader.read(path);
    await reader.close();
    expect(reader.readOffThread).toBe(0);
  });

  it('imports a large batch through the workers with the same articles as one by one', async () => {
    const paths = pages(POOL_THRESHOLD + 8);
    open = openLibrary({ dataDir: tempDir() });
    // One worker whatever the machine's cores.
    process.env.GLOSS_IMPORT_WORKERS = '1';
    const report = await importFiles(open.db, [join(paths[0] ?? '', '..')]).finally(
      () => delete process.env.GLOSS_IMPORT_WORKERS,
    );
    expect(report).toMatchObject({ created: paths.length, failed: 0 });
    for (const [index, file] of report.files.entries()) {
      const expected = await readArticleFile(paths[index] ?? '');
      const stored = getArticle(open.db, file.articleId ?? '');
      expect(stored.title).toBe(expected.draft.title);
      expect(stored.blocks.map((b) => b.text)).toEqual(expected.draft.blocks.map((b) => b.text));
    }
  });
});

describe('warmFileReaders', () => {
  it('starts the readers ahead, and the next large batch reads with them', async () => {
    await warmFileReaders(1);
    expect(hasSpareReaders()).toBe(true);
    const paths = pages(POOL_THRESHOLD);
    const reader = createFileReader(paths, 1);
    expect(hasSpareReaders()).toBe(false);
    try {
      for (const path of paths) expect(await reader.read(path)).toEqual(await readArticleFile(path));
      expect(reader.readOffThread).toBeGreaterThan(0);
    } finally {
      await reader.close();
    }
  });

  it('stops readers no import took', async () => {
    const ready = warmFileReaders(1, 50);
    expect(hasSpareReaders()).toBe(true);
    await ready; // Resolves when the pool is stopped unready, too.
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(hasSpareReaders()).toBe(false);
  });
});
