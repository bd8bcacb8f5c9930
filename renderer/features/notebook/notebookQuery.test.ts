import { describe, expect, it } from 'vitest';
import type { Annotation, ColorId } from '../../../shared/model/annotation';
import {
  EMPTY_FILTER,
  filterNotebook,
  groupByArticle,
  isFiltered,
  sortNotebook,
  type NotebookEntry,
} from './notebookQuery';

function entry(
  id: string,
  article: [string, string],
  start: number,
  color: ColorId,
  createdAt: string,
  text: { quote?: string; note?: string; tags?: string[] } = {},
): NotebookEntry {
  const annotation: Annotation = {
    id,
    articleId: article[0],
    quote: { type: 'TextQuoteSelector', exact: text.quote ?? 'quote', prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + 5 },
    color,
    style: 'highlight',
    note: text.note ?? '',
    tags: text.tags ?? [],
    anchor: 'exact',
    createdAt,
    updatedAt: createdAt,
  };
  return { annotation, articleTitle: article[1] };
}

const SENATE: [string, string] = ['a1', 'Senate meeting'];
const PARTIES: [string, string] = ['a2', 'Parties and responsibility'];
const ENTRIES = [
  entry('1', SENATE, 50, 'yellow', '2026-01-03', {
    quote: 'Démocratie is responsibility',
    tags: ['Democracy'],
  }),
  entry('2', PARTIES, 10, 'blue', '2026-01-01', {
    note: 'A **question** about élections',
    tags: ['elections'],
  }),
  entry('3', SENATE, 5, 'blue', '2026-01-02', { quote: 'The Senate plays a crucial role' }),
  entry('4', PARTIES, 99, 'red', '2026-01-04', { tags: ['democracy', 'parties'] }),
];
const ids = (entries: readonly NotebookEntry[]): string[] => entries.map((e) => e.annotation.id);

describe('notebook filter', () => {
  it('keeps everything with no filter', () => {
    expect(ids(filterNotebook(ENTRIES, EMPTY_FILTER))).toEqual(['1', '2', '3', '4']);
    expect(isFiltered(EMPTY_FILTER)).toBe(false);
  });

  it('filters by colours, tag (case aside) and article, together', () => {
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, colors: ['blue', 'red'] }))).toEqual([
      '2',
      '3',
      '4',
    ]);
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, tag: 'DEMOCRACY' }))).toEqual(['1', '4']);
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, articleId: 'a1', colors: ['blue'] }))).toEqual([
      '3',
    ]);
    expect(isFiltered({ ...EMPTY_FILTER, tag: 'x' })).toBe(true);
  });

  it('matches text in quote, note and tags, folding case and accents', () => {
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, text: 'democratie' }))).toEqual(['1']);
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, text: 'ELECTIONS' }))).toEqual(['2']);
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, text: 'crucial  role' }))).toEqual(['3']);
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, text: 'parties' }))).toEqual(['4']);
    expect(ids(filterNotebook(ENTRIES, { ...EMPTY_FILTER, text: 'nowhere' }))).toEqual([]);
  });
});

describe('notebook sort', () => {
  it('sorts newest first, oldest first, or by article title and position', () => {
    expect(ids(sortNotebook(ENTRIES, 'newest'))).toEqual(['4', '1', '3', '2']);
    expect(ids(sortNotebook(ENTRIES, 'oldest'))).toEqual(['2', '3', '1', '4']);
    expect(ids(sortNotebook(ENTRIES, 'article'))).toEqual(['2', '4', '3', '1']);
  });

  it('groups consecutive entries of one article', () => {
    const groups = groupByArticle(sortNotebook(ENTRIES, 'article'));
    expect(groups.map((g) => [g.title, ids(g.entries)])).toEqual([
      ['Parties and responsibility', ['2', '4']],
      ['Senate meeting', ['3', '1']],
    ]);
  });
});
