import {
  useCallback,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type SyntheticEvent,
  type UIEvent,
} from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { isQuiet, queryFeedback } from './queryFeedback';
import { moveActive, keepActive, resultItems, type ResultMove } from './resultNavigation';
import { SearchExamples, SyntaxHelp } from './SearchHelp';
import { SearchIcon } from './SearchIcon';
import { SearchResultList } from './SearchResultList';
import { SearchStatus } from './SearchStatus';
import { annotationTarget, searchTarget, type SearchTarget } from './searchTarget';
import { useSearch } from './useSearch';
import '../../styles/search.css';

interface SearchPanelProps {
  readonly open: boolean;
  /** Closed without opening anything: back to where the reader was. */
  readonly onClose: () => void;
  /** A result chosen: open its article there. */
  readonly onOpen: (target: SearchTarget) => void;
}

const MOVES: Readonly<Record<string, ResultMove>> = {
  ArrowDown: 'next',
  ArrowUp: 'previous',
  PageDown: 'nextArticle',
  PageUp: 'previousArticle',
};

/** Options this close to the end fetch the next page, so ↓ never hits a wall while more results exist. */
const LOAD_AHEAD = 3;

/**
 * Library search: a modal panel with the search box, results grouped by article, and what the query
 * was taken to mean. The box keeps the focus; ↑ ↓ (PageUp/PageDown by article) move through titles
 * and passages, Enter opens, Esc closes and leaves the page as it was. The panel stays mounted while
 * closed, so it reopens with the last query and its results.
 */
export function SearchPanel({ open, onClose, onOpen }: SearchPanelProps) {
  const search = useSearch();
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const scrollAtOpen = useRef(0);
  const targetIds = useRef(0);
  const baseId = useId();
  const listId = `${baseId}-results`;
  const optionId = useCallback((index: number) => `${baseId}-option-${index}`, [baseId]);

  const { results } = search;
  const hits = useMemo(() => results?.hits ?? [], [results]);
  const annotationHits = useMemo(() => results?.annotations.hits ?? [], [results]);
  const items = useMemo(() => resultItems(hits, annotationHits), [hits, annotationHits]);
  const feedback = useMemo(() => {
    if (!results) return null;
    const told = queryFeedback(results.page.expansions, results.page.ignoredFilters);
    // The expansions speak of the articles' words; a word found in a note is not "nothing like it".
    return results.annotations.total > 0 ? { ...told, unknown: [] } : told;
  }, [results]);
  const resultsQuery = results?.page.query ?? null;
  const hasMore = results !== null && results.hits.length < results.page.total;

  // The active option belongs to the results it was chosen in: new results for a new query start at
  // the top; more results for the same query keep it.
  const [chosen, setChosen] = useState<{ readonly query: string | null; readonly key: string } | null>(null);
  const active =
    items.length === 0 ? -1 : chosen && chosen.query === resultsQuery ? keepActive(items, chosen.key) : 0;

  const activate = useCallback(
    (index: number) => {
      const item = items[index];
      if (item) setChosen({ query: resultsQuery, key: item.key });
    },
    [items, resultsQuery],
  );

  const openOption = useCallback(
    (index: number) => {
      const item = items[index];
      const note = item?.annotationIndex === undefined ? undefined : annotationHits[item.annotationIndex];
      if (note) {
        onOpen(annotationTarget(note, ++targetIds.current));
        return;
      }
      const hit = item ? hits[item.hitIndex] : undefined;
      if (!item || !hit || !results) return;
      onOpen(searchTarget(hit, item.passageIndex, results.page.expansions, ++targetIds.current));
    },
    [items, hits, annotationHits, results, onOpen],
  );

  // Open and close the modal with the prop; remember the page's scroll to return to it.
  useLayoutEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      scrollAtOpen.current = window.scrollY;
      element.showModal();
      input.current?.focus();
      input.current?.select();
    } else if (!open && element.open) {
      const y = scrollAtOpen.current;
      element.close();
      // Focus goes back where it was; the page stays where it was.
      if (window.scrollY !== y) window.scrollTo(0, y);
    }
  }, [open]);

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.nativeEvent.isComposing) return;
    const move = event.altKey || event.ctrlKey || event.metaKey ? undefined : MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = moveActive(items, active, move);
      activate(next);
      if (hasMore && next >= items.length - LOAD_AHEAD) search.loadMore();
      return;
    }
    switch (event.key) {
      case 'Enter':
        event.preventDefault();
        if (active >= 0) openOption(active);
        return;
      case 'Escape':
        event.preventDefault();
        event.stopPropagation();
        onClose();
        return;
      case 'k':
      case 'K':
        // Ctrl+K again: start over on the query.
        if (event.ctrlKey || event.metaKey) {
          event.preventDefault();
          event.currentTarget.select();
        }
        return;
    }
  };

  const onDialogCancel = (event: SyntheticEvent<HTMLDialogElement>): void => {
    // Esc with the focus elsewhere in the panel: close through the app, so its state follows.
    event.preventDefault();
    onClose();
  };

  // A click on the dimmed page around the panel closes it; a drag that merely ends there (selecting
  // the query's text, say) does not.
  const pressedOutside = useRef(false);
  const onDialogMouseDown = (event: MouseEvent<HTMLDialogElement>): void => {
    pressedOutside.current = event.target === event.currentTarget;
  };
  const onDialogClick = (event: MouseEvent<HTMLDialogElement>): void => {
    if (event.target === event.currentTarget && pressedOutside.current) onClose();
  };

  // Scrolled near the end of the results: the next page (only on scrolling, so typing never fetches two).
  const onBodyScroll = (event: UIEvent<HTMLDivElement>): void => {
    const element = event.currentTarget;
    if (hasMore && element.scrollTop + element.clientHeight > element.scrollHeight - 240) search.loadMore();
  };

  const pick = (query: string): void => {
    search.type(query);
    input.current?.focus();
  };

  const showingQuery = search.query.trim() !== '';
  return (
    <dialog
      ref={dialog}
      className="search-dialog"
      aria-label="Search the library"
      onCancel={onDialogCancel}
      onMouseDown={onDialogMouseDown}
      onClick={onDialogClick}
    >
      {open ? (
        <div className="search-panel" data-busy={search.pending ? 'true' : undefined}>
          <div className="search-panel__field">
            <SearchIcon name="search" />
            <input
              ref={input}
              className="search-panel__input"
              type="text"
              role="combobox"
              aria-label="Search the library"
              aria-expanded={items.length > 0}
              aria-controls={items.length > 0 ? listId : undefined}
              aria-autocomplete="list"
              aria-activedescendant={active >= 0 ? optionId(active) : undefined}
              placeholder="Search the library"
              autoComplete="off"
              spellCheck={false}
              enterKeyHint="search"
              value={search.query}
              onChange={(event) => search.type(event.currentTarget.value)}
              onKeyDown={onKeyDown}
            />
            <kbd className="search-panel__esc" title="Close (Esc)">
              Esc
            </kbd>
          </div>
          {/* A tab stop of its own, so the results scroll from the keyboard too (axe: scrollable-region-focusable). */}
          <div
            className="search-panel__body"
            onScroll={onBodyScroll}
            tabIndex={0}
            role="region"
            aria-label="Results"
          >
            {search.error ? <ErrorNotice title="Search did not work." error={search.error} /> : null}
            {!showingQuery || results === null ? (
              <SearchExamples onPick={pick} />
            ) : (
              <>
                {feedback ? (
                  <SearchStatus total={results.page.total} shown={hits.length} feedback={feedback} />
                ) : null}
                {items.length === 0 ? (
                  <div className="search-none">
                    <p className="search-none__title">Nothing found for “{results.page.query.trim()}”.</p>
                    <p className="search-none__hint">
                      {feedback && !isQuiet(feedback)
                        ? 'See the notes above.'
                        : 'Try fewer words, another spelling, or fewer filters.'}
                    </p>
                  </div>
                ) : null}
                <SearchResultList
                  id={listId}
                  hits={hits}
                  annotations={annotationHits}
                  annotationTotal={results.annotations.total}
                  active={active}
                  optionId={optionId}
                  onActivate={activate}
                  onOpen={openOption}
                />
                {results.annotations.hits.length < results.annotations.total ? (
                  <div className="search-more">
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={search.loadMoreAnnotations}
                    >
                      Show more highlights and notes (
                      {results.annotations.total - results.annotations.hits.length} more)
                    </button>
                  </div>
                ) : null}
                {hasMore ? (
                  <div className="search-more">
                    <button
                      type="button"
                      className="button button--quiet"
                      onClick={search.loadMore}
                      disabled={search.loadingMore}
                    >
                      {search.loadingMore ? 'Loading…' : 'Show more results'}
                    </button>
                  </div>
                ) : null}
              </>
            )}
          </div>
          <footer className="search-panel__footer">
            <SyntaxHelp />
            <p className="search-keys" aria-hidden="true">
              <kbd>↑</kbd>
              <kbd>↓</kbd> move <kbd>Enter</kbd> open
            </p>
          </footer>
        </div>
      ) : null}
    </dialog>
  );
}
