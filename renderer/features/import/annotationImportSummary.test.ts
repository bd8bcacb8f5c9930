import { describe, expect, it } from 'vitest';
import { summarizeAnnotationImport } from './annotationImportSummary';

type Counts = Partial<Record<'imported' | 'unchanged' | 'orphaned' | 'unmatched', number>>;
const report = (counts: Counts) => ({
  imported: 0,
  unchanged: 0,
  orphaned: 0,
  unmatched: 0,
  problems: [],
  ...counts,
});

describe('summarizeAnnotationImport', () => {
  it('says what came in, then what was left, orphaned or unmatched', () => {
    expect(
      summarizeAnnotationImport(report({ imported: 3, unchanged: 2, orphaned: 2, unmatched: 4 })),
    ).toEqual([
      'Imported 3 highlights with their notes and tags.',
      '2 highlights were already in the library and are left as they were.',
      'The text of 2 highlights was not found in their articles: they are kept, listed with each article, to attach again.',
      '4 highlights belong to articles that are not in the library; they were not imported.',
    ]);
  });

  it('speaks of one highlight in the singular', () => {
    expect(
      summarizeAnnotationImport(report({ imported: 1, unchanged: 1, orphaned: 1, unmatched: 1 })),
    ).toEqual([
      'Imported 1 highlight with its note and tags.',
      '1 highlight was already in the library and is left as it was.',
      '1 highlight’s text was not found in its article: it is kept, listed with the article, to attach again.',
      '1 highlight belongs to an article that is not in the library; it was not imported.',
    ]);
  });

  it('says plainly when a second import of the same file brings nothing new', () => {
    expect(summarizeAnnotationImport(report({ unchanged: 1200 }))).toEqual([
      'Nothing new: every highlight in the file is already in the library, or has no article here.',
      '1,200 highlights were already in the library and are left as they were.',
    ]);
  });
});
