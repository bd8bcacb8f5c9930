import {
  useCallback,
  useEffect,
  useEffectEvent,
  useLayoutEffect,
  useRef,
  type ReactNode,
  type RefObject,
} from 'react';
import type { ArticleSort, SortDirection } from '../../../shared/model/article';
import { ErrorNotice } from '../../components/ErrorNotice';
import { markAfterPaint } from '../../perf';
import { useShortcuts } from '../keyboard/useShortcuts';
import { ReadingControls, type ReadingSettings } from '../preferences/ReadingControls';
import { ArticleRow } from './ArticleRow';
import { formatArticleCount, formatCount, formatWordCount } from './format';
import { moveSelection, type SelectionMove } from './neighbours';
import { SortControl } from './SortControl';
import type { LibraryController } from './useLibrary';
import '../../styles/library.css';

interface LibraryViewProps {
  /** Hidden (but kept, with its rows and selection) while an article is open. */
  readonly active: boolean;
  readonly library: LibraryController;
  readonly sort: ArticleSort;
  readonly direction: SortDirection;
  readonly onSortChange: (sort: ArticleSort, direction: SortDirection) => void;
  readonly onOpen: (id: string) => void;
  readonly settings: ReadingSettings;
  /** The window's scroll position when the library was left, to return to. */
  readonly scrollMemory: RefObject<number>;
  /** Extra controls for the header, before the reading controls (the way to the notebook). */
  readonly headerActions?: ReactNode;
  /** Controls beside the sort order (import and export). */
  readonly headingActions?: ReactNode;
}

let libraryPaintMarked = false;

export function LibraryView({
  active,
  library,
  sort,
  direction,
  onSortChange,
  onOpen,
  settings,
  scrollMemory,
  headerActions,
  headingActions,
}: LibraryViewProps) {
  const rows = useRef(new Map<string, HTMLButtonElement>());
  const focusWhenLoaded = useRef<string | null>(null);
  const wasActive = useRef(active);
  const { items, selectedId, status, hasMore, loadMore, select } = library;

  const registerRow = useCallback((id: string, element: HTMLButtonElement | null) => {
    if (element) rows.current.set(id, element);
    else rows.current.delete(id);
  }, []);

  const focusRow = useCallback((id: string, scroll: boolean): boolean => {
    const row = rows.current.get(id);
    if (!row) return false;
    row.focus({ preventScroll: true });
    if (scroll) row.scrollIntoView({ block: 'nearest' });
    return true;
  }, []);

  // Coming back from an article: the same scroll, the article just read selected and focused.
  const restore = useEffectEvent(() => {
    window.scrollTo(0, scrollMemory.current);
    if (selectedId !== null) focusRow(selectedId, true);
  });
  useLayoutEffect(() => {
    const returning = active && !wasActive.current;
    wasActive.current = active;
    if (!active) return;
    document.title = 'Gloss';
    if (returning) restore();
  }, [active]);

  // A row asked for by the keyboard may arrive with the next page.
  useEffect(() => {
    const wanted = focusWhenLoaded.current;
    if (wanted !== null && focusRow(wanted, true)) focusWhenLoaded.current = null;
  }, [items, focusRow]);

  useEffect(() => {
    if (active && items.length > 0 && !libraryPaintMarked) {
      libraryPaintMarked = true;
      markAfterPaint('gloss:library-painted');
    }
  }, [active, items.length]);

  // Long libraries load the next page as the end of the list comes near (the ref follows the
  // element, which comes and goes with each load).
  const observeEnd = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element) return;
      const observer = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) void loadMore();
        },
        { rootMargin: '600px 0px' },
      );
      observer.observe(element);
      return () => observer.disconnect();
    },
    [loadMore],
  );

  const move = (how: SelectionMove): void => {
    const current = selectedId === null ? -1 : items.findIndex((item) => item.id === selectedId);
    if (how === 'next' && selectedId !== null && current === items.length - 1 && hasMore) {
      // Past the last loaded row: fetch the next page, then move on to its first row.
      void library.neighbour(selectedId, 1).then((id) => {
        if (id === null) return;
        select(id);
        if (!focusRow(id, true)) focusWhenLoaded.current = id;
      });
      return;
    }
    const target = items[moveSelection(items.length, current, how)];
    if (!target) return;
    select(target.id);
    focusRow(target.id, true);
  };

  useShortcuts(active ? 'library' : null, {
    selectNext: () => move('next'),
    selectPrevious: () => move('previous'),
    selectFirst: () => move('first'),
    selectLast: () => move('last'),
    openSelected: () => {
      if (selectedId !== null) onOpen(selectedId);
    },
  });

  const stats = library.stats;
  return (
    <div className="view view--library" hidden={!active}>
      <header className="app-header">
        <div className="app-header__inner">
          <div className="app-header__title">
            <span className="wordmark">Gloss</span>
            {stats ? (
              <span
                className="app-header__stats"
                title={`${formatWordCount(stats.words)} in ${formatCount(stats.blocks)} blocks`}
              >
                {formatArticleCount(stats.articles)}
              </span>
            ) : null}
          </div>
          <div className="app-header__actions">
            {headerActions}
            <ReadingControls settings={settings} />
          </div>
        </div>
      </header>
      <main className="library" aria-busy={status === 'loading'}>
        <div className="library__heading">
          <h1 className="library__title">Library</h1>
          <div className="library__heading-actions">
            {headingActions}
            {items.length > 1 ? (
              <SortControl sort={sort} direction={direction} onChange={onSortChange} />
            ) : null}
          </div>
        </div>
        {status === 'error' && library.error ? (
          <ErrorNotice
            title="Gloss could not load your library."
            error={library.error}
            onRetry={library.retry}
          />
        ) : status === 'ready' && items.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">Your library is empty.</p>
            <p className="empty-state__hint">Articles you import will appear here, newest first.</p>
          </div>
        ) : (
          <ol className="article-list" aria-label="Articles">
            {items.map((article) => (
              <ArticleRow
                key={article.id}
                article={article}
                selected={article.id === selectedId}
                onOpen={onOpen}
                onSelect={select}
                registerRow={registerRow}
              />
            ))}
          </ol>
        )}
        {hasMore && status === 'ready' ? (
          <div className="library__more" ref={observeEnd}>
            {library.loadMoreError ? (
              <ErrorNotice
                title="The next articles did not load."
                error={library.loadMoreError}
                onRetry={() => void loadMore()}
              />
            ) : (
              <button
                type="button"
                className="button"
                onClick={() => void loadMore()}
                disabled={library.loadingMore}
              >
                {library.loadingMore
                  ? 'Loading…'
                  : `Load more (${formatCount(items.length)} of ${formatCount(library.total)})`}
              </button>
            )}
          </div>
        ) : null}
      </main>
    </div>
  );
}
