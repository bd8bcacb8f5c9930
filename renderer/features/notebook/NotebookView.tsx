import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Annotation } from '../../../shared/model/annotation';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { useColorLabels } from '../annotations/useColorLabels';
import { useShortcuts } from '../keyboard/useShortcuts';
import { formatCount } from '../library/format';
import { ReadingControls, type ReadingSettings } from '../preferences/ReadingControls';
import { NotebookFilters } from './NotebookFilters';
import { NotebookItem } from './NotebookItem';
import {
  EMPTY_FILTER,
  filterNotebook,
  groupByArticle,
  isFiltered,
  sortNotebook,
  type NotebookEntry,
  type NotebookFilter,
  type NotebookSort,
} from './notebookQuery';
import { useNotebook } from './useNotebook';
import '../../styles/annotations.css';
import '../../styles/notebook.css';

interface NotebookViewProps {
  /** Hidden (but kept, with its filters and scroll) while an article opened from it is read. */
  readonly active: boolean;
  readonly settings: ReadingSettings;
  readonly onBack: () => void;
  readonly onOpen: (articleId: string, annotationId: string) => void;
}

/** Every highlight and note in the library, filtered and ordered, each a way back into its article. */
export function NotebookView({ active, settings, onBack, onOpen }: NotebookViewProps) {
  const { state, retry } = useNotebook(active);
  const { names } = useColorLabels();
  const [filter, setFilter] = useState<NotebookFilter>(EMPTY_FILTER);
  const [sort, setSort] = useState<NotebookSort>('newest');
  const search = useRef<HTMLInputElement>(null);
  const scroll = useRef(0);
  const wasActive = useRef(active);

  // Back from an article: where the list was.
  useLayoutEffect(() => {
    const returning = active && !wasActive.current;
    wasActive.current = active;
    if (!active) return;
    document.title = 'Notebook — Gloss';
    window.scrollTo(0, returning ? scroll.current : 0);
  }, [active]);

  useShortcuts(active ? 'notebook' : null, {
    showLibrary: onBack,
    focusFilter: () => search.current?.focus(),
  });

  const ready = state.status === 'ready' ? state : null;
  const entries = useMemo<NotebookEntry[]>(
    () =>
      ready
        ? ready.annotations.map((annotation) => ({
            annotation,
            articleTitle: ready.articles.get(annotation.articleId)?.title ?? 'Untitled',
          }))
        : [],
    [ready],
  );
  const shown = useMemo(() => sortNotebook(filterNotebook(entries, filter), sort), [entries, filter, sort]);
  const articles = useMemo(
    () => (ready ? [...ready.articles.values()].sort((a, b) => a.title.localeCompare(b.title)) : []),
    [ready],
  );
  const open = (a: Annotation): void => {
    scroll.current = window.scrollY;
    onOpen(a.articleId, a.id);
  };

  const item = (entry: NotebookEntry, grouped: boolean) => (
    <NotebookItem
      key={entry.annotation.id}
      annotation={entry.annotation}
      articleTitle={grouped ? null : entry.articleTitle}
      names={names}
      onOpen={open}
    />
  );

  return (
    <div className="view view--notebook" hidden={!active}>
      <header className="app-header">
        <div className="app-header__inner">
          <nav className="reader-nav" aria-label="Notebook">
            <button
              type="button"
              className="control control--labelled"
              onClick={onBack}
              title="Back to the library (Esc)"
            >
              <Icon name="back" />
              <span className="control-text">Library</span>
            </button>
          </nav>
          <ReadingControls settings={settings} />
        </div>
      </header>
      <main className="notebook" aria-busy={state.status === 'loading'}>
        <div className="notebook__heading">
          <h1 className="notebook__title">Notebook</h1>
          {ready ? (
            <p className="notebook__count" role="status">
              {isFiltered(filter)
                ? `${formatCount(shown.length)} of ${formatCount(entries.length)} highlights`
                : `${formatCount(entries.length)} ${entries.length === 1 ? 'highlight' : 'highlights'} in ${formatCount(
                    ready.articles.size,
                  )} ${ready.articles.size === 1 ? 'article' : 'articles'}`}
            </p>
          ) : null}
        </div>
        {state.status === 'error' ? (
          <ErrorNotice title="Gloss could not load your notebook." error={state.error} onRetry={retry} />
        ) : null}
        {ready && entries.length === 0 ? (
          <div className="empty-state">
            <p className="empty-state__title">No highlights yet.</p>
            <p className="empty-state__hint">
              Select text in an article and pick a colour (or press h). Every highlight and note you make
              gathers here.
            </p>
          </div>
        ) : null}
        {ready && entries.length > 0 ? (
          <>
            <NotebookFilters
              filter={filter}
              sort={sort}
              names={names}
              tags={ready.tags}
              articles={articles}
              searchRef={search}
              onFilterChange={setFilter}
              onSortChange={setSort}
            />
            {shown.length === 0 ? (
              <div className="empty-state">
                <p className="empty-state__title">No highlights match.</p>
                <button type="button" className="button" onClick={() => setFilter(EMPTY_FILTER)}>
                  Clear the filters
                </button>
              </div>
            ) : sort === 'article' ? (
              groupByArticle(shown).map((group) => (
                <section key={group.articleId} className="notebook-group" aria-label={group.title}>
                  <h2 className="notebook-group__title">{group.title}</h2>
                  <ol className="notebook-list">{group.entries.map((entry) => item(entry, true))}</ol>
                </section>
              ))
            ) : (
              <ol className="notebook-list">{shown.map((entry) => item(entry, false))}</ol>
            )}
          </>
        ) : null}
      </main>
    </div>
  );
}
