import { useEffect } from 'react';
import type { Article } from '../../../shared/model/article';
import type { ArticleTextMap } from '../reader/domOffsets';
import { rangesInBlocks } from '../find/findMatches';
import { clearHighlight, paintHighlight, SEARCH_FOCUS_HIGHLIGHT, SEARCH_HIGHLIGHT } from './customHighlights';
import { revealRect } from './reveal';
import { mergeSpans, type SearchTarget } from './searchTarget';

/**
 * An article opened from a search result: marks what the search matched (the passage's marks, and the
 * same terms all through the article) as the `gloss-search` highlight, and brings the passage into view.
 * Opening another result of the same article (a new target) marks and scrolls again.
 */
export function useSearchMarks(map: ArticleTextMap, article: Article, target: SearchTarget | null): void {
  useEffect(() => {
    if (!target || target.articleId !== article.id) return;
    const spans = mergeSpans([...target.marks, ...rangesInBlocks(article.blocks, target.patterns)]);
    const painted = (ranges: readonly (readonly [number, number])[]) =>
      ranges.flatMap(([start, end]) => map.staticRange(start, end) ?? []);
    paintHighlight(SEARCH_HIGHLIGHT, painted(spans));
    paintHighlight(SEARCH_FOCUS_HIGHLIGHT, painted(target.marks));
    if (target.focus) {
      const rect = map.liveRange(target.focus.start, target.focus.end)?.getBoundingClientRect();
      if (rect) revealRect(rect);
    }
    return () => {
      clearHighlight(SEARCH_HIGHLIGHT);
      clearHighlight(SEARCH_FOCUS_HIGHLIGHT);
    };
  }, [map, article, target]);
}
