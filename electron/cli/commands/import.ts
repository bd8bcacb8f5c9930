import { extname, resolve } from 'node:path';
import type { AnnotationImportReport, FileImportReport } from '../../../shared/export/results';
import { readAnnotationJson } from '../../main/export/handlers';
import { importAnnotations } from '../../main/export/importAnnotations';
import { importFiles } from '../../main/importing/importFiles';
import { UsageError } from '../args';
import type { CliIo, Command } from '../command';

function printFiles(report: FileImportReport, io: CliIo): void {
  for (const file of report.files) {
    if (file.status === 'created' || file.status === 'updated' || file.status === 'unchanged') {
      io.out(`${file.status.padEnd(9)} ${file.path}  “${file.title ?? ''}”`);
    } else io.out(`${file.status.padEnd(9)} ${file.path}: ${file.message ?? ''}`);
    for (const warning of file.warnings) io.out(`          note: ${warning}`);
  }
  io.out(
    `${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.duplicates} duplicate, ${report.failed} failed.`,
  );
}

function printAnnotations(path: string, report: AnnotationImportReport, io: CliIo): void {
  io.out(
    `${path}: ${report.imported} annotations imported (${report.orphaned} orphaned), ${report.unchanged} already there, ${report.unmatched} unmatched.`,
  );
  for (const problem of report.problems) io.out(`          note: ${problem}`);
}

export const importCommand: Command = {
  name: 'import',
  usage:
    'import PATH…              import .txt/.md/.html files and folders as articles; .json as annotations',
  async run({ library, args, values, io }) {
    if (args.length === 0) throw new UsageError('import needs at least one file or folder.');
    const paths = args.map((arg) => resolve(arg));
    const annotationFiles = paths.filter((p) => extname(p).toLowerCase() === '.json');
    const articleFiles = paths.filter((p) => extname(p).toLowerCase() !== '.json');
    const files = articleFiles.length > 0 ? await importFiles(library.db, articleFiles) : null;
    const annotations = annotationFiles.map((path) => ({
      path,
      report: importAnnotations(library.db, readAnnotationJson({ path })),
    }));
    if (values.json === true) io.out(JSON.stringify({ files, annotations }, null, 2));
    else {
      if (files) printFiles(files, io);
      for (const { path, report } of annotations) printAnnotations(path, report, io);
    }
    return (files?.failed ?? 0) > 0 ? 1 : 0;
  },
};
