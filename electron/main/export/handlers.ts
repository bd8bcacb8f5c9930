import type { Database } from 'better-sqlite3';
import { readFileSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { IMPORT_JSON_MAX_BYTES } from '../../../shared/export/inputs';
import type { MainHandlers } from '../../../shared/ipc/types';
import { GlossError } from '../errors';
import { exportNotes, previewExport } from './exportNotes';
import { importAnnotations } from './importAnnotations';

export type ExportHandlers = Pick<MainHandlers, 'previewExport' | 'exportNotes' | 'importAnnotations'>;

/** The JSON of an annotation file, read from a path or given as content. */
export function readAnnotationJson(input: { readonly path: string } | { readonly content: string }): unknown {
  let text: string;
  if ('path' in input) {
    if (!isAbsolute(input.path)) throw new GlossError('INVALID_ARGUMENT', 'Name the annotation file by its absolute path.');
    let size: number;
    try {
      size = statSync(input.path).size;
    } catch {
      throw new GlossError('NOT_FOUND', `There is no file at ${input.path}.`);
    }
    if (size > IMPORT_JSON_MAX_BYTES) throw new GlossError('IMPORT_FAILED', 'The annotation file is too large.');
    text = readFileSync(input.path, 'utf8');
  } else text = input.content;
  try {
    return JSON.parse(text.replace(/^\uFEFF/u, '')) as unknown;
  } catch {
    throw new GlossError('IMPORT_FAILED', 'The file is not JSON: Gloss imports W3C Web Annotation JSON (such as its own export).');
  }
}

export function exportHandlers(db: Database): ExportHandlers {
  return {
    previewExport: (input) => previewExport(db, input),
    exportNotes: (input) => exportNotes(db, input),
    importAnnotations: (input) => importAnnotations(db, readAnnotationJson(input)),
  };
}
