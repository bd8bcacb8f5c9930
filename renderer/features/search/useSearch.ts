import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { SearchPage } from '../../../shared/model/search';
import { isEmptyQuery, parseQuery } from '../../../shared/search/parseQuery';
import { gloss } from '../../gloss';
import { LatestOnly, type SearchJob } from './latestOnly';
import { markSearchAnswered, markSearchInput, markSearchPainted } from './searchMarks';

/**
 * Results per request: two screenfuls of articles. Each hit costs the main process its passages, so
 * a smaller first page answers each keystroke sooner; more load as the list is scrolled or walked.
 */
export const SEARCH_PAGE_SIZE = 10;

/** Highlights and notes shown above the articles: the best few (the query narrows them further). */
export const ANNOTATION_PAGE_SIZE = 5;
/** Highlights and notes fetched each time more are asked for. */
export const ANNOTATION_MORE_SIZE = 20;

/** What the panel shows: the answer for `page.query`, with any further pages appended. */
export interface SearchResults {
  readonly page: SearchPage;
  readonly hits: SearchPage['hits'];
  /** The matching highlights and notes, from the query's first page. */
  readonly annotations: SearchPage['annotations'];
}

export interface SearchState {
  /** What is in the box (the results may still be for an earlier version of it). */
  readonly query: string;
  /** Null while the box is empty. */
  readonly results: SearchResults | null;
  /** A search for the current box is on its way. */
  readonly pending: boolean;
  readonly loadingMore: boolean;
  readonly error: Error | null;
}

export interface SearchController extends SearchState {
  /** The box changed (an `input` event): searches, marking the keystroke for the bench. */
  readonly type: (query: string) => void;
  /** Fetches the next page of the results shown. */
  readonly loadMore: () => void;
  /** Fetches more of the highlights and notes shown (they page apart from the articles). */
  readonly loadMoreAnnotations: () => void;
}

interface Shown {
  readonly seq: number;
  readonly results: SearchResults | null;
  readonly error: Error | null;
}

/**
 * Search as you type. Every change of the box takes the next sequence number and marks
 * `gloss:search-input`; answers come back through a queue that keeps one search in flight and drops
 * any answer older than what is shown, so results never step back. Once results for a sequence
 * number are on screen, `gloss:search-painted` is marked with it.
 */
export function useSearch(): SearchController {
  const [query, setQuery] = useState('');
  const [shown, setShown] = useState<Shown>({ seq: 0, results: null, error: null });
  const [latest, setLatest] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const queue = useRef<LatestOnly<SearchPage> | null>(null);

  useEffect(() => {
    const created = new LatestOnly<SearchPage>({
      run: (job: SearchJob) =>
        gloss.search({
          q: job.q,
          offset: job.offset,
          seq: job.seq,
          limit: SEARCH_PAGE_SIZE,
          // Further pages are more articles; the highlights came with the first.
          annotationLimit: job.offset === 0 ? ANNOTATION_PAGE_SIZE : 0,
        }),
      deliver: (page, job) => {
        markSearchAnswered(page.seq);
        if (job.offset > 0) setLoadingMore(false);
        setShown((before) => {
          // More of the same results: append. A new query: replace.
          const previous =
            job.offset > 0 && before.results?.page.query === page.query ? before.results : null;
          const hits = previous ? [...previous.hits, ...page.hits] : page.hits;
          const annotations = previous ? previous.annotations : page.annotations;
          return { seq: page.seq, results: { page, hits, annotations }, error: null };
        });
      },
      fail: (error, job) => {
        if (job.offset > 0) setLoadingMore(false);
        setShown((before) => ({
          seq: job.seq,
          results: before.results,
          error: error instanceof Error ? error : new Error(String(error)),
        }));
      },
    });
    queue.current = created;
    return () => {
      created.dispose();
      if (queue.current === created) queue.current = null;
    };
  }, []);

  const type = useCallback((next: string) => {
    const current = queue.current;
    if (!current) return;
    setQuery(next);
    setLoadingMore(false);
    if (isEmptyQuery(parseQuery(next))) {
      // Nothing to ask: clear the results now, and drop anything still on its way.
      const seq = current.settle();
      markSearchInput(seq);
      setLatest(seq);
      setShown({ seq, results: null, error: null });
      return;
    }
    const seq = current.request(next);
    markSearchInput(seq);
    setLatest(seq);
  }, []);

  const loadMore = useCallback(() => {
    const current = queue.current;
    const results = shown.results;
    if (!current || !results || loadingMore || results.hits.length >= results.page.total) return;
    setLoadingMore(true);
    setLatest(current.request(results.page.query, results.hits.length));
  }, [shown.results, loadingMore]);

  const loadMoreAnnotations = useCallback(() => {
    const results = shown.results;
    if (!results || results.annotations.hits.length >= results.annotations.total) return;
    const { query: q } = results.page;
    const from = results.annotations.hits.length;
    gloss
      .search({ q, limit: 1, annotationOffset: from, annotationLimit: ANNOTATION_MORE_SIZE })
      .then((page) => {
        // Appended only to the same results, still shown and not yet extended.
        setShown((before) =>
          before.results?.page.query === q && before.results.annotations.hits.length === from
            ? {
                ...before,
                results: {
                  ...before.results,
                  annotations: {
                    ...page.annotations,
                    offset: 0,
                    hits: [...before.results.annotations.hits, ...page.annotations.hits],
                  },
                },
              }
            : before,
        );
      })
      .catch((error: unknown) => {
        setShown((before) => ({
          ...before,
          error: error instanceof Error ? error : new Error(String(error)),
        }));
      });
  }, [shown.results]);

  // The results for `shown.seq` are in the DOM now: mark when they reach the screen.
  useLayoutEffect(() => {
    if (shown.seq > 0) markSearchPainted(shown.seq);
  }, [shown.seq]);

  return {
    query,
    results: shown.results,
    pending: latest > shown.seq,
    loadingMore,
    error: shown.error,
    type,
    loadMore,
    loadMoreAnnotations,
  };
}
