import type { FileImportReport, FileImportResult } from '../../../shared/export/results';

/** Several reports (a drop sent in batches) as one. */
export function mergeReports(reports: readonly FileImportReport[]): FileImportReport {
  const sum = (key: 'created' | 'updated' | 'unchanged' | 'duplicates' | 'failed'): number =>
    reports.reduce((n, r) => n + r[key], 0);
  return {
    jobId: reports.map((r) => r.jobId).join(','),
    files: reports.flatMap((r) => r.files),
    created: sum('created'),
    updated: sum('updated'),
    unchanged: sum('unchanged'),
    duplicates: sum('duplicates'),
    failed: sum('failed'),
    cancelled: reports.some((r) => r.cancelled),
  };
}

const plural = (n: number, one: string, many: string): string =>
  `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

/** The last part of a path (or a dropped file's name), as the user knows the file. */
export function fileName(path: string): string {
  return path.split(/[\\/]/u).filter(Boolean).at(-1) ?? path;
}

export interface ImportSummary {
  /** One sentence: what came in. */
  readonly headline: string;
  /** Further sentences: what was skipped, updated or left, each in plain words. */
  readonly details: readonly string[];
  /** Files that could not be imported, with why. */
  readonly problems: readonly { readonly name: string; readonly path: string; readonly message: string }[];
  /** Files skipped as the same text as an article already in the library. */
  readonly duplicates: readonly { readonly name: string; readonly message: string }[];
}

export function summarizeImport(report: FileImportReport): ImportSummary {
  const details: string[] = [];
  if (report.duplicates > 0) {
    details.push(
      `${plural(report.duplicates, 'duplicate', 'duplicates')} skipped: the library already has the same text.`,
    );
  }
  if (report.updated > 0)
    details.push(`${plural(report.updated, 'article was', 'articles were')} updated from a changed file.`);
  if (report.unchanged > 0)
    details.push(`${plural(report.unchanged, 'file was', 'files were')} already imported and unchanged.`);
  const cancelledFiles = report.files.filter((f) => f.status === 'cancelled').length;
  if (report.cancelled) {
    details.push(
      cancelledFiles > 0
        ? `Cancelled: ${plural(cancelledFiles, 'file was', 'files were')} not imported. Articles imported before stay in the library.`
        : 'Cancelled after the last file.',
    );
  }
  if (report.failed > 0) details.push(`${plural(report.failed, 'file', 'files')} could not be imported:`);
  const headline =
    report.created > 0
      ? `Imported ${plural(report.created, 'new article', 'new articles')}.`
      : report.files.length === 0
        ? 'There were no .txt, .md or .html files to import.'
        : 'No new articles were imported.';
  const named = (f: FileImportResult) => ({ name: fileName(f.path), path: f.path, message: f.message ?? '' });
  return {
    headline,
    details,
    problems: report.files.filter((f) => f.status === 'failed').map(named),
    duplicates: report.files.filter((f) => f.status === 'duplicate').map(named),
  };
}
