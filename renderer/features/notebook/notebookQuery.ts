import type { Annotation, ColorId } from '../../../shared/model/annotation';
import { foldText } from '../annotations/foldText';

/** An annotation with the title of its article, as the notebook lists it. */
export interface NotebookEntry {
  readonly annotation: Annotation;
  readonly articleTitle: string;
}

export interface NotebookFilter {
  /** Empty: every colour. */
  readonly colors: readonly ColorId[];
  readonly tag: string | null;
  readonly articleId: string | null;
  /** Matched, folded (case and accents aside), against the quote, the note and the tags. */
  readonly text: string;
}

export type NotebookSort = 'newest' | 'oldest' | 'article';

export const EMPTY_FILTER: NotebookFilter = { colors: [], tag: null, articleId: null, text: '' };

export function isFiltered(filter: NotebookFilter): boolean {
  return (
    filter.colors.length > 0 || filter.tag !== null || filter.articleId !== null || filter.text.trim() !== ''
  );
}

/** Folded search text per annotation, kept while the annotation object is the same. */
const folded = new WeakMap<Annotation, string>();

function searchText(a: Annotation): string {
  let text = folded.get(a);
  if (text === undefined) {
    text = foldText(`${a.quote.exact}\n${a.note}\n${a.tags.join(' ')}`);
    folded.set(a, text);
  }
  return text;
}

export function filterNotebook(entries: readonly NotebookEntry[], filter: NotebookFilter): NotebookEntry[] {
  const needle = foldText(filter.text);
  const tag = filter.tag?.toLocaleLowerCase() ?? null;
  return entries.filter(({ annotation: a }) => {
    if (filter.colors.length > 0 && !filter.colors.includes(a.color)) return false;
    if (filter.articleId !== null && a.articleId !== filter.articleId) return false;
    if (tag !== null && !a.tags.some((t) => t.toLocaleLowerCase() === tag)) return false;
    return needle === '' || searchText(a).includes(needle);
  });
}

const byDate = (a: NotebookEntry, b: NotebookEntry): number =>
  a.annotation.createdAt < b.annotation.createdAt
    ? -1
    : a.annotation.createdAt > b.annotation.createdAt
      ? 1
      : 0;

/** Newest or oldest first, or by article (title, then id) and position in it. */
export function sortNotebook(entries: readonly NotebookEntry[], sort: NotebookSort): NotebookEntry[] {
  const out = [...entries];
  if (sort === 'newest')
    return out.sort((a, b) => byDate(b, a) || a.annotation.id.localeCompare(b.annotation.id));
  if (sort === 'oldest')
    return out.sort((a, b) => byDate(a, b) || a.annotation.id.localeCompare(b.annotation.id));
  return out.sort(
    (a, b) =>
      a.articleTitle.localeCompare(b.articleTitle) ||
      a.annotation.articleId.localeCompare(b.annotation.articleId) ||
      a.annotation.position.start - b.annotation.position.start ||
      a.annotation.position.end - b.annotation.position.end,
  );
}

export interface ArticleGroup {
  readonly articleId: string;
  readonly title: string;
  readonly entries: readonly NotebookEntry[];
}

/** Consecutive entries of the same article, together (for the by-article order). */
export function groupByArticle(entries: readonly NotebookEntry[]): ArticleGroup[] {
  const groups: { articleId: string; title: string; entries: NotebookEntry[] }[] = [];
  for (const entry of entries) {
    const last = groups.at(-1);
    if (last?.articleId === entry.annotation.articleId) last.entries.push(entry);
    else groups.push({ articleId: entry.annotation.articleId, title: entry.articleTitle, entries: [entry] });
  }
  return groups;
}
