import { memo } from 'react';
import type { Block } from '../../../shared/model/article';

/**
 * One block as its own element. `data-block-index` and `data-start` (the block's code-point offset
 * in the article's canonical text) let later features map text offsets to DOM ranges here.
 * The text is rendered as text, never as markup.
 */
export const ArticleBlock = memo(function ArticleBlock({ block }: { readonly block: Block }) {
  const anchor = { 'data-block-index': block.index, 'data-start': block.start };
  switch (block.kind) {
    case 'heading':
      return (
        <h2 className="block block--heading" {...anchor}>
          {block.text}
        </h2>
      );
    case 'caption':
      return (
        <p className="block block--caption" {...anchor}>
          {block.text}
        </p>
      );
    case 'quote':
      return (
        <blockquote className="block block--quote" {...anchor}>
          {block.text}
        </blockquote>
      );
    case 'paragraph':
      return (
        <p className="block block--paragraph" {...anchor}>
          {block.text}
        </p>
      );
  }
});
