import type { Database } from 'better-sqlite3';
import type { HistoryAction, HistoryResult } from '../../../shared/model/annotation';
import { reanchorAnnotation } from './reanchor';
import { findStored, toAnnotation, type StoredAnnotation } from './rows';
import { readSnapshot, writeSnapshot } from './snapshot';
import { statement } from '../db/statements';
import { setDeletedAt, writeAnnotation } from './store';

/** Undo reaches this many changes back; older ones are dropped as new ones arrive. */
export const HISTORY_LIMIT = 1000;

type HistoryRow = Readonly<{
  seq: number;
  op: HistoryAction;
  annotation_id: string;
  before_json: string | null;
  after_json: string;
}>;

interface Entry {
  readonly seq: number;
  readonly op: HistoryAction;
  readonly before: StoredAnnotation | null;
  readonly after: StoredAnnotation;
}

/**
 * Records a change with its before/after snapshots. Call inside the change's own transaction, so the
 * change and its history commit together. A new change drops whatever could have been redone.
 */
export function recordChange(
  db: Database,
  op: HistoryAction,
  before: StoredAnnotation | null,
  after: StoredAnnotation,
  now: string,
): void {
  statement(db, 'DELETE FROM annotation_history WHERE undone = 1').run();
  statement(
    db,
    'INSERT INTO annotation_history (op, annotation_id, before_json, after_json, undone, at) VALUES (?, ?, ?, ?, 0, ?)',
  ).run(op, after.id, writeSnapshot(before), writeSnapshot(after), now);
  statement(
    db,
    'DELETE FROM annotation_history WHERE seq NOT IN (SELECT seq FROM annotation_history ORDER BY seq DESC LIMIT ?)',
  ).run(HISTORY_LIMIT);
}

/** The newest change still done (undo), or the oldest undone one (redo); unreadable entries are dropped. */
function nextEntry(db: Database, direction: 'undo' | 'redo'): Entry | null {
  const sql =
    direction === 'undo'
      ? 'SELECT seq, op, annotation_id, before_json, after_json FROM annotation_history WHERE undone = 0 ORDER BY seq DESC LIMIT 1'
      : 'SELECT seq, op, annotation_id, before_json, after_json FROM annotation_history WHERE undone = 1 ORDER BY seq ASC LIMIT 1';
  for (;;) {
    const row = statement(db, sql).get() as HistoryRow | undefined;
    if (!row) return null;
    const before = readSnapshot(row.before_json);
    const after = readSnapshot(row.after_json);
    if (after && (before || row.op === 'create')) return { seq: row.seq, op: row.op, before, after };
    statement(db, 'DELETE FROM annotation_history WHERE seq = ?').run(row.seq);
  }
}

function sameSelectors(a: StoredAnnotation, b: StoredAnnotation): boolean {
  return (
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end
  );
}

/**
 * Puts back the user's side of a snapshot: colour, style, note, tags, and the selectors only when
 * this change moved them (a re-attach); otherwise re-anchoring since then keeps its result.
 */
function applyUpdate(db: Database, current: StoredAnnotation, target: StoredAnnotation, entry: Entry): void {
  const moved = entry.before !== null && !sameSelectors(entry.before, entry.after);
  writeAnnotation(db, {
    ...current,
    color: target.color,
    style: target.style,
    note: target.note,
    tags: target.tags,
    updatedAt: target.updatedAt,
    ...(moved ? { quote: target.quote, position: target.position, anchor: target.anchor } : {}),
  });
  if (moved) reanchorAnnotation(db, current.articleId, current.id);
}

function apply(db: Database, entry: Entry, direction: 'undo' | 'redo', now: string): void {
  const current = findStored(db, entry.after.id);
  if (!current) return;
  const undo = direction === 'undo';
  switch (entry.op) {
    case 'create':
      setDeletedAt(db, current.id, undo ? now : null);
      break;
    case 'delete':
      setDeletedAt(db, current.id, undo ? null : now);
      break;
    case 'restore':
      setDeletedAt(db, current.id, undo ? (entry.before?.deletedAt ?? now) : null);
      break;
    case 'update':
      applyUpdate(db, current, undo ? (entry.before ?? current) : entry.after, entry);
      break;
  }
}

function step(db: Database, direction: 'undo' | 'redo', now: string): HistoryResult {
  return db.transaction((): HistoryResult => {
    const entry = nextEntry(db, direction);
    if (!entry) return null;
    apply(db, entry, direction, now);
    statement(db, 'UPDATE annotation_history SET undone = ? WHERE seq = ?').run(
      direction === 'undo' ? 1 : 0,
      entry.seq,
    );
    const result = findStored(db, entry.after.id);
    return {
      action: entry.op,
      annotationId: entry.after.id,
      annotation: result && result.deletedAt === null ? toAnnotation(result) : null,
    };
  })();
}

/** Reverts the newest change not yet undone: a create is soft-deleted, a delete restored, an edit rolled back. */
export function undo(db: Database, now: string = new Date().toISOString()): HistoryResult {
  return step(db, 'undo', now);
}

/** Re-applies the change undone last, unless a new change has been made since. */
export function redo(db: Database, now: string = new Date().toISOString()): HistoryResult {
  return step(db, 'redo', now);
}
