import { useCallback, useEffect, useRef, useState } from 'react';
import type { Annotation, TagCount } from '../../../shared/model/annotation';
import type { ArticleSummary } from '../../../shared/model/article';
import { gloss } from '../../gloss';
import { useAnnotationsGeneration } from '../annotations/annotationChanges';

export type NotebookArticle = Pick<ArticleSummary, 'id' | 'title' | 'source' | 'publishedAt'>;

export type NotebookState =
  | { readonly status: 'loading' }
  | { readonly status: 'error'; readonly error: Error }
  | {
      readonly status: 'ready';
      readonly annotations: readonly Annotation[];
      readonly articles: ReadonlyMap<string, NotebookArticle>;
      readonly tags: readonly TagCount[];
    };

/** At most this many article requests at once. */
const PARALLEL = 4;

async function articlesFor(ids: readonly string[], known: ReadonlyMap<string, NotebookArticle>) {
  const out = new Map<string, NotebookArticle>();
  const wanted = ids.filter((id) => {
    const have = known.get(id);
    if (have) out.set(id, have);
    return !have;
  });
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < wanted.length) {
      const id = wanted[next++];
      if (id === undefined) return;
      const { title, source, publishedAt } = await gloss.getArticle({ id });
      out.set(id, { id, title, source, publishedAt });
    }
  };
  await Promise.all(Array.from({ length: Math.min(PARALLEL, wanted.length) }, worker));
  return out;
}

/**
 * Every annotation in the library with what the notebook shows of their articles. Loaded when the
 * notebook opens, again each time it comes back into view (the reader may have changed things), and
 * when annotations are imported.
 */
export function useNotebook(active: boolean): { readonly state: NotebookState; readonly retry: () => void } {
  const [state, setState] = useState<NotebookState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  /** Article details already fetched: titles do not change while the notebook is open. */
  const cache = useRef<ReadonlyMap<string, NotebookArticle>>(new Map());
  const outside = useAnnotationsGeneration();

  useEffect(() => {
    if (!active) return;
    let live = true;
    const load = async (): Promise<void> => {
      const [annotations, tags] = await Promise.all([gloss.listAnnotations({}), gloss.listTags()]);
      const ids = [...new Set(annotations.map((a) => a.articleId))];
      const articles = await articlesFor(ids, cache.current);
      cache.current = articles;
      if (live) setState({ status: 'ready', annotations, articles, tags });
    };
    load().catch((error: unknown) => {
      if (live)
        setState({ status: 'error', error: error instanceof Error ? error : new Error(String(error)) });
    });
    return () => {
      live = false;
    };
  }, [active, attempt, outside]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, retry };
}
