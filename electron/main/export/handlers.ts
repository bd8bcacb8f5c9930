import type { Database } from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { IMPORT_JSON_MAX_BYTES, type ExportRequest } from '../../../shared/export/inputs';
import type { ParsedInputOf } from '../../../shared/ipc/types';
import type { PathChoices } from '../chooser/pathChoices';
import type { MainHandlers } from '../../../shared/ipc/types';
import { GlossError } from '../errors';
import { exportNotes, previewExport } from './exportNotes';
import { importAnnotations } from './importAnnotations';

export type ExportHandlers = Pick<
  MainHandlers,
  'previewExport' | 'exportNotes' | 'importAnnotations' | 'chooseExportDestination'
>;

/** A call's chosen destination (a handle) turned into the path main writes to. */
function toRequest(choices: PathChoices, input: ParsedInputOf<'exportNotes'>): ExportRequest {
  const { destination, ...rest } = input;
  return destination === undefined ? rest : { ...rest, path: choices.path('export', destination) };
}

/** The JSON of an annotation file, read from a path or given as content. */
export function readAnnotationJson(input: { readonly path: string } | { readonly content: string }): unknown {
  let text: string;
  if ('path' in input) {
    if (!isAbsolute(input.path))
      throw new GlossError('INVALID_ARGUMENT', 'Name the annotation file by its absolute path.');
    let size: number;
    try {
      size = statSync(input.path).size;
    } catch {
      throw new GlossError('NOT_FOUND', `There is no file at ${input.path}.`);
    }
    if (size > IMPORT_JSON_MAX_BYTES)
      throw new GlossError('IMPORT_FAILED', 'The annotation file is too large.');
    text = readFileSync(input.path, 'utf8');
  } else text = input.content;
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, '')) as unknown;
  } catch {
    throw new GlossError(
      'IMPORT_FAILED',
      'The file is not JSON: Gloss imports W3C Web Annotation JSON (such as its own export).',
    );
  }
}

export function exportHandlers(db: Database, choices: PathChoices): ExportHandlers {
  return {
    previewExport: (input) => previewExport(db, toRequest(choices, input)),
    exportNotes: (input) => exportNotes(db, toRequest(choices, input)),
    importAnnotations: (input) =>
      importAnnotations(
        db,
        readAnnotationJson('source' in input ? { path: choices.path('import', input.source) } : input),
      ),
    chooseExportDestination: (input) => choices.chooseExport(input),
  };
}
