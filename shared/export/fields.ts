import type { Annotation } from '../model/annotation';
import { annotationLink, articleLink, paragraphNumber } from './links';
import { hashTags } from './slug';
import type { ExportContext, ExportEntry } from './types';

/** What every format says about one highlight, worked out once. */
export interface HighlightFields {
  readonly id: string;
  readonly highlight: string;
  readonly note: string;
  /** The colour's name, as the user calls it ("Key claim"). */
  readonly color: string;
  readonly tags: readonly string[];
  /** Paragraph number (1-based) in the article, or null. */
  readonly location: number | null;
  readonly link: string;
  readonly created: string;
  readonly updated: string;
  readonly annotation: Annotation;
}

export interface ArticleFields {
  readonly id: string;
  readonly title: string;
  readonly source: string | null;
  readonly author: string | null;
  readonly date: string | null;
  readonly link: string;
  /** Every tag on the exported highlights, first-seen order. */
  readonly tags: readonly string[];
  readonly highlights: readonly HighlightFields[];
}

export function articleFields(entry: ExportEntry, context: ExportContext): ArticleFields {
  const { article } = entry;
  const highlights = entry.annotations.map((a): HighlightFields => ({
    id: a.id,
    highlight: a.quote.exact,
    note: a.note,
    color: context.colorNames[a.color],
    tags: a.tags,
    location: paragraphNumber(article.blockStarts, a.position.start),
    link: annotationLink(article.id, a.id),
    created: a.createdAt,
    updated: a.updatedAt,
    annotation: a,
  }));
  const tags = new Map<string, string>();
  for (const h of highlights)
    for (const t of h.tags) if (!tags.has(t.toLowerCase())) tags.set(t.toLowerCase(), t);
  return {
    id: article.id,
    title: article.title,
    source: article.source,
    author: article.author,
    date: article.publishedAt,
    link: articleLink(article.id),
    tags: [...tags.values()],
    highlights,
  };
}

export { hashTags };
