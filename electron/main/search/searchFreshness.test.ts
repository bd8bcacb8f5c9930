import { afterEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import type { SearchPage } from '../../../shared/model/search';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { upsertArticle } from '../db/articleRepo';
import { LIBRARY_FILE, openDatabase } from '../db/openDatabase';
import { createHandlers } from '../handlers';
import { dispatch } from '../ipc/dispatch';
import { openLibrary, type Library } from '../library';
import { searchLibrary } from './searchLibrary';

const tempDir = useTempDirs();
const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});

function library(dataDir: string, seeded = true): Library {
  const lib = openLibrary({ dataDir, seedDir: seeded ? SEED_DIR : undefined });
  open.push(lib);
  return lib;
}

const titles = (lib: Library, q: string) =>
  searchLibrary(lib.db, { q, limit: 50, offset: 0, seq: 0 }).hits.map((h) => h.title);

const draft = (title: string, text: string) => ({
  title,
  source: null,
  author: null,
  publishedAt: null,
  blocks: [{ kind: 'paragraph' as const, text }],
});

describe('search stays current', () => {
  it('sees what another connection imported and indexed', () => {
    const dir = tempDir();
    const app = library(dir);
    expect(titles(app, 'cormorant ')).toEqual([]);
    const cli = library(dir, false);
    upsertArticle(cli.db, 'test:cli', 'h', draft('From the command line', 'A cormorant dried its wings.'));
    expect(titles(cli, 'cormorant ')).toEqual(['From the command line']);
    expect(titles(app, 'cormorat ')).toEqual(['From the command line']);
  });

  it('drops articles that were deleted or changed', () => {
    const lib = library(tempDir(), false);
    const { id } = upsertArticle(lib.db, 'test:a', 'h1', draft('Birds', 'A cormorant dried its wings.'));
    expect(titles(lib, 'cormorant ')).toEqual(['Birds']);
    upsertArticle(lib.db, 'test:a', 'h2', draft('Birds', 'A heron waited.'));
    expect(titles(lib, 'cormorant ')).toEqual([]);
    expect(titles(lib, 'heron ')).toEqual(['Birds']);
    lib.db.prepare('DELETE FROM articles WHERE id = ?').run(id);
    expect(titles(lib, 'heron ')).toEqual([]);
  });

  it('loads its stored vocabulary at a restart and adds only what was indexed since', () => {
    const dir = tempDir();
    const first = library(dir);
    titles(first, 'senate ');
    const storedAt = first.db.prepare('SELECT generation FROM search_vocab_cache').pluck().get();
    upsertArticle(first.db, 'test:late', 'h', draft('Late', 'A cormorant dried its wings.'));
    expect(titles(first, 'cormorat ')).toEqual(['Late']);
    first.close();
    open.splice(open.indexOf(first), 1);
    const again = library(dir);
    expect(titles(again, 'cormorat ')).toEqual(['Late']);
    expect(again.db.prepare('SELECT generation FROM search_vocab_cache').pluck().get()).toBe(storedAt);
  });

  it('keeps its vocabulary across restarts and searches a read-only library', () => {
    const dir = tempDir();
    const first = library(dir);
    const expected = titles(first, 'Majilis ');
    expect(first.db.prepare('SELECT count(*) FROM search_vocab_cache').pluck().get()).toBe(1);
    const readonly = openDatabase(join(dir, LIBRARY_FILE), { readonly: true });
    try {
      expect(
        searchLibrary(readonly, { q: 'Majilis ', limit: 50, offset: 0, seq: 0 }).hits.map((h) => h.title),
      ).toEqual(expected);
    } finally {
      readonly.close();
    }
  });
});

describe('search over the contract', () => {
  it('validates the input and echoes seq', async () => {
    const lib = library(tempDir());
    const handlers = createHandlers(lib.db);
    const ok = await dispatch(handlers, 'search', { q: 'senate', seq: 7 });
    expect(ok.ok && (ok.value as SearchPage).seq).toBe(7);
    expect(ok.ok && (ok.value as SearchPage).hits.length).toBeLessThanOrEqual(20);
    for (const bad of [
      { q: 'x'.repeat(501) },
      { q: 'x', limit: 0 },
      { q: 'x', limit: 51 },
      { q: 'x', offset: -1 },
      { q: 'x', seq: 1.5 },
      { q: 'x', extra: 1 },
      {},
    ]) {
      const result = await dispatch(handlers, 'search', bad);
      expect(result.ok ? 'ok' : result.error.code, JSON.stringify(bad)).toBe('INVALID_ARGUMENT');
    }
  });
});
