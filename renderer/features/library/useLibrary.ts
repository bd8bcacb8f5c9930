import { useCallback, useEffect, useRef, useState } from 'react';
import type { ArticleSort, ArticleSummary, LibraryStats, SortDirection } from '../../../shared/model/article';
import { gloss } from '../../gloss';
import { findNeighbour } from './neighbours';

/** The contract pages by up to 500; 100 rows paint fast and fill any window. */
export const PAGE_SIZE = 100;

interface Loaded {
  /** The query these rows answer; a new sort makes the rows stale until its first page lands. */
  readonly key: string;
  readonly sort: ArticleSort;
  readonly direction: SortDirection;
  readonly items: readonly ArticleSummary[];
  readonly total: number;
  readonly error: Error | null;
}

export type LibraryStatus = 'loading' | 'ready' | 'error';

/** What is next to an article without loading anything: a loaded row, "further on", or nothing. */
export type NeighbourPeek = ArticleSummary | 'more' | null;

export interface LibraryController {
  readonly status: LibraryStatus;
  /** Rows loaded so far, in the current order (stale rows while a new order loads). */
  readonly items: readonly ArticleSummary[];
  readonly total: number;
  readonly hasMore: boolean;
  readonly error: Error | null;
  readonly loadingMore: boolean;
  readonly loadMoreError: Error | null;
  readonly stats: LibraryStats | null;
  /** The selected row; the first row when nothing was chosen. */
  readonly selectedId: string | null;
  readonly select: (id: string | null) => void;
  /** Loads the next page; resolves false when nothing more came. */
  readonly loadMore: () => Promise<boolean>;
  /** The article after/before `id` in the current order, loading pages as needed. */
  readonly neighbour: (id: string, step: 1 | -1) => Promise<string | null>;
  readonly peekNeighbour: (id: string, step: 1 | -1) => NeighbourPeek;
  readonly retry: () => void;
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function appendUnique(items: readonly ArticleSummary[], more: readonly ArticleSummary[]): ArticleSummary[] {
  const seen = new Set(items.map((item) => item.id));
  return [...items, ...more.filter((item) => !seen.has(item.id))];
}

/** The library in the given order, a page at a time; `enabled` waits for preferences to say the order. */
export function useLibrary(sort: ArticleSort, direction: SortDirection, enabled: boolean): LibraryController {
  const [reloads, setReloads] = useState(0);
  const key = `${sort}:${direction}:${reloads}`;
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [stats, setStats] = useState<LibraryStats | null>(null);
  const [more, setMore] = useState<{ readonly loading: boolean; readonly error: Error | null }>({
    loading: false,
    error: null,
  });
  const [chosen, setChosen] = useState<string | null>(null);

  // The latest rows for async callers (neighbour, loadMore), which outlive a render.
  const latest = useRef<Loaded | null>(null);
  const firstPage = useRef<Promise<unknown>>(Promise.resolve());
  const pending = useRef<Promise<boolean> | null>(null);

  const commit = useCallback((next: Loaded) => {
    latest.current = next;
    setLoaded(next);
  }, []);

  useEffect(() => {
    if (!enabled) return;
    let live = true;
    pending.current = null;
    firstPage.current = gloss.listArticles({ offset: 0, limit: PAGE_SIZE, sort, direction }).then(
      (page) => {
        if (live) commit({ key, sort, direction, items: page.items, total: page.total, error: null });
      },
      (error: unknown) => {
        if (live) commit({ key, sort, direction, items: [], total: 0, error: asError(error) });
      },
    );
    gloss.getLibraryStats().then(
      (value) => {
        if (live) setStats(value);
      },
      // The count in the header is a nicety; the list shows its own errors.
      () => {
        if (live) setStats(null);
      },
    );
    return () => {
      live = false;
    };
  }, [enabled, key, sort, direction, commit]);

  const loadMore = useCallback((): Promise<boolean> => {
    const from = latest.current;
    if (!from || from.error || from.items.length >= from.total) return Promise.resolve(false);
    if (pending.current) return pending.current;
    setMore({ loading: true, error: null });
    const request = gloss
      .listArticles({
        offset: from.items.length,
        limit: PAGE_SIZE,
        sort: from.sort,
        direction: from.direction,
      })
      .then(
        (page) => {
          pending.current = null;
          setMore({ loading: false, error: null });
          // A new order started meanwhile: these rows belong to the old one.
          if (latest.current?.key !== from.key) return false;
          commit({ ...from, items: appendUnique(from.items, page.items), total: page.total });
          return page.items.length > 0;
        },
        (error: unknown) => {
          pending.current = null;
          setMore({ loading: false, error: asError(error) });
          return false;
        },
      );
    pending.current = request;
    return request;
  }, [commit]);

  const neighbour = useCallback(
    async (id: string, step: 1 | -1): Promise<string | null> => {
      await firstPage.current;
      for (;;) {
        const rows = latest.current;
        if (!rows) return null;
        const ids = rows.items.map((item) => item.id);
        const lookup = findNeighbour(ids, id, step, rows.items.length < rows.total);
        if (lookup.kind === 'found') return lookup.id;
        if (lookup.kind === 'none') return null;
        if (!(await loadMore())) return null;
      }
    },
    [loadMore],
  );

  const items = loaded?.items ?? [];
  const total = loaded?.total ?? 0;
  const hasMore = items.length < total;

  const peekNeighbour = (id: string, step: 1 | -1): NeighbourPeek => {
    const lookup = findNeighbour(
      items.map((item) => item.id),
      id,
      step,
      hasMore,
    );
    if (lookup.kind === 'none') return null;
    if (lookup.kind === 'load-more') return 'more';
    return items.find((item) => item.id === lookup.id) ?? null;
  };

  const retry = useCallback(() => {
    setMore({ loading: false, error: null });
    setReloads((n) => n + 1);
  }, []);

  const status: LibraryStatus = loaded?.key !== key ? 'loading' : loaded.error ? 'error' : 'ready';
  const selectedId =
    chosen !== null && items.some((item) => item.id === chosen) ? chosen : (items[0]?.id ?? null);

  return {
    status,
    items,
    total,
    hasMore,
    error: loaded?.key === key ? loaded.error : null,
    loadingMore: more.loading,
    loadMoreError: more.error,
    stats,
    selectedId,
    select: setChosen,
    loadMore,
    neighbour,
    peekNeighbour,
    retry,
  };
}
