import type { Database } from 'better-sqlite3';
import { anchorMany, type AnchorTarget } from '../../../shared/anchoring';
import type { AnchorState } from '../../../shared/model/annotation';
import { articleText } from './articleText';
import { statement } from '../db/statements';

type TargetRow = Readonly<{
  id: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
  anchor: AnchorState;
}>;

export interface ReanchorReport {
  readonly exact: number;
  readonly moved: number;
  readonly orphan: number;
}

function targetOf(row: TargetRow): AnchorTarget {
  return {
    quote: { type: 'TextQuoteSelector', exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    position: { type: 'TextPositionSelector', start: row.start, end: row.end },
  };
}

function reanchorRows(db: Database, articleId: string, rows: readonly TargetRow[]): ReanchorReport {
  const counts = { exact: 0, moved: 0, orphan: 0 };
  if (rows.length === 0) return counts;
  const anchors = anchorMany(articleText(db, articleId), rows.map(targetOf));
  const move = statement(db, 'UPDATE annotations SET start = ?, end = ?, anchor = ? WHERE id = ?');
  const orphan = statement(db, "UPDATE annotations SET anchor = 'orphan' WHERE id = ?");
  rows.forEach((row, i) => {
    const found = anchors[i] ?? null;
    counts[found?.status ?? 'orphan']++;
    // The quote stays as the user made it; an orphan also keeps its old position, the best hint if the text returns.
    if (!found) {
      if (row.anchor !== 'orphan') orphan.run(row.id);
    } else if (found.start !== row.start || found.end !== row.end || found.status !== row.anchor) {
      move.run(found.start, found.end, found.status, row.id);
    }
  });
  return counts;
}

const SELECT_TARGETS = 'SELECT id, exact, prefix, suffix, start, end, anchor FROM annotations';

/**
 * Finds every annotation of the article (deleted ones too, so a restore lands right) in its current
 * text and records where each now sits. Call after the article's blocks change; one transaction.
 */
export function reanchorArticle(db: Database, articleId: string): ReanchorReport {
  return db.transaction(() =>
    reanchorRows(
      db,
      articleId,
      statement(db, `${SELECT_TARGETS} WHERE article_id = ?`).all(articleId) as TargetRow[],
    ),
  )();
}

/** Re-anchors one annotation in its article's current text (after an undo brings back old selectors). */
export function reanchorAnnotation(db: Database, articleId: string, id: string): void {
  reanchorRows(db, articleId, statement(db, `${SELECT_TARGETS} WHERE id = ?`).all(id) as TargetRow[]);
}
