import { toMarkdown } from '../../../shared/export/markdown';
import type { Annotation, ColorId } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';

/** Text order, as an export orders them (ties by creation, then id). */
function byPosition(a: Annotation, b: Annotation): number {
  return (
    a.position.start - b.position.start ||
    a.position.end - b.position.end ||
    (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
    (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)
  );
}

/**
 * One article's notes as Markdown, exactly as a Markdown export of that article writes them (the
 * same pure function, run here so copying needs no round trip and records no export).
 */
export function articleNotesMarkdown(
  article: Article,
  annotations: readonly Annotation[],
  colorNames: Readonly<Record<ColorId, string>>,
  now: Date = new Date(),
): string {
  const [file] = toMarkdown(
    [
      {
        article: {
          id: article.id,
          title: article.title,
          source: article.source,
          author: article.author,
          publishedAt: article.publishedAt,
          blockStarts: article.blocks.map((b) => b.start),
        },
        annotations: [...annotations].sort(byPosition),
      },
    ],
    { colorNames, exportedAt: now.toISOString(), exportId: '00000000-0000-4000-8000-000000000000' },
    { perArticle: true },
  );
  return file?.content ?? '';
}
