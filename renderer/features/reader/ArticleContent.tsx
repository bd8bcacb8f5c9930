import type { Ref } from 'react';
import type { Article } from '../../../shared/model/article';
import { ArticleDate, MetaLine } from '../library/ArticleMeta';
import { formatReadingTime } from '../library/format';
import { ArticleBlock } from './ArticleBlock';

interface ArticleContentProps {
  readonly article: Article;
  /** The title takes focus when the article opens, so screen readers start there. */
  readonly titleRef: Ref<HTMLHeadingElement>;
  /** The element holding the blocks, where highlights are painted and text is selected. */
  readonly bodyRef?: Ref<HTMLDivElement>;
}

export function ArticleContent({ article, titleRef, bodyRef }: ArticleContentProps) {
  return (
    <article className="article" aria-labelledby="article-title">
      <header className="article__header">
        <h1 className="article__title" id="article-title" tabIndex={-1} ref={titleRef}>
          {article.title}
        </h1>
        <MetaLine
          className="article__meta"
          parts={[
            article.source ? <span className="meta-source">{article.source}</span> : null,
            article.author ? <span className="meta-author">{article.author}</span> : null,
            <ArticleDate publishedAt={article.publishedAt} />,
            formatReadingTime(article.readingMinutes),
          ]}
        />
      </header>
      <div className="article__body" ref={bodyRef}>
        {article.blocks.map((block) => (
          <ArticleBlock key={block.index} block={block} />
        ))}
      </div>
    </article>
  );
}
