import type { Database } from 'better-sqlite3';
import { BLOCK_SEPARATOR } from '../../../shared/text/canonical';
import { GlossError } from '../errors';
import { statement } from '../db/statements';

/** The article's canonical text (its blocks joined by BLOCK_SEPARATOR), as stored now. */
export function articleText(db: Database, articleId: string): string {
  if (!statement(db, 'SELECT 1 FROM articles WHERE id = ?').get(articleId)) {
    throw new GlossError('NOT_FOUND', `No article with id ${articleId} is in the library.`);
  }
  const blocks = statement(db, 'SELECT text FROM blocks WHERE article_id = ? ORDER BY idx')
    .pluck()
    .all(articleId) as string[];
  return blocks.join(BLOCK_SEPARATOR);
}
