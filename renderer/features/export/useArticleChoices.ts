import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../../shared/model/article';
import { gloss } from '../../gloss';

const PAGE = 500;

/** Every article by title, loaded a page at a time once `active` (the "chosen articles" scope) is set. */
export function useArticleChoices(active: boolean): {
  readonly articles: readonly ArticleSummary[];
  readonly loading: boolean;
} {
  const [loaded, setLoaded] = useState<{
    readonly articles: readonly ArticleSummary[];
    readonly complete: boolean;
  }>({
    articles: [],
    complete: false,
  });
  useEffect(() => {
    if (!active) return;
    const run = { live: true };
    void (async () => {
      const all: ArticleSummary[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const page = await gloss.listArticles({ offset, limit: PAGE, sort: 'title', direction: 'asc' });
        if (!run.live) return;
        all.push(...page.items);
        const complete = all.length >= page.total || page.items.length === 0;
        setLoaded({ articles: [...all], complete });
        if (complete) return;
      }
    })().catch(() => {
      if (run.live) setLoaded((now) => ({ ...now, complete: true }));
    });
    return () => {
      run.live = false;
    };
  }, [active]);
  return { articles: loaded.articles, loading: active && !loaded.complete };
}
