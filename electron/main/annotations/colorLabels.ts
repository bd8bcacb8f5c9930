import type { Database } from 'better-sqlite3';
import type { ColorId, ColorLabel } from '../../../shared/model/annotation';
import { GlossError } from '../errors';
import { statement } from '../db/statements';

type ColorLabelRow = Readonly<{ id: ColorId; name: string }>;

export function listColorLabels(db: Database): ColorLabel[] {
  const rows = statement(db, 'SELECT id, name FROM color_labels ORDER BY position').all() as ColorLabelRow[];
  return rows.map((row) => ({ id: row.id, name: row.name }));
}

export function renameColorLabel(db: Database, id: ColorId, name: string): ColorLabel {
  const trimmed = name.trim();
  if (trimmed === '') throw new GlossError('INVALID_ARGUMENT', 'A colour needs a name.');
  const row = statement(db, 'UPDATE color_labels SET name = ? WHERE id = ? RETURNING id, name').get(
    trimmed,
    id,
  ) as ColorLabelRow | undefined;
  if (!row) throw new GlossError('NOT_FOUND', `There is no colour called ${id}.`);
  return { id: row.id, name: row.name };
}
