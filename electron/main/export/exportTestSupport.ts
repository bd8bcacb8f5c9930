/** A seeded library with annotations of every colour-ish kind, for the export and import tests. */
import type { Database } from 'better-sqlite3';
import { createAnnotation } from '../annotations/annotationRepo';
import { articleIdByTitle, openSeeded, rangeOf, TOKAYEV_STAGE } from '../annotations/testSupport';
import type { Library } from '../library';
import type { ExportClock } from './exportNotes';

export const PARTIES = 'Kazakhstan needs parties with high responsibility';
export const DEMOCRACY = 'President Tokayev Calls to Strengthen Principles of Democracy';

export const FIXED_CLOCK: ExportClock = {
  now: () => '2024-06-01T12:00:00.000Z',
  newId: () => '00000000-0000-4000-8000-0000000e0001',
};

export interface AnnotatedLibrary {
  readonly library: Library;
  readonly db: Database;
  readonly stage: string;
  readonly parties: string;
  readonly democracy: string;
}

export function annotatedLibrary(dataDir: string, seedDir: string): AnnotatedLibrary {
  const library = openSeeded(dataDir, seedDir);
  const { db } = library;
  const stage = articleIdByTitle(db, TOKAYEV_STAGE);
  const parties = articleIdByTitle(db, PARTIES);
  const democracy = articleIdByTitle(db, DEMOCRACY);
  const add = (
    articleId: string,
    phrase: string,
    more: Omit<Parameters<typeof createAnnotation>[1], 'articleId' | 'start' | 'end'>,
    at: string,
  ) => createAnnotation(db, { articleId, ...rangeOf(db, articleId, phrase), ...more }, at);
  add(
    stage,
    'new development stage',
    { color: 'yellow', note: 'Line one\nline two', tags: ['stage', 'Senate'] },
    '2024-05-01T09:00:00.000Z',
  );
  add(stage, 'new parties', { color: 'blue', style: 'underline' }, '2024-05-02T09:00:00.000Z');
  add(
    parties,
    'political parties with high responsibility',
    { color: 'red', note: '=1+1 <b>bold</b>', tags: ['parties'] },
    '2024-05-03T09:00:00.000Z',
  );
  add(
    democracy,
    'different opinions, but one nation',
    { color: 'green', tags: ['unity', 'Senate'] },
    '2024-05-04T09:00:00.000Z',
  );
  return { library, db, stage, parties, democracy };
}
