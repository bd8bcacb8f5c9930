import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { extname, isAbsolute, join, resolve } from 'node:path';
import { filterEntries } from '../../../shared/export/filter';
import type { ExportRequest } from '../../../shared/export/inputs';
import { FORMAT_EXTENSIONS, renderExport } from '../../../shared/export/render';
import type { ExportPreview, ExportResult, ExportedFile } from '../../../shared/export/results';
import { TemplateError } from '../../../shared/export/template';
import type { ExportContext, ExportFile, ExportFormat } from '../../../shared/export/types';
import type { ColorId } from '../../../shared/model/annotation';
import { listColorLabels } from '../annotations/colorLabels';
import { readSetting, writeSetting } from '../db/settingsRepo';
import { GlossError } from '../errors';
import { isDiskFull, toStorageError } from '../db/sqliteErrors';
import { collectEntries } from './collect';
import { writeAtomic } from './writeAtomic';

export const PREVIEW_LINES = 40;
/** Most content returned (rather than written) in one export; more is left out, whole files at a time. */
export const RETURNED_CONTENT_MAX_BYTES = 16 * 1024 * 1024;
/** The target of an export whose content is returned (downloaded, copied) rather than written. */
export const DOWNLOAD_TARGET = 'download';

const EXTENSIONS: Readonly<Record<ExportFormat, readonly string[]>> = {
  md: ['.md', '.markdown', '.txt'],
  json: ['.json', '.jsonld'],
  csv: ['.csv'],
  html: ['.html', '.htm'],
};

export interface ExportClock {
  readonly now: () => string;
  readonly newId: () => string;
}

const systemClock: ExportClock = { now: () => new Date().toISOString(), newId: randomUUID };

/** Settings key of the last export in this format to this target (a path, or "download"). */
export function lastExportKey(format: ExportFormat, target: string): string {
  return `export.last:${format}:${target}`;
}

function perArticle(request: ExportRequest): boolean {
  return request.perArticle && (request.format === 'md' || request.format === 'html');
}

function targetOf(request: ExportRequest): string {
  return request.path === undefined ? DOWNLOAD_TARGET : resolve(request.path);
}

function requireAbsolute(path: string | undefined): void {
  if (path !== undefined && !isAbsolute(path))
    throw new GlossError('INVALID_ARGUMENT', 'Export to an absolute path.');
}

interface Built {
  readonly files: readonly ExportFile[];
  readonly articles: number;
  readonly annotations: number;
}

function build(db: Database, request: ExportRequest, context: ExportContext): Built {
  const { sinceLast, ...filters } = request.filters;
  const last = sinceLast === true ? readSetting(db, lastExportKey(request.format, targetOf(request))) : null;
  const changed =
    sinceLast === true
      ? { since: typeof last === 'string' ? last : '', wholeArticles: perArticle(request) }
      : undefined;
  const entries = filterEntries(collectEntries(db, request.scope), filters, changed);
  try {
    const files = renderExport(request.format, entries, context, {
      perArticle: perArticle(request),
      template: request.template,
    });
    return {
      files,
      articles: entries.length,
      annotations: entries.reduce((n, e) => n + e.annotations.length, 0),
    };
  } catch (error) {
    if (error instanceof TemplateError) throw new GlossError('INVALID_ARGUMENT', error.message);
    throw error;
  }
}

function contextFor(db: Database, clock: ExportClock): ExportContext {
  const colorNames = Object.fromEntries(listColorLabels(db).map((l) => [l.id, l.name])) as Record<
    ColorId,
    string
  >;
  return { colorNames, exportedAt: clock.now(), exportId: clock.newId() };
}

/** The first lines of what an export would write, without writing or recording anything. */
export function previewExport(
  db: Database,
  request: ExportRequest,
  clock: ExportClock = systemClock,
): ExportPreview {
  const built = build(db, request, contextFor(db, clock));
  const lines = (built.files[0]?.content ?? '').split(/\r?\n/u);
  if (lines.at(-1) === '') lines.pop();
  return {
    lines: lines.slice(0, PREVIEW_LINES),
    truncated: lines.length > PREVIEW_LINES,
    fileNames: built.files.map((f) => f.name),
    articles: built.articles,
    annotations: built.annotations,
  };
}

/** Checks where an export may write: an absolute path; a file with the format's extension, or a folder for one file per article. */
function checkPath(request: ExportRequest, path: string): void {
  if (!isAbsolute(path)) throw new GlossError('INVALID_ARGUMENT', 'Export to an absolute path.');
  if (perArticle(request)) {
    try {
      mkdirSync(path, { recursive: true });
      if (!statSync(path).isDirectory()) throw new Error('not a folder');
    } catch {
      throw new GlossError(
        'INVALID_ARGUMENT',
        `One file per article needs a folder, and ${path} is not one.`,
      );
    }
    return;
  }
  const allowed = EXTENSIONS[request.format];
  if (!allowed.includes(extname(path).toLowerCase())) {
    throw new GlossError(
      'INVALID_ARGUMENT',
      `A ${request.format.toUpperCase()} export is written to a ${allowed.join(' or ')} file.`,
    );
  }
  let folder: string;
  try {
    folder = resolve(path, '..');
    if (!statSync(folder).isDirectory()) throw new Error('not a folder');
  } catch {
    throw new GlossError('INVALID_ARGUMENT', `The folder for ${path} does not exist.`);
  }
}

function writeFiles(request: ExportRequest, path: string, files: readonly ExportFile[]): ExportedFile[] {
  checkPath(request, path);
  return files.map((file) => {
    const target = perArticle(request) ? join(path, file.name) : path;
    try {
      return { name: file.name, path: target, bytes: writeAtomic(target, file.content), content: null };
    } catch (error) {
      if (isDiskFull(error)) throw toStorageError(error);
      throw new GlossError('INTERNAL', `Gloss could not write ${target}: ${(error as Error).message}`);
    }
  });
}

function returnFiles(files: readonly ExportFile[]): { files: ExportedFile[]; truncated: boolean } {
  let total = 0;
  let truncated = false;
  const out = files.map((file): ExportedFile => {
    const bytes = Buffer.byteLength(file.content, 'utf8');
    total += bytes;
    const fits = total <= RETURNED_CONTENT_MAX_BYTES;
    if (!fits) truncated = true;
    return { name: file.name, path: null, bytes, content: fits ? file.content : null };
  });
  return { files: out, truncated };
}

/**
 * Exports notes: written to `path` (each file atomically) or, without one (the browser harness
 * has no file dialog), returned as content up to RETURNED_CONTENT_MAX_BYTES. A successful export
 * records its time for "only what changed since the last export" in this format to this target.
 */
export function exportNotes(
  db: Database,
  request: ExportRequest,
  clock: ExportClock = systemClock,
): ExportResult {
  requireAbsolute(request.path);
  const context = contextFor(db, clock);
  const built = build(db, request, context);
  const result =
    request.path === undefined
      ? returnFiles(built.files)
      : { files: writeFiles(request, request.path, built.files), truncated: false };
  if (!result.truncated)
    writeSetting(db, lastExportKey(request.format, targetOf(request)), context.exportedAt);
  return { ...result, articles: built.articles, annotations: built.annotations };
}

export { FORMAT_EXTENSIONS };
