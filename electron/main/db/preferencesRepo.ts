import type { Database } from 'better-sqlite3';
import { DEFAULT_PREFERENCES, type Preferences } from '../../../shared/model/preferences';
import { readSetting, writeSetting } from './settingsRepo';

const KEY = 'preferences';

export function getPreferences(db: Database): Preferences {
  const stored = readSetting(db, KEY);
  // A damaged value costs the user their reader settings, never the library.
  if (typeof stored !== 'object' || stored === null) return DEFAULT_PREFERENCES;
  return { ...DEFAULT_PREFERENCES, ...(stored as Partial<Preferences>) };
}

export function updatePreferences(db: Database, patch: Partial<Preferences>): Preferences {
  // Structured clone keeps explicit undefineds; they must not erase a stored value.
  const defined = Object.fromEntries(
    Object.entries(patch as Record<string, unknown>).filter(([, v]) => v !== undefined),
  );
  const next: Preferences = { ...getPreferences(db), ...defined };
  writeSetting(db, KEY, next);
  return next;
}
