import { useCallback, useEffect, useRef, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import { gloss, GlossClientError } from '../../gloss';

export type ArticleState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly article: Article }
  | { readonly status: 'error'; readonly error: Error };

interface Loaded {
  readonly attempt: number;
  readonly state: ArticleState;
}

/**
 * One article by id. The component using it is keyed by id, so the id never changes under it.
 * `onMissing` runs when the article is gone (NOT_FOUND) instead of showing an error.
 */
export function useArticle(
  id: string,
  onMissing: () => void,
): { readonly state: ArticleState; readonly retry: () => void } {
  const [attempt, setAttempt] = useState(0);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const missing = useRef(onMissing);
  useEffect(() => {
    missing.current = onMissing;
  });

  useEffect(() => {
    let live = true;
    gloss.getArticle({ id }).then(
      (article) => {
        if (live) setLoaded({ attempt, state: { status: 'ready', article } });
      },
      (error: unknown) => {
        if (!live) return;
        if (error instanceof GlossClientError && error.code === 'NOT_FOUND') {
          missing.current();
          return;
        }
        setLoaded({
          attempt,
          state: { status: 'error', error: error instanceof Error ? error : new Error(String(error)) },
        });
      },
    );
    return () => {
      live = false;
    };
  }, [id, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const state: ArticleState = loaded?.attempt === attempt ? loaded.state : { status: 'loading' };
  return { state, retry };
}
