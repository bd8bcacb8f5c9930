import { describe, expect, it } from 'vitest';
import type { FileImportReport, FileImportResult } from '../../../shared/export/results';
import { fileName, mergeReports, summarizeImport } from './importSummary';

const file = (
  path: string,
  status: FileImportResult['status'],
  message: string | null = null,
): FileImportResult => ({
  path,
  status,
  articleId: null,
  title: null,
  message,
  warnings: [],
});

function report(files: FileImportResult[], cancelled = false): FileImportReport {
  const count = (s: FileImportResult['status']) => files.filter((f) => f.status === s).length;
  return {
    jobId: 'j',
    files,
    created: count('created'),
    updated: count('updated'),
    unchanged: count('unchanged'),
    duplicates: count('duplicate'),
    failed: count('failed'),
    cancelled,
  };
}

describe('summarizeImport', () => {
  it('says what came in, what was skipped and which files failed, with why', () => {
    const summary = summarizeImport(
      report([
        file('/news/a.txt', 'created'),
        file('/news/b.html', 'created'),
        file('/news/c.txt', 'duplicate', 'The library already has this text, as “A”.'),
        file('/news/broken.html', 'failed', 'The file is empty.'),
      ]),
    );
    expect(summary.headline).toBe('Imported 2 new articles.');
    expect(summary.details).toEqual([
      '1 duplicate skipped: the library already has the same text.',
      '1 file could not be imported:',
    ]);
    expect(summary.problems).toEqual([
      { name: 'broken.html', path: '/news/broken.html', message: 'The file is empty.' },
    ]);
    expect(summary.duplicates.map((d) => d.name)).toEqual(['c.txt']);
  });

  it('reports a cancelled import and an empty folder plainly', () => {
    const cancelled = summarizeImport(report([file('a.txt', 'created'), file('b.txt', 'cancelled')], true));
    expect(cancelled.headline).toBe('Imported 1 new article.');
    expect(cancelled.details).toEqual([
      'Cancelled: 1 file was not imported. Articles imported before stay in the library.',
    ]);
    expect(summarizeImport(report([])).headline).toBe('There were no .txt, .md or .html files to import.');
  });

  it('merges the reports of a drop sent in batches', () => {
    const merged = mergeReports([
      report([file('a.txt', 'created')]),
      report([file('b.txt', 'failed', 'x'), file('c.txt', 'created')]),
    ]);
    expect(merged).toMatchObject({ created: 2, failed: 1, cancelled: false });
    expect(merged.files.map((f) => f.path)).toEqual(['a.txt', 'b.txt', 'c.txt']);
  });

  it('names files by their last path part on any platform', () => {
    expect(fileName('/a/b/c.txt')).toBe('c.txt');
    expect(fileName('C:\\news\\d.html')).toBe('d.html');
    expect(fileName('dropped.md')).toBe('dropped.md');
  });
});
