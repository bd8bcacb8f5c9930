import type { Database } from 'better-sqlite3';
import { appendFileSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import type { Annotation } from '../../../shared/model/annotation';
import { codePointLength } from '../../../shared/text/canonical';
import { importSeeds } from '../corpus/importSeeds';
import { getArticle, listArticles } from '../db/articleRepo';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  reattachAnnotation,
  restoreAnnotation,
} from './annotationRepo';
import { articleText } from './articleText';
import { undo } from './history';
import { reanchorArticle } from './reanchor';
import { articleIdByTitle, copySeeds, openSeeded, rangeOf, TOKAYEV_FILE, TOKAYEV_STAGE } from './testSupport';

const tempDir = useTempDirs();

/** The text an annotation's position covers in its article now. */
function covered(db: Database, a: Annotation): string {
  // Array.from splits by code point, independently of the anchoring code under test.
  return Array.from(articleText(db, a.articleId)).slice(a.position.start, a.position.end).join('');
}

function editFile(file: string, edit: (text: string) => string): void {
  const before = readFileSync(file, 'utf8');
  const after = edit(before);
  expect(after).not.toBe(before);
  writeFileSync(file, after);
}

describe('re-anchoring when an article changes', () => {
  it('keeps, moves or orphans each annotation after a seed edit, and an orphan can be re-attached', () => {
    const seeds = copySeeds(SEED_DIR, tempDir());
    const library = openSeeded(tempDir(), seeds);
    const { db } = library;
    const articleId = articleIdByTitle(db, TOKAYEV_STAGE);
    const create = (phrase: string, note: string, tags: string[]) =>
      createAnnotation(db, { articleId, ...rangeOf(db, articleId, phrase), color: 'orange', note, tags });

    const before = create('Kassym-Jomart Tokayev announced at a Senate meeting today', 'before the edit', [
      'a',
    ]);
    const after = create('a comprehensive reboot of key state institutions', 'after the insertion', ['b']);
    const edited = create('the process of forming the country’s Senate was completed', 'edited inside', [
      'c',
    ]);
    const gone = create(
      'The Upper House plays an important role in the public administration system',
      'its paragraph goes',
      ['d', 'keep me'],
    );

    editFile(join(seeds, TOKAYEV_FILE), (text) =>
      text
        .replace(
          'Electoral legislation liberalization',
          'An editor’s note, inserted to shift what follows.\n\nElectoral legislation liberalization',
        )
        .replace('forming the country’s Senate was completed', 'forming the nation’s Senate was completed')
        .replace(/\n“All this will enable the Kazakh Senate[^\n]*\n/u, '\n'),
    );
    const report = importSeeds(db, seeds);
    expect(report).toMatchObject({ updated: 1, unchanged: 4, failed: [] });

    expect(getAnnotation(db, before.id)).toEqual(before);

    const shifted = getAnnotation(db, after.id);
    expect(shifted.anchor).toBe('moved');
    expect(shifted.position.start).toBe(
      after.position.start + codePointLength('An editor’s note, inserted to shift what follows.\n\n'),
    );
    expect(covered(db, shifted)).toBe('a comprehensive reboot of key state institutions');

    const fuzzy = getAnnotation(db, edited.id);
    expect(fuzzy.anchor).toBe('moved');
    expect(covered(db, fuzzy)).toBe('the process of forming the nation’s Senate was completed');
    expect(fuzzy.quote).toEqual(edited.quote);

    const orphan = getAnnotation(db, gone.id);
    expect(orphan).toEqual({ ...gone, anchor: 'orphan' });
    expect(listAnnotations(db, articleId).map((a) => a.id)).toContain(gone.id);

    const reattached = reattachAnnotation(db, {
      id: gone.id,
      ...rangeOf(db, articleId, 'new generation of politicians'),
    });
    expect(reattached).toMatchObject({
      id: gone.id,
      note: 'its paragraph goes',
      tags: ['d', 'keep me'],
      anchor: 'exact',
      createdAt: gone.createdAt,
      quote: { exact: 'new generation of politicians' },
    });
    expect(covered(db, reattached)).toBe('new generation of politicians');
    expect(undo(db)).toMatchObject({ annotation: { id: gone.id, anchor: 'orphan', quote: gone.quote } });
    library.close();
  });

  it('leaves an orphan in place so it anchors again if its text comes back', () => {
    const seeds = copySeeds(SEED_DIR, tempDir());
    const library = openSeeded(tempDir(), seeds);
    const { db } = library;
    const articleId = articleIdByTitle(db, TOKAYEV_STAGE);
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'important role in the public administration'),
      color: 'red',
    });
    const file = join(seeds, TOKAYEV_FILE);
    const original = readFileSync(file, 'utf8');
    editFile(file, (text) => text.replace(/\n“All this will enable the Kazakh Senate[^\n]*\n/u, '\n'));
    importSeeds(db, seeds);
    expect(getAnnotation(db, a.id).anchor).toBe('orphan');
    writeFileSync(file, original);
    importSeeds(db, seeds);
    expect(getAnnotation(db, a.id)).toEqual(a);
    library.close();
  });

  it('baseline: several annotations per seed all stay exact when every seed is re-imported unchanged', () => {
    const seeds = copySeeds(SEED_DIR, tempDir());
    const library = openSeeded(tempDir(), seeds);
    const { db } = library;
    const made: Annotation[] = [];
    for (const summary of listArticles(db, { offset: 0, limit: 10, sort: 'title', direction: 'asc' }).items) {
      const paragraphs = getArticle(db, summary.id).blocks.filter(
        (b) => b.kind === 'paragraph' && b.text.length > 80,
      );
      for (const block of paragraphs.slice(0, 6)) {
        // Words 3–9 of the paragraph: repeated openings ("Tokayev said…") make a fair test of context.
        const words = [...block.text.matchAll(/\S+/gu)];
        const from = words[2]?.index ?? 0;
        const last = words[8];
        const to = last ? last.index + last[0].length : block.text.length;
        const start = block.start + codePointLength(block.text.slice(0, from));
        made.push(
          createAnnotation(db, {
            articleId: summary.id,
            start,
            end: start + codePointLength(block.text.slice(from, to)),
            color: 'green',
          }),
        );
      }
    }
    expect(made.length).toBeGreaterThanOrEqual(25);
    expect(new Set(made.map((a) => a.articleId)).size).toBe(5);

    expect(importSeeds(db, seeds)).toMatchObject({ unchanged: 5 });
    // A trailing newline changes every file's hash but not its text: each article is re-imported and re-anchored.
    for (const file of readdirSync(seeds)) appendFileSync(join(seeds, file), '\n');
    expect(importSeeds(db, seeds)).toMatchObject({ updated: 5, failed: [] });
    expect(listAnnotations(db)).toEqual(expect.arrayContaining(made));
    expect(listAnnotations(db)).toHaveLength(made.length);
    for (const summary of listArticles(db, { offset: 0, limit: 10, sort: 'title', direction: 'asc' }).items) {
      expect(reanchorArticle(db, summary.id)).toMatchObject({ moved: 0, orphan: 0 });
    }
    for (const a of listAnnotations(db)) expect(covered(db, a)).toBe(a.quote.exact);
    library.close();
  });

  it('re-anchors deleted annotations too, so a restore lands on the current text', () => {
    const seeds = copySeeds(SEED_DIR, tempDir());
    const library = openSeeded(tempDir(), seeds);
    const { db } = library;
    const articleId = articleIdByTitle(db, TOKAYEV_STAGE);
    const a = createAnnotation(db, {
      articleId,
      ...rangeOf(db, articleId, 'a comprehensive reboot'),
      color: 'red',
    });
    deleteAnnotation(db, a.id);
    editFile(join(seeds, TOKAYEV_FILE), (text) =>
      text.replace('Electoral legislation', 'Inserted words. Electoral legislation'),
    );
    importSeeds(db, seeds);
    const restored = restoreAnnotation(db, a.id);
    expect(restored).toMatchObject({ anchor: 'moved', quote: a.quote });
    expect(restored.position.start).toBe(a.position.start + codePointLength('Inserted words. '));
    expect(covered(db, restored)).toBe('a comprehensive reboot');
    library.close();
  });
});
