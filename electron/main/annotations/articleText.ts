import type { Database } from 'better-sqlite3';
import { GlossError } from '../errors';
import { readStoredText } from '../db/articleTexts';
import { statement } from '../db/statements';

/** The article's canonical text (its blocks joined by a blank line), as stored now. */
export function articleText(db: Database, articleId: string): string {
  if (!statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
    throw new GlossError('NOT_FOUND', `No article with id ${articleId} is in the library.`);
  }
  return readStoredText(db, articleId)?.body ?? '';
}
