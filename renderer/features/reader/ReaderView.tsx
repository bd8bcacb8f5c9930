import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { markAfterPaint } from '../../perf';
import type { NeighbourPeek } from '../library/useLibrary';
import { InArticleSearch } from '../find/InArticleSearch';
import type { SearchTarget } from '../search/searchTarget';
import { AnnotationIcon } from '../annotations/AnnotationIcon';
import { useArticleAnnotations } from '../annotations/useArticleAnnotations';
import { ReadingControls, type ReadingSettings } from '../preferences/ReadingControls';
import { ArticleContent } from './ArticleContent';
import { ReaderAnnotations } from './ReaderAnnotations';
import { useArticle } from './useArticle';
import { useOffscreenSkipping } from './useOffscreenSkipping';
import { useReaderPosition } from './useReaderPosition';
import { isWideLayout } from './viewport';
import '../../styles/reader.css';
import '../../styles/annotations.css';

interface ReaderViewProps {
  readonly articleId: string;
  /** Where to open, as a fraction of the article (0 = top). */
  readonly initialScroll: number;
  readonly settings: ReadingSettings;
  readonly previous: NeighbourPeek;
  readonly next: NeighbourPeek;
  readonly onBack: () => void;
  readonly onPrevious: () => void;
  readonly onNext: () => void;
  /** The article is gone (deleted since it was last open). */
  readonly onMissing: () => void;
  readonly onPositionChange: (fraction: number) => void;
  /** Where the back button goes: the library, or the notebook the article was opened from. */
  readonly backTo?: 'library' | 'notebook';
  /** An annotation to bring into view once the article is open. */
  readonly focusAnnotationId?: string | null;
  /** The search result the article was opened from: its passage is brought into view, its matches marked. */
  readonly searchTarget?: SearchTarget | null;
}

function neighbourTitle(peek: NeighbourPeek): string | null {
  return peek !== null && peek !== 'more' ? peek.title : null;
}

export function ReaderView(props: ReaderViewProps) {
  const { articleId, settings, previous, next, onBack, onPrevious, onNext } = props;
  const { state, retry } = useArticle(articleId, props.onMissing);
  const title = useRef<HTMLHeadingElement>(null);
  const progress = useRef<HTMLDivElement>(null);
  const ready = state.status === 'ready';
  const annotations = useArticleAnnotations(articleId);
  const [body, setBody] = useState<HTMLDivElement | null>(null);
  const bodyRef = useCallback((element: HTMLDivElement | null) => setBody(element), []);
  const [sidebarOpen, setSidebarOpen] = useState(isWideLayout);
  const backLabel = props.backTo === 'notebook' ? 'Notebook' : 'Library';

  // Before useReaderPosition: a text size change renders every block in full before it is measured.
  useOffscreenSkipping(ready ? body : null, settings.fontSize);
  useReaderPosition({
    ready,
    initialFraction: props.initialScroll,
    fontSize: settings.fontSize,
    onSave: props.onPositionChange,
    progress,
  });

  useLayoutEffect(() => {
    if (state.status !== 'ready') return;
    document.title = `${state.article.title} — Gloss`;
    title.current?.focus({ preventScroll: true });
    markAfterPaint('gloss:article-painted');
  }, [state]);

  const previousTitle = neighbourTitle(previous);
  const nextTitle = neighbourTitle(next);

  return (
    <div className="view view--reader">
      <header className="app-header app-header--reader">
        <div className="app-header__inner">
          <nav className="reader-nav" aria-label="Article">
            <button
              type="button"
              className="control control--labelled"
              onClick={onBack}
              title={`Back to the ${backLabel.toLowerCase()} (Esc)`}
            >
              <Icon name="back" />
              <span className="control-text">{backLabel}</span>
            </button>
            <button
              type="button"
              className="control"
              onClick={onPrevious}
              disabled={previous === null}
              aria-label={previousTitle ? `Previous article: ${previousTitle}` : 'Previous article'}
              title="Previous article ([)"
            >
              <Icon name="previous" />
            </button>
            <button
              type="button"
              className="control"
              onClick={onNext}
              disabled={next === null}
              aria-label={nextTitle ? `Next article: ${nextTitle}` : 'Next article'}
              title="Next article (])"
            >
              <Icon name="next" />
            </button>
          </nav>
          <div className="reader-tools">
            <button
              type="button"
              className="control control--labelled sidebar-toggle"
              aria-expanded={sidebarOpen}
              aria-controls="annotation-sidebar"
              onClick={() => setSidebarOpen((open) => !open)}
              title={sidebarOpen ? 'Hide highlights and notes' : 'Show highlights and notes'}
            >
              <AnnotationIcon name="sidebar" />
              <span className="control-text">Highlights</span>
              {annotations.items.length > 0 ? (
                <span className="sidebar-toggle__count">{annotations.items.length}</span>
              ) : null}
            </button>
            <ReadingControls settings={settings} />
          </div>
        </div>
        <div className="reading-progress" ref={progress} aria-hidden="true" />
      </header>
      <main
        className="reader"
        data-sidebar={ready && sidebarOpen ? 'open' : 'closed'}
        aria-busy={state.status === 'loading'}
      >
        {state.status === 'loading' ? <p className="reader__loading">Opening the article…</p> : null}
        {state.status === 'error' ? (
          <ErrorNotice title="Gloss could not open this article." error={state.error} onRetry={retry}>
            <button type="button" className="button button--quiet" onClick={onBack}>
              Back to the library
            </button>
          </ErrorNotice>
        ) : null}
        {state.status === 'ready' ? (
          <>
            <div className="reader__column">
              {body ? (
                <InArticleSearch
                  article={state.article}
                  root={body}
                  searchTarget={props.searchTarget ?? null}
                />
              ) : null}
              <ArticleContent article={state.article} titleRef={title} bodyRef={bodyRef} />
              {previous !== null || next !== null ? (
                <nav className="article-pager" aria-label="More articles">
                  {previous !== null ? (
                    <button
                      type="button"
                      className="article-pager__link article-pager__link--previous"
                      onClick={onPrevious}
                    >
                      <span className="article-pager__label">Previous</span>
                      <span className="article-pager__title">
                        {previousTitle ?? 'Earlier in the library'}
                      </span>
                    </button>
                  ) : (
                    <span />
                  )}
                  {next !== null ? (
                    <button
                      type="button"
                      className="article-pager__link article-pager__link--next"
                      onClick={onNext}
                    >
                      <span className="article-pager__label">Next</span>
                      <span className="article-pager__title">{nextTitle ?? 'Further in the library'}</span>
                    </button>
                  ) : null}
                </nav>
              ) : null}
            </div>
            {body ? (
              <ReaderAnnotations
                article={state.article}
                root={body}
                annotations={annotations}
                sidebarOpen={sidebarOpen}
                onSidebarOpenChange={setSidebarOpen}
                focusAnnotationId={props.focusAnnotationId ?? props.searchTarget?.annotationId ?? null}
                focusToken={props.searchTarget?.id ?? 0}
              />
            ) : null}
          </>
        ) : null}
      </main>
    </div>
  );
}
