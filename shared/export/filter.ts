import type { Annotation, ColorId } from '../model/annotation';
import type { ExportEntry } from './types';

export interface ExportFilters {
  readonly colors?: readonly ColorId[] | undefined;
  /** An annotation passes with any of these tags (case aside). */
  readonly tags?: readonly string[] | undefined;
  /** Created on or after / on or before these days (YYYY-MM-DD, UTC). */
  readonly from?: string | undefined;
  readonly to?: string | undefined;
  /** Keep articles left with no annotation (metadata only). */
  readonly includeEmpty?: boolean | undefined;
}

/** Only annotations changed after this ISO time (the last export's). */
export interface ChangedSince {
  readonly since: string;
  /** Keep every passing annotation of an article that has a change (a per-article file is rewritten whole). */
  readonly wholeArticles: boolean;
}

export function annotationPasses(a: Annotation, filters: ExportFilters): boolean {
  if (filters.colors && filters.colors.length > 0 && !filters.colors.includes(a.color)) return false;
  if (filters.tags && filters.tags.length > 0) {
    const wanted = new Set(filters.tags.map((t) => t.trim().toLowerCase()));
    if (!a.tags.some((t) => wanted.has(t.toLowerCase()))) return false;
  }
  const day = a.createdAt.slice(0, 10);
  if (filters.from !== undefined && day < filters.from) return false;
  if (filters.to !== undefined && day > filters.to) return false;
  return true;
}

/** Applies the filters (and a last-export time) to each entry; drops emptied articles unless asked not to. */
export function filterEntries(
  entries: readonly ExportEntry[],
  filters: ExportFilters,
  changed?: ChangedSince,
): ExportEntry[] {
  const out: ExportEntry[] = [];
  for (const entry of entries) {
    let annotations = entry.annotations.filter((a) => annotationPasses(a, filters));
    if (changed) {
      const fresh = annotations.filter((a) => a.updatedAt > changed.since);
      if (fresh.length === 0) annotations = [];
      else if (!changed.wholeArticles) annotations = fresh;
    }
    if (annotations.length > 0 || (filters.includeEmpty === true && !changed))
      out.push({ ...entry, annotations });
  }
  return out;
}
