import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import type { ArticleDraft } from '../../../shared/model/article';
import { contentHash } from '../corpus/contentHash';
import { cleanArticleText } from '../corpus/readerMode';
import { GlossError } from '../errors';
import { declaredHtmlCharset, decodeText } from './decode';
import { extractHtml, type Extracted } from './extractHtml';
import { extractMarkdown } from './extractMarkdown';
import { fileKindOf } from '../../../shared/export/limits';
import { FILE_SIZE_MAX, FileImportError, mebibytes } from './limits';

export interface ArticleFile {
  readonly draft: ArticleDraft;
  /** SHA-256 of the decoded text: the same file twice has the same hash. */
  readonly hash: string;
  readonly warnings: readonly string[];
}

/** The file's name without extension, for an article that states no title. */
export function titleFromPath(path: string): string {
  return basename(path, extname(path)).replace(/[_]+/gu, ' ').trim() || 'Untitled';
}

/**
 * Reads one file as an article: size checked before reading, bytes decoded (BOMs, UTF-16,
 * Windows-1252 fallback), then cleaned by kind. Throws FileImportError with a plain message.
 */
export async function readArticleFile(path: string): Promise<ArticleFile> {
  return readArticleBytes(await loadArticleFile(path), path);
}

/** An article file's bytes, after the checks that need no content: its kind, that it is a file, its size. */
export async function loadArticleFile(path: string): Promise<Buffer> {
  const kind = fileKindOf(extname(path));
  if (kind === null) throw new FileImportError('Gloss imports .txt, .md and .html files only.');
  const info = await stat(path);
  if (!info.isFile()) throw new FileImportError('This is not a file.');
  if (info.size > FILE_SIZE_MAX) {
    throw new FileImportError(
      `The file is ${mebibytes(info.size)}; Gloss imports files of up to ${mebibytes(FILE_SIZE_MAX)}.`,
    );
  }
  const bytes = await readFile(path);
  if (bytes.length > FILE_SIZE_MAX)
    throw new FileImportError(`The file grew past ${mebibytes(FILE_SIZE_MAX)} while being read.`);
  return bytes;
}

/** Reads a file's bytes (from disk, or dropped onto the window) as an article; `name` gives its kind and fallback title. */
export function readArticleBytes(bytes: Buffer, name: string): ArticleFile {
  const kind = fileKindOf(extname(name));
  if (kind === null) throw new FileImportError('Gloss imports .txt, .md and .html files only.');
  if (bytes.length > FILE_SIZE_MAX) {
    throw new FileImportError(
      `The file is ${mebibytes(bytes.length)}; Gloss imports files of up to ${mebibytes(FILE_SIZE_MAX)}.`,
    );
  }
  const decoded = decodeText(bytes, kind === 'html' ? declaredHtmlCharset(bytes) : null);
  if (decoded.text.trim() === '') throw new FileImportError('The file holds only white space.');
  const fallbackTitle = titleFromPath(name);
  let extracted: Extracted;
  try {
    extracted =
      kind === 'html'
        ? extractHtml(decoded.text, fallbackTitle)
        : kind === 'markdown'
          ? extractMarkdown(decoded.text, fallbackTitle)
          : { draft: cleanArticleText(decoded.text), warnings: [] };
  } catch (error) {
    if (error instanceof FileImportError) throw error;
    if (error instanceof GlossError) throw new FileImportError(error.message);
    throw new FileImportError(
      `The file could not be read as ${kind === 'text' ? 'text' : kind.toUpperCase()}: ${(error as Error).message}`,
    );
  }
  return {
    draft: extracted.draft,
    hash: contentHash(decoded.text),
    warnings: [...decoded.warnings, ...extracted.warnings],
  };
}
