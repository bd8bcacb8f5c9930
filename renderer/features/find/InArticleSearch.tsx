import { useEffect, useMemo } from 'react';
import type { Article } from '../../../shared/model/article';
import { useMenuCommands } from '../keyboard/useMenuCommands';
import { isEditable, useShortcuts } from '../keyboard/useShortcuts';
import { ArticleTextMap } from '../reader/domOffsets';
import type { SearchTarget } from '../search/searchTarget';
import { useSearchMarks } from '../search/useSearchMarks';
import { FindBar } from './FindBar';
import { useFindInArticle } from './useFindInArticle';
import '../../styles/find.css';

interface InArticleSearchProps {
  readonly article: Article;
  /** The element holding the article's blocks. */
  readonly root: HTMLElement;
  /** The search result the article was opened from, if it was. */
  readonly searchTarget: SearchTarget | null;
}

/**
 * Search inside the open article: the marks of the library search that opened it, and find
 * (Ctrl+F or the menu; F3 / Shift+F3) with its bar floating at the top of the column.
 */
export function InArticleSearch({ article, root, searchTarget }: InArticleSearchProps) {
  const map = useMemo(() => new ArticleTextMap(root), [root]);
  useSearchMarks(map, article, searchTarget);
  const find = useFindInArticle(map, article);
  const { open, show, close, step } = find;

  useShortcuts('reader', {
    find: show,
    findNext: () => step(1),
    findPrevious: () => step(-1),
  });
  useMenuCommands({ find: show });

  // Esc on the page (not in a field: the bar's own box, a note, the search panel handle theirs)
  // closes the bar before it may take the reader back to the library.
  useEffect(() => {
    if (!open) return;
    const onKeyDown = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || event.defaultPrevented || isEditable(event.target)) return;
      event.preventDefault();
      close();
    };
    window.addEventListener('keydown', onKeyDown, true);
    return () => window.removeEventListener('keydown', onKeyDown, true);
  }, [open, close]);

  return <div className="find-dock">{open ? <FindBar find={find} /> : null}</div>;
}
