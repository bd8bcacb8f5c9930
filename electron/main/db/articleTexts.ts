import type { Database } from 'better-sqlite3';
import type { Block, BlockDraft, BlockKind } from '../../../shared/model/article';
import { BLOCK_SEPARATOR, codePointLength } from '../../../shared/text/canonical';
import { GlossError } from '../errors';
import { statement } from './statements';

/** How article_texts spells each block kind: one letter a block, in order. */
const KIND_LETTER: Record<BlockKind, string> = { heading: 'h', paragraph: 'p', caption: 'c', quote: 'q' };
const LETTER_KIND: Readonly<Record<string, BlockKind>> = {
  h: 'heading',
  p: 'paragraph',
  c: 'caption',
  q: 'quote',
};

/** An article's text as stored: block kinds as letters, and the canonical text the blocks make. */
export interface StoredText {
  readonly kinds: string;
  readonly body: string;
}

/**
 * Encodes blocks for storage. The canonical text must split back into the same blocks, so a block may
 * not hold a blank line or start or end with a line break (the cleanup never produces one).
 */
export function encodeBlocks(blocks: readonly BlockDraft[]): StoredText {
  let kinds = '';
  for (const block of blocks) {
    if (block.text.includes(BLOCK_SEPARATOR) || block.text.startsWith('\n') || block.text.endsWith('\n')) {
      throw new GlossError(
        'IMPORT_FAILED',
        'A block of the article holds a blank line; it cannot be stored as one block.',
      );
    }
    kinds += KIND_LETTER[block.kind];
  }
  return { kinds, body: blocks.map((b) => b.text).join(BLOCK_SEPARATOR) };
}

/** The stored text back as blocks, with their indexes and code-point starts in the canonical text. */
export function decodeBlocks({ kinds, body }: StoredText): Block[] {
  if (kinds === '') return [];
  const texts = body.split(BLOCK_SEPARATOR);
  if (texts.length !== kinds.length) {
    throw new GlossError(
      'DB_CORRUPT',
      `An article's text has ${String(texts.length)} blocks but ${String(kinds.length)} kinds.`,
    );
  }
  const separator = codePointLength(BLOCK_SEPARATOR);
  let start = 0;
  return texts.map((text, index) => {
    const block: Block = { index, kind: LETTER_KIND[kinds.charAt(index)] ?? 'paragraph', text, start };
    start += codePointLength(text) + separator;
    return block;
  });
}

export function readStoredText(db: Database, articleId: string): StoredText | undefined {
  return statement(db, 'SELECT kinds, body FROM article_texts WHERE article_id = ?').get(articleId) as
    StoredText | undefined;
}

/** The article's blocks; none when there is no such article. */
export function readBlocks(db: Database, articleId: string): Block[] {
  const stored = readStoredText(db, articleId);
  return stored ? decodeBlocks(stored) : [];
}

/** The block texts alone, in order. */
export function readBlockTexts(db: Database, articleId: string): string[] {
  const stored = readStoredText(db, articleId);
  return stored === undefined || stored.kinds === '' ? [] : stored.body.split(BLOCK_SEPARATOR);
}

export function writeStoredText(db: Database, articleId: string, text: StoredText): void {
  // Not an upsert: its conflict clause would override the OR IGNORE of the search-queue triggers.
  const updated = statement(db, 'UPDATE article_texts SET kinds = ?, body = ? WHERE article_id = ?').run(
    text.kinds,
    text.body,
    articleId,
  );
  if (updated.changes === 0) {
    statement(db, 'INSERT INTO article_texts (article_id, kinds, body) VALUES (?, ?, ?)').run(
      articleId,
      text.kinds,
      text.body,
    );
  }
}
