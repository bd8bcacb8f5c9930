import { memo } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import { ArticleDate, MetaLine } from './ArticleMeta';
import { formatReadingTime, formatWordCount } from './format';

interface ArticleRowProps {
  readonly article: ArticleSummary;
  readonly selected: boolean;
  readonly onOpen: (id: string) => void;
  readonly onSelect: (id: string) => void;
  readonly registerRow: (id: string, element: HTMLButtonElement | null) => void;
}

/**
 * One article in the list. The title is the row's one control (a roving tab stop: only the selected
 * row is in the tab order); a CSS overlay makes the whole row clickable.
 */
export const ArticleRow = memo(function ArticleRow({
  article,
  selected,
  onOpen,
  onSelect,
  registerRow,
}: ArticleRowProps) {
  return (
    <li className="article-row" data-selected={selected ? 'true' : undefined} data-article-id={article.id}>
      <h2 className="article-row__title">
        <button
          type="button"
          className="article-row__open"
          tabIndex={selected ? 0 : -1}
          aria-current={selected ? 'true' : undefined}
          onFocus={() => onSelect(article.id)}
          onClick={() => onOpen(article.id)}
          ref={(element) => registerRow(article.id, element)}
        >
          {article.title}
        </button>
      </h2>
      <MetaLine
        className="article-row__meta"
        parts={[
          article.source ? <span className="meta-source">{article.source}</span> : null,
          <ArticleDate publishedAt={article.publishedAt} />,
          formatWordCount(article.wordCount),
          formatReadingTime(article.readingMinutes),
        ]}
      />
    </li>
  );
});
