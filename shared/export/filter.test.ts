import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import { filterEntries } from './filter';
import type { ExportEntry } from './types';

function a(id: string, over: Partial<Annotation>): Annotation {
  return {
    id,
    articleId: 'x',
    quote: { type: 'TextQuoteSelector', exact: id, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start: 0, end: 1 },
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
    anchor: 'exact',
    createdAt: '2024-05-01T10:00:00.000Z',
    updatedAt: '2024-05-01T10:00:00.000Z',
    ...over,
  };
}

const article = (id: string): ExportEntry['article'] => ({
  id,
  title: id,
  source: null,
  author: null,
  publishedAt: null,
  blockStarts: [],
});
const entries: ExportEntry[] = [
  {
    article: article('one'),
    annotations: [
      a('red-early', { color: 'red', tags: ['Senate'], createdAt: '2024-04-30T23:59:59.000Z' }),
      a('blue', { color: 'blue', tags: ['budget'], updatedAt: '2024-06-02T00:00:00.000Z' }),
    ],
  },
  {
    article: article('two'),
    annotations: [
      a('yellow-late', { createdAt: '2024-05-20T08:00:00.000Z', updatedAt: '2024-05-20T08:00:00.000Z' }),
    ],
  },
  { article: article('empty'), annotations: [] },
];
const ids = (out: ExportEntry[]): string[][] =>
  out.map((e) => [e.article.id, ...e.annotations.map((x) => x.id)]);

describe('filterEntries', () => {
  it('keeps annotated articles only, unless asked', () => {
    expect(ids(filterEntries(entries, {}))).toEqual([
      ['one', 'red-early', 'blue'],
      ['two', 'yellow-late'],
    ]);
    expect(ids(filterEntries(entries, { includeEmpty: true })).map((e) => e[0])).toEqual([
      'one',
      'two',
      'empty',
    ]);
  });

  it('filters by colour, by tag (case aside) and by creation day', () => {
    expect(ids(filterEntries(entries, { colors: ['blue', 'yellow'] }))).toEqual([
      ['one', 'blue'],
      ['two', 'yellow-late'],
    ]);
    expect(ids(filterEntries(entries, { tags: ['senate'] }))).toEqual([['one', 'red-early']]);
    expect(ids(filterEntries(entries, { from: '2024-05-01', to: '2024-05-19' }))).toEqual([['one', 'blue']]);
    expect(
      ids(filterEntries(entries, { colors: ['green'], includeEmpty: true })).map((e) => e.length),
    ).toEqual([1, 1, 1]);
  });

  it('keeps only what changed since a time, or the whole of each changed article', () => {
    const since = '2024-05-10T00:00:00.000Z';
    expect(ids(filterEntries(entries, {}, { since, wholeArticles: false }))).toEqual([
      ['one', 'blue'],
      ['two', 'yellow-late'],
    ]);
    expect(ids(filterEntries(entries, {}, { since, wholeArticles: true }))).toEqual([
      ['one', 'red-early', 'blue'],
      ['two', 'yellow-late'],
    ]);
    expect(
      ids(
        filterEntries(
          entries,
          { includeEmpty: true },
          { since: '2024-07-01T00:00:00.000Z', wholeArticles: true },
        ),
      ),
    ).toEqual([]);
  });
});
