import type { Database } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { anchor, CodePointIndex } from '../../../shared/anchoring';
import {
  glossArticleId,
  readWebAnnotations,
  uuidOf,
  type ImportedAnnotation,
} from '../../../shared/export/readWebAnnotations';
import type { AnnotationImportReport } from '../../../shared/export/results';
import { codePointLength } from '../../../shared/text/canonical';
import { articleText } from '../annotations/articleText';
import type { StoredAnnotation } from '../annotations/rows';
import { statement } from '../db/statements';
import { insertAnnotation } from '../annotations/store';
import { titleKey } from '../db/articleRepo';

/** The namespace of the UUIDs Gloss derives (RFC 9562 v5) for annotations that arrive without one. */
const GLOSS_NAMESPACE = Buffer.from('6f1d3c2e8a5b4e9d9c7b1a2f3e4d5c6b', 'hex');
const PROBLEMS_LISTED = 20;

/** A stable UUID v5 for a foreign annotation: importing the same file twice gives the same ids. */
export function derivedId(a: ImportedAnnotation): string {
  const name = JSON.stringify([a.id ?? '', a.sources, a.quote.exact, a.quote.prefix, a.quote.suffix, a.note]);
  const hash = createHash('sha1').update(GLOSS_NAMESPACE).update(name, 'utf8').digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Finds the library article an imported annotation targets: by Gloss id, by origin (a file URL or path), by title. */
class ArticleMatcher {
  private readonly texts = new Map<string, CodePointIndex>();

  constructor(private readonly db: Database) {}

  candidates(a: ImportedAnnotation): string[] {
    const found: string[] = [];
    const add = (id: string | undefined | null): void => {
      if (id && !found.includes(id)) found.push(id);
    };
    for (const source of a.sources) {
      const id = glossArticleId(source) ?? uuidOf(source);
      if (id !== null)
        add(statement(this.db, 'SELECT id FROM articles WHERE id = ?').pluck().get(id) as string | undefined);
      const origins = [source];
      if (source.startsWith('file://')) {
        try {
          origins.push(`file:${fileURLToPath(source)}`);
        } catch {
          // Not a local file URL.
        }
      }
      for (const origin of origins)
        add(
          statement(this.db, 'SELECT id FROM articles WHERE origin = ?').pluck().get(origin) as
            string | undefined,
        );
    }
    if (found.length === 0 && a.title !== null) {
      const ids = statement(this.db, 'SELECT id FROM articles WHERE title_key = ? ORDER BY id')
        .pluck()
        .all(titleKey(a.title)) as string[];
      ids.forEach(add);
    }
    return found;
  }

  text(articleId: string): CodePointIndex {
    let text = this.texts.get(articleId);
    if (!text) {
      text = new CodePointIndex(articleText(this.db, articleId));
      this.texts.set(articleId, text);
    }
    return text;
  }
}

function exists(db: Database, id: string): boolean {
  return statement(db, 'SELECT 1 FROM annotations WHERE id = ?').get(id) !== undefined;
}

/**
 * Imports annotations from a W3C Web Annotation document (a Gloss JSON export or another tool's):
 * each is matched to a library article, keeps its id (or gets a stable derived one), and is anchored
 * in the article's current text; one not found is kept as an orphan with its selectors. An id already
 * in the library (live or recently deleted) is left as it is, so a second import duplicates nothing.
 * One transaction; each annotation in its own savepoint. Imports are not undoable one by one.
 */
export function importAnnotations(
  db: Database,
  doc: unknown,
  now: string = new Date().toISOString(),
): AnnotationImportReport {
  const read = readWebAnnotations(doc);
  const problems = [...read.problems];
  const matcher = new ArticleMatcher(db);
  const counts = { imported: 0, unchanged: 0, orphaned: 0, unmatched: 0 };
  const unmatchedSources = new Set<string>();
  db.transaction(() => {
    for (const a of read.annotations) {
      const id = (a.id !== null ? uuidOf(a.id) : null) ?? derivedId(a);
      if (exists(db, id)) {
        counts.unchanged++;
        continue;
      }
      const candidates = matcher.candidates(a);
      let placed: { articleId: string; start: number; end: number; state: 'exact' | 'moved' } | null = null;
      for (const articleId of candidates) {
        const position = a.position ? { type: 'TextPositionSelector' as const, ...a.position } : undefined;
        const found = anchor(matcher.text(articleId), { quote: a.quote, position });
        if (found) {
          placed = { articleId, start: found.start, end: found.end, state: found.status };
          break;
        }
      }
      const articleId = placed?.articleId ?? candidates[0];
      if (articleId === undefined) {
        counts.unmatched++;
        unmatchedSources.add(a.sources[0] ?? a.title ?? '(no source)');
        continue;
      }
      const position = placed ?? a.position ?? { start: 0, end: codePointLength(a.quote.exact) };
      const stored: StoredAnnotation = {
        id,
        articleId,
        quote: a.quote,
        position: { type: 'TextPositionSelector', start: position.start, end: position.end },
        color: a.color ?? 'yellow',
        style: a.style ?? 'highlight',
        note: a.note,
        tags: a.tags,
        anchor: placed?.state ?? 'orphan',
        createdAt: a.created ?? now,
        updatedAt: a.modified ?? a.created ?? now,
        deletedAt: null,
      };
      try {
        db.transaction(() => insertAnnotation(db, stored))();
        counts.imported++;
        if (!placed) counts.orphaned++;
      } catch (error) {
        problems.push(`Annotation ${id} could not be stored: ${(error as Error).message}`);
      }
    }
  })();
  if (unmatchedSources.size > 0) {
    const listed = [...unmatchedSources].slice(0, PROBLEMS_LISTED);
    problems.push(
      `${counts.unmatched} annotation(s) target articles not in the library: ${listed.join(', ')}${unmatchedSources.size > listed.length ? ', …' : ''}.`,
    );
  }
  return { ...counts, problems };
}
