import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSort, SortDirection } from '../shared/model/article';
import type { Preferences } from '../shared/model/preferences';
import { ErrorNotice } from './components/ErrorNotice';
import { applySwatchTokens } from './features/annotations/colors';
import { BackupsButton } from './features/backups/BackupsButton';
import { ExportImportButtons } from './features/export/ExportImportButtons';
import { ExportImportDialogs } from './features/import/ExportImportDialogs';
import { useExportImport } from './features/import/useExportImport';
import { useMenuCommands } from './features/keyboard/useMenuCommands';
import { onOpenLink } from './glossLinks';
import { useShortcuts, type CommandHandlers } from './features/keyboard/useShortcuts';
import { LibraryView } from './features/library/LibraryView';
import { useLibrary } from './features/library/useLibrary';
import { NotebookLink } from './features/notebook/NotebookLink';
import { NotebookView } from './features/notebook/NotebookView';
import { stepFontSize } from './features/preferences/fontSize';
import type { ReadingSettings } from './features/preferences/ReadingControls';
import { nextThemePreference } from './features/preferences/theme';
import { useAppliedFontSize, useAppliedTheme } from './features/preferences/useAppliedPreferences';
import { usePreferences } from './features/preferences/usePreferences';
import { ReaderView } from './features/reader/ReaderView';
import { SearchButton } from './features/search/SearchButton';
import { SearchPanel } from './features/search/SearchPanel';
import type { SearchTarget } from './features/search/searchTarget';

export type View =
  | { readonly kind: 'library' }
  | { readonly kind: 'notebook' }
  | {
      readonly kind: 'reader';
      readonly articleId: string;
      readonly initialScroll: number;
      /** Opened from the notebook: back goes there, and this annotation is brought into view. */
      readonly fromNotebook?: { readonly annotationId: string };
      /** Opened from a search result: its passage is shown and its matches marked. */
      readonly search?: SearchTarget;
      /** Opened by a gloss:// link to one of its annotations, which is brought into view. */
      readonly linkedAnnotationId?: string;
    };

// The highlight palette, from the one definition in shared/model, as CSS variables.
applySwatchTokens();

/** Where the last session left off: its article at its scroll, else the library. */
function resumeView(saved: Preferences): View {
  return saved.lastArticleId === null
    ? { kind: 'library' }
    : { kind: 'reader', articleId: saved.lastArticleId, initialScroll: saved.lastScroll };
}

/** Routes between the library and the reader, and owns what both share: preferences and the list order. */
export function App() {
  const { state, update, retry, saveError, dismissSaveError } = usePreferences();
  const { preferences } = state;
  useAppliedTheme(preferences.theme);
  useAppliedFontSize(preferences.fontSize);
  const library = useLibrary(preferences.librarySort, preferences.libraryDirection, state.status === 'ready');
  // File > Import and Export, and files dropped on the window; an import that adds articles reloads the list.
  const exportImport = useExportImport(library.retry);

  const [chosenView, setChosenView] = useState<View | null>(null);
  const view = chosenView ?? (state.status === 'ready' ? resumeView(state.initial) : null);
  // The view as of the last navigation, for handlers that finish after an await.
  const current = useRef<View | null>(view);
  useEffect(() => {
    current.current ??= view;
  }, [view]);
  const libraryScroll = useRef(0);
  const [searchOpen, setSearchOpen] = useState(false);
  const showSearch = useCallback(() => setSearchOpen(true), []);
  const closeSearch = useCallback(() => setSearchOpen(false), []);

  const navigate = useCallback((next: View) => {
    current.current = next;
    setChosenView(next);
  }, []);

  const { select, neighbour } = library;

  const openArticle = useCallback(
    (id: string) => {
      if (current.current?.kind === 'library') libraryScroll.current = window.scrollY;
      select(id);
      navigate({ kind: 'reader', articleId: id, initialScroll: 0 });
      update({ lastArticleId: id, lastScroll: 0 });
    },
    [navigate, select, update],
  );

  const showLibrary = useCallback(() => {
    const from = current.current;
    if (from?.kind === 'notebook') {
      navigate({ kind: 'library' });
      return;
    }
    if (from?.kind !== 'reader') return;
    select(from.articleId);
    navigate({ kind: 'library' });
    update({ lastArticleId: null, lastScroll: 0 });
  }, [navigate, select, update]);

  const showNotebook = useCallback(() => {
    const from = current.current;
    if (from?.kind === 'notebook') return;
    if (from?.kind === 'library') libraryScroll.current = window.scrollY;
    navigate({ kind: 'notebook' });
    if (from?.kind === 'reader') update({ lastArticleId: null, lastScroll: 0 });
  }, [navigate, update]);

  const openFromNotebook = useCallback(
    (articleId: string, annotationId: string) => {
      select(articleId);
      navigate({ kind: 'reader', articleId, initialScroll: 0, fromNotebook: { annotationId } });
      update({ lastArticleId: articleId, lastScroll: 0 });
    },
    [navigate, select, update],
  );

  const openFromSearch = useCallback(
    (target: SearchTarget) => {
      setSearchOpen(false);
      if (current.current?.kind === 'library') libraryScroll.current = window.scrollY;
      select(target.articleId);
      navigate({ kind: 'reader', articleId: target.articleId, initialScroll: 0, search: target });
      update({ lastArticleId: target.articleId, lastScroll: 0 });
    },
    [navigate, select, update],
  );

  // gloss://article/ID#annotation-ID clicked in exported notes: open the article at that annotation.
  useEffect(
    () =>
      onOpenLink(({ articleId, annotationId }) => {
        setSearchOpen(false);
        if (current.current?.kind === 'library') libraryScroll.current = window.scrollY;
        select(articleId);
        navigate({
          kind: 'reader',
          articleId,
          initialScroll: 0,
          ...(annotationId ? { linkedAnnotationId: annotationId } : {}),
        });
        update({ lastArticleId: articleId, lastScroll: 0 });
      }),
    [navigate, select, update],
  );

  /** Back from an article: to the notebook it was opened from, else the library. */
  const back = useCallback(() => {
    const from = current.current;
    if (from?.kind === 'reader' && from.fromNotebook) showNotebook();
    else showLibrary();
  }, [showLibrary, showNotebook]);

  const stepArticle = useCallback(
    (step: 1 | -1) => {
      const from = current.current;
      if (from?.kind !== 'reader') return;
      void neighbour(from.articleId, step).then((id) => {
        // Ignore the answer if the reader moved on while the next page loaded.
        if (id !== null && current.current === from) openArticle(id);
      });
    },
    [neighbour, openArticle],
  );

  const articleMissing = useCallback(() => {
    navigate({ kind: 'library' });
    update({ lastArticleId: null, lastScroll: 0 });
  }, [navigate, update]);

  const savePosition = useCallback(
    (articleId: string, fraction: number) => {
      const now = current.current;
      if (now?.kind === 'reader' && now.articleId === articleId) update({ lastScroll: fraction });
    },
    [update],
  );

  const changeSort = useCallback(
    (sort: ArticleSort, direction: SortDirection) => {
      update({ librarySort: sort, libraryDirection: direction });
      select(null);
      window.scrollTo(0, 0);
    },
    [select, update],
  );

  const settings: ReadingSettings = {
    theme: preferences.theme,
    fontSize: preferences.fontSize,
    onThemeChange: (theme) => update({ theme }),
    onFontStep: (direction) => update({ fontSize: stepFontSize(preferences.fontSize, direction) }),
  };

  const commands: CommandHandlers = {
    showLibrary: back,
    showNotebook,
    search: showSearch,
    nextArticle: () => stepArticle(1),
    previousArticle: () => stepArticle(-1),
    toggleTheme: () => update({ theme: nextThemePreference(preferences.theme) }),
    fontLarger: () => settings.onFontStep(1),
    fontSmaller: () => settings.onFontStep(-1),
    exportNotes: exportImport.openExport,
    importFiles: exportImport.openImport,
  };
  useShortcuts(view?.kind ?? null, commands);
  useMenuCommands(commands);

  if (state.status === 'loading' || view === null) {
    return state.status === 'error' ? (
      <main className="startup-error">
        <ErrorNotice title="Gloss could not open your library." error={state.error} onRetry={retry} />
      </main>
    ) : null;
  }

  const articleId = view.kind === 'reader' ? view.articleId : null;
  const notebookKept =
    view.kind === 'notebook' || (view.kind === 'reader' && view.fromNotebook !== undefined);
  return (
    <>
      <LibraryView
        active={view.kind === 'library'}
        headerActions={
          <>
            <SearchButton onOpen={showSearch} />
            <NotebookLink onOpen={showNotebook} />
            <BackupsButton />
          </>
        }
        headingActions={
          <ExportImportButtons onImport={exportImport.openImport} onExport={exportImport.openExport} />
        }
        library={library}
        sort={preferences.librarySort}
        direction={preferences.libraryDirection}
        onSortChange={changeSort}
        onOpen={openArticle}
        settings={settings}
        scrollMemory={libraryScroll}
      />
      {notebookKept ? (
        <NotebookView
          active={view.kind === 'notebook'}
          settings={settings}
          onBack={showLibrary}
          onOpen={openFromNotebook}
        />
      ) : null}
      {view.kind === 'reader' && articleId !== null ? (
        <ReaderView
          key={articleId}
          articleId={articleId}
          initialScroll={view.initialScroll}
          settings={settings}
          previous={library.peekNeighbour(articleId, -1)}
          next={library.peekNeighbour(articleId, 1)}
          onBack={back}
          backTo={view.fromNotebook ? 'notebook' : 'library'}
          focusAnnotationId={view.fromNotebook?.annotationId ?? view.linkedAnnotationId ?? null}
          searchTarget={view.search ?? null}
          onPrevious={() => stepArticle(-1)}
          onNext={() => stepArticle(1)}
          onMissing={articleMissing}
          onPositionChange={(fraction) => savePosition(articleId, fraction)}
        />
      ) : null}
      <SearchPanel open={searchOpen} onClose={closeSearch} onOpen={openFromSearch} />
      <ExportImportDialogs state={exportImport} currentArticleId={articleId} />
      {saveError !== null ? (
        <div className="toast" role="alert">
          <p>{saveError}</p>
          <button type="button" className="button button--quiet" onClick={dismissSaveError}>
            Dismiss
          </button>
        </div>
      ) : null}
    </>
  );
}
