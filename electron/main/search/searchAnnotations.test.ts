import { afterEach, describe, expect, it } from 'vitest';
import type { SearchPage } from '../../../shared/model/search';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import {
  createAnnotation,
  deleteAnnotation,
  restoreAnnotation,
  updateAnnotation,
} from '../annotations/annotationRepo';
import { renameColorLabel } from '../annotations/colorLabels';
import { undo } from '../annotations/history';
import { articleIdByTitle, openSeeded, rangeOf, TOKAYEV_STAGE } from '../annotations/testSupport';
import type { Library } from '../library';
import { excerpt } from './searchAnnotations';
import { searchLibrary } from './searchLibrary';
import { scanWords } from '../../../shared/search/tokenize';

const tempDir = useTempDirs();
const open: Library[] = [];
afterEach(() => {
  for (const library of open.splice(0)) library.close();
});

const PARTIES = 'Kazakhstan needs parties with high responsibility, President';

/** A seeded library with four annotations on two articles. */
function annotated() {
  const library = openSeeded(tempDir(), SEED_DIR);
  open.push(library);
  const { db } = library;
  const stage = articleIdByTitle(db, TOKAYEV_STAGE);
  const parties = articleIdByTitle(db, PARTIES);
  const at = (articleId: string, phrase: string) => ({ articleId, ...rangeOf(db, articleId, phrase) });
  const senate = createAnnotation(db, {
    ...at(stage, 'Senate meeting'),
    color: 'yellow',
    note: 'Serendipitous timing: the quorum was reached the day before.',
    tags: ['Politics'],
  });
  const parliament = createAnnotation(db, { ...at(stage, 'Upper House of the Parliament'), color: 'blue' });
  const quota = createAnnotation(db, {
    ...at(stage, 'special quota'),
    color: 'orange',
    note: 'Ask who decides it',
    tags: ['question'],
  });
  const responsible = createAnnotation(db, {
    ...at(parties, 'political parties with high responsibility'),
    color: 'yellow',
    tags: ['politics', 'parties'],
  });
  return { library, db, stage, parties, senate, parliament, quota, responsible };
}

const search = (
  library: Library,
  q: string,
  more: { annotationOffset?: number; annotationLimit?: number } = {},
): SearchPage => searchLibrary(library.db, { q, limit: 20, offset: 0, seq: 0, annotationLimit: 20, ...more });
const found = (page: SearchPage) => page.annotations.hits.map((h) => h.annotationId);

describe('searchAnnotations', () => {
  it('finds a word of a note with a typo, and marks it in the note', () => {
    const { library, senate } = annotated();
    const page = search(library, 'serendipitus ');
    expect(found(page)).toEqual([senate.id]);
    const [hit] = page.annotations.hits;
    expect(hit).toMatchObject({
      tier: 1,
      color: 'yellow',
      colorName: expect.any(String) as string,
      tags: ['Politics'],
    });
    expect(hit?.note.text).toBe('Serendipitous timing: the quorum was reached the day before.');
    expect(hit?.note.ranges).toEqual([[0, 13]]);
    expect(hit?.quote).toEqual({ text: 'Senate meeting', cutBefore: false, cutAfter: false, ranges: [] });
    expect(hit?.articleTitle).toBe(TOKAYEV_STAGE);
    expect(page.ignoredFilters).toEqual([]);
  });

  it('finds quoted text, exact matches before fuzzy ones, every word required', () => {
    const { library, senate, parliament, responsible } = annotated();
    expect(found(search(library, 'parliament '))).toEqual([parliament.id]);
    expect(found(search(library, 'senate meeting '))).toEqual([senate.id]);
    expect(found(search(library, 'senate house '))).toEqual([]);
    // "parties" exactly in one quote; one edit away ("partes") finds it too, at tier 1.
    expect(search(library, 'partes ').annotations.hits.map((h) => [h.annotationId, h.tier])).toEqual([
      [responsible.id, 1],
    ]);
    expect(found(search(library, '"upper house"'))).toEqual([parliament.id]);
  });

  it('completes the word being typed, and excludes -words', () => {
    const { library, senate, quota } = annotated();
    expect(found(search(library, 'quor'))).toEqual([senate.id]);
    expect(new Set(found(search(library, 'qu')))).toEqual(new Set([senate.id, quota.id]));
    expect(found(search(library, '-quorum qu'))).toEqual([quota.id]);
  });

  it('filters by colour id or name, tag and has:note, and lists annotations for filters alone', () => {
    const { library, db, senate, parliament, quota, responsible } = annotated();
    expect(new Set(found(search(library, 'color:yellow')))).toEqual(new Set([senate.id, responsible.id]));
    renameColorLabel(db, 'orange', 'Question');
    expect(found(search(library, 'color:question'))).toEqual([quota.id]);
    expect(found(search(library, 'color:"question"'))).toEqual([quota.id]);
    expect(new Set(found(search(library, 'tag:politics')))).toEqual(new Set([senate.id, responsible.id]));
    expect(found(search(library, 'tag:POLITICS has:note'))).toEqual([senate.id]);
    expect(new Set(found(search(library, 'has:note')))).toEqual(new Set([senate.id, quota.id]));
    expect(new Set(found(search(library, '-has:note')))).toEqual(new Set([parliament.id, responsible.id]));
    expect(found(search(library, 'color:yellow senate '))).toEqual([senate.id]);
    expect(found(search(library, 'tag:nosuchtag'))).toEqual([]);
    const bad = search(library, 'color:teal has:everything');
    expect(bad.ignoredFilters).toEqual([
      { filter: 'color:teal', reason: 'invalid' },
      { filter: 'has:everything', reason: 'invalid' },
    ]);
    expect(bad.annotations.total).toBe(0);
  });

  it('restricts articles to those holding matching annotations', () => {
    const { library, stage, parties } = annotated();
    expect(search(library, 'color:orange').hits.map((h) => h.articleId)).toEqual([stage]);
    expect(new Set(search(library, 'tag:politics').hits.map((h) => h.articleId))).toEqual(
      new Set([stage, parties]),
    );
    // Words still search the articles; the filter keeps those with such annotations.
    const senate = search(library, 'senate tag:parties ');
    expect(senate.hits.map((h) => h.articleId)).toEqual([parties]);
    expect(senate.annotations.total).toBe(0);
    expect(search(library, 'senate ').hits.length).toBeGreaterThan(1);
  });

  it('follows every change: edits, deletes, restores and undo', () => {
    const { library, db, quota } = annotated();
    expect(found(search(library, 'decides '))).toEqual([quota.id]);
    updateAnnotation(db, { id: quota.id, note: 'Who sets it?' });
    expect(found(search(library, 'decides '))).toEqual([]);
    expect(found(search(library, 'sets '))).toEqual([quota.id]);
    undo(db);
    expect(found(search(library, 'decides '))).toEqual([quota.id]);
    deleteAnnotation(db, quota.id);
    expect(found(search(library, 'decides '))).toEqual([]);
    restoreAnnotation(db, quota.id);
    expect(found(search(library, 'decides '))).toEqual([quota.id]);
    updateAnnotation(db, { id: quota.id, tags: [] });
    expect(found(search(library, 'tag:question'))).toEqual([]);
  });

  it('pages the annotations apart from the articles, and never returns whole long notes', () => {
    const { library, db, stage } = annotated();
    const long = `${'word '.repeat(300)}needle ${'word '.repeat(300)}`;
    const a = createAnnotation(db, {
      articleId: stage,
      ...rangeOf(db, stage, 'new members'),
      color: 'green',
      note: long,
    });
    const all = search(library, 'color:yellow', { annotationLimit: 1 });
    expect(all.annotations).toMatchObject({ total: 2, offset: 0 });
    expect(all.annotations.hits).toHaveLength(1);
    const next = search(library, 'color:yellow', { annotationLimit: 1, annotationOffset: 1 });
    expect(next.annotations.hits).toHaveLength(1);
    expect(next.annotations.hits[0]?.annotationId).not.toBe(all.annotations.hits[0]?.annotationId);
    const [hit] = search(library, 'needle ').annotations.hits;
    expect(hit?.annotationId).toBe(a.id);
    expect(Array.from(hit?.note.text ?? '').length).toBeLessThanOrEqual(240);
    expect(hit).toMatchObject({ note: { cutBefore: true, cutAfter: true } });
    const [range] = hit?.note.ranges ?? [];
    expect(
      range &&
        Array.from(hit?.note.text ?? '')
          .slice(range[0], range[1])
          .join(''),
    ).toBe('needle');
  });
});

describe('excerpt', () => {
  it('keeps short texts whole and cuts long ones at a word around the first match', () => {
    const text = `${'alpha '.repeat(60)}target${' omega'.repeat(60)}`;
    const cut = excerpt(text, scanWords(text), [{ words: ['target'] }]);
    expect(cut.text.startsWith('alpha')).toBe(true);
    expect(cut.ranges).toHaveLength(1);
    expect(excerpt('short 🎉 text', scanWords('short 🎉 text'), [{ words: ['text'] }])).toEqual({
      text: 'short 🎉 text',
      cutBefore: false,
      cutAfter: false,
      ranges: [[8, 12]],
    });
  });
});
