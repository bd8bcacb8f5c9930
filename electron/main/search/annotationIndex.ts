import type { Database } from 'better-sqlite3';
import { scanWords, type Word } from '../../../shared/search/tokenize';
import { searchableAnnotations, type SearchableAnnotation } from '../annotations/annotationRepo';
import { statement } from '../db/statements';
import { Vocabulary } from './vocabulary';

/** One live annotation as the search holds it: its text scanned into words once. */
export interface IndexedAnnotation extends SearchableAnnotation {
  readonly quoteWords: readonly Word[];
  readonly noteWords: readonly Word[];
  /** Every folded word and word part of quote and note. */
  readonly terms: ReadonlySet<string>;
}

export interface AnnotationIndex {
  readonly annotations: readonly IndexedAnnotation[];
  /** The words of all annotations, `docs` counting annotations: what typos are corrected against. */
  readonly vocabulary: Vocabulary;
}

/**
 * Changes whenever a live annotation is created, edited, deleted, restored, re-anchored, undone or
 * redone: the history's head and undo marks, and aggregates the history does not see (re-anchoring).
 */
const SIGNATURE = `SELECT
    (SELECT coalesce(max(seq), 0) || ':' || coalesce(sum(undone), 0) FROM annotation_history) || '|' ||
    (SELECT count(*) || ':' || coalesce(max(updated_at), '') || ':' || total(start) || ':' || total("end") || ':' ||
            total(anchor = 'orphan') || ':' || total(length(note))
       FROM annotations WHERE deleted_at IS NULL) || '|' ||
    (SELECT count(*) FROM annotation_tags)`;

const held = new WeakMap<Database, { readonly signature: string; readonly index: AnnotationIndex }>();

function termsOf(words: readonly Word[], into: Set<string>): void {
  for (const word of words) {
    into.add(word.folded);
    if (word.parts.length > 1) for (const part of word.parts) into.add(part.folded);
  }
}

function build(db: Database): AnnotationIndex {
  // Most recently changed first: the order ties are ranked in.
  const rows = searchableAnnotations(db).sort(
    (a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0) || (a.id < b.id ? -1 : 1),
  );
  const docs = new Map<string, number>();
  const annotations = rows.map((row): IndexedAnnotation => {
    const quoteWords = scanWords(row.exact);
    const noteWords = scanWords(row.note);
    const terms = new Set<string>();
    termsOf(quoteWords, terms);
    termsOf(noteWords, terms);
    for (const term of terms) docs.set(term, (docs.get(term) ?? 0) + 1);
    return { ...row, quoteWords, noteWords, terms };
  });
  return { annotations, vocabulary: Vocabulary.fromRows([...docs]) };
}

/**
 * The live annotations, scanned, and their vocabulary: rebuilt only when they changed. Annotations
 * are a reader's own (thousands, not millions), so holding them in memory costs little and spares
 * an index of their own: a query is matched against each one's words.
 */
export function annotationIndex(db: Database): AnnotationIndex {
  const signature = statement(db, SIGNATURE).pluck().get() as string;
  const cached = held.get(db);
  if (cached?.signature === signature) return cached.index;
  const index = build(db);
  held.set(db, { signature, index });
  return index;
}
