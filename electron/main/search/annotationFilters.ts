import type { Database } from 'better-sqlite3';
import type { ColorId } from '../../../shared/model/annotation';
import type { IgnoredFilter } from '../../../shared/model/search';
import { HAS_VALUES, type AnnotationFilterKey } from '../../../shared/search/filters';
import type { FilterClause } from '../../../shared/search/parseQuery';
import { scanWords } from '../../../shared/search/tokenize';
import { listColorLabels } from '../annotations/colorLabels';
import { listTags } from '../annotations/tags';

/** What an annotation filter looks at. */
export interface FilterableAnnotation {
  readonly color: ColorId;
  readonly note: string;
  readonly tags: readonly string[];
}

/**
 * The annotation filters of a query (`color:`, `tag:`, `has:`), ANDed: as a test for annotations held
 * in memory, and as a SQL condition on `annotations n` for the article side.
 */
export interface AnnotationFilter {
  readonly test: (a: FilterableAnnotation) => boolean;
  readonly sql: string;
  readonly params: readonly unknown[];
}

interface Compiled {
  readonly test: (a: FilterableAnnotation) => boolean;
  readonly sql: string;
  readonly params: readonly unknown[];
}

const fold = (text: string): string =>
  scanWords(text)
    .map((w) => w.folded)
    .join(' ');

/** Values whose folded form equals the typed one, else those it starts (a value still being typed). */
function closest<T>(values: readonly T[], keys: (v: T) => readonly string[], typed: string): T[] {
  const wanted = fold(typed);
  if (wanted === '') return [];
  const equal = values.filter((v) => keys(v).some((k) => fold(k) === wanted));
  if (equal.length > 0) return equal;
  return values.filter((v) => keys(v).some((k) => fold(k).startsWith(wanted)));
}

/** `color:yellow` or the name the user gave it, `color:"key claim"`; null when no colour is called so. */
function colorFilter(db: Database, value: string): Compiled | null {
  const labels = listColorLabels(db);
  const colors = closest(labels, (l) => [l.id, l.name], value).map((l) => l.id);
  if (colors.length === 0) return null;
  const set = new Set<ColorId>(colors);
  return {
    test: (a) => set.has(a.color),
    sql: 'n.color IN (SELECT value FROM json_each(?))',
    params: [JSON.stringify(colors)],
  };
}

/** `tag:policy`: annotations carrying that tag (case aside); a tag no annotation carries matches nothing. */
function tagFilter(db: Database, value: string): Compiled {
  const names = closest(listTags(db), (t) => [t.name], value).map((t) => t.name);
  const set = new Set(names.map((n) => n.toLowerCase()));
  return {
    test: (a) => a.tags.some((t) => set.has(t.toLowerCase())),
    sql: `EXISTS (SELECT 1 FROM annotation_tags x JOIN tags t ON t.id = x.tag_id
                   WHERE x.annotation_id = n.id AND t.name IN (SELECT value FROM json_each(?)))`,
    params: [JSON.stringify(names)],
  };
}

/** `has:note` (a note that is not blank), `has:tag` (at least one tag). */
function hasFilter(_db: Database, value: string): Compiled | null {
  const [what] = closest(HAS_VALUES, (v) => [v, `${v}s`], value);
  if (what === 'note') return { test: (a) => a.note.trim() !== '', sql: "trim(n.note) <> ''", params: [] };
  if (what === 'tag') {
    return {
      test: (a) => a.tags.length > 0,
      sql: 'EXISTS (SELECT 1 FROM annotation_tags x WHERE x.annotation_id = n.id)',
      params: [],
    };
  }
  return null;
}

const COMPILERS: Readonly<Record<AnnotationFilterKey, (db: Database, value: string) => Compiled | null>> = {
  color: colorFilter,
  tag: tagFilter,
  has: hasFilter,
};

/**
 * ANDs annotation filter clauses into one filter; `-color:yellow` negates. Unreadable values
 * (`color:teal`, `has:everything`) are reported and left out. Null when no clause applies.
 */
export function compileAnnotationFilter(
  db: Database,
  clauses: readonly (FilterClause & { readonly key: AnnotationFilterKey })[],
): { readonly filter: AnnotationFilter | null; readonly ignored: readonly IgnoredFilter[] } {
  const parts: Compiled[] = [];
  const ignored: IgnoredFilter[] = [];
  for (const clause of clauses) {
    const compiled = COMPILERS[clause.key](db, clause.value);
    if (!compiled) {
      ignored.push({ filter: `${clause.key}:${clause.value}`, reason: 'invalid' });
      continue;
    }
    parts.push(
      clause.negated
        ? { test: (a) => !compiled.test(a), sql: `NOT (${compiled.sql})`, params: compiled.params }
        : compiled,
    );
  }
  if (parts.length === 0) return { filter: null, ignored };
  return {
    filter: {
      test: (a) => parts.every((p) => p.test(a)),
      sql: parts.map((p) => `(${p.sql})`).join(' AND '),
      params: parts.flatMap((p) => p.params),
    },
    ignored,
  };
}
