import { useLayoutEffect, useRef } from 'react';
import { ErrorNotice } from '../../components/ErrorNotice';
import { Icon } from '../../components/Icon';
import { markAfterPaint } from '../../perf';
import type { NeighbourPeek } from '../library/useLibrary';
import { ReadingControls, type ReadingSettings } from '../preferences/ReadingControls';
import { ArticleContent } from './ArticleContent';
import { useArticle } from './useArticle';
import { useReaderPosition } from './useReaderPosition';
import '../../styles/reader.css';

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
              title="Back to the library (Esc)"
            >
              <Icon name="back" />
              <span className="control-text">Library</span>
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
          <ReadingControls settings={settings} />
        </div>
        <div className="reading-progress" ref={progress} aria-hidden="true" />
      </header>
      <main className="reader" aria-busy={state.status === 'loading'}>
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
            <ArticleContent article={state.article} titleRef={title} />
            {previous !== null || next !== null ? (
              <nav className="article-pager" aria-label="More articles">
                {previous !== null ? (
                  <button
                    type="button"
                    className="article-pager__link article-pager__link--previous"
                    onClick={onPrevious}
                  >
                    <span className="article-pager__label">Previous</span>
                    <span className="article-pager__title">{previousTitle ?? 'Earlier in the library'}</span>
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
          </>
        ) : null}
      </main>
    </div>
  );
}
