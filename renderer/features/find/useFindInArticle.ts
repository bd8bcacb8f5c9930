import { useCallback, useLayoutEffect, useState } from 'react';
import type { Article } from '../../../shared/model/article';
import type { Range } from '../../../shared/search/highlightRanges';
import type { ArticleTextMap } from '../reader/domOffsets';
import { firstVisibleOffset } from '../reader/viewport';
import {
  clearHighlight,
  FIND_CURRENT_HIGHLIGHT,
  FIND_HIGHLIGHT,
  paintHighlight,
} from '../search/customHighlights';
import { revealRect } from '../search/reveal';
import { findMatches, firstMatchFrom, matchCountLabel, stepMatch } from './findMatches';

interface FindState {
  readonly open: boolean;
  readonly query: string;
  readonly matches: readonly Range[];
  /** Index of the current match, −1 when there is none. */
  readonly current: number;
  /** Counts requests to focus the box (Ctrl+F again while it is open). */
  readonly focusRequests: number;
}

export interface FindController {
  readonly open: boolean;
  readonly query: string;
  readonly count: number;
  readonly current: number;
  readonly label: string;
  readonly focusRequests: number;
  readonly show: () => void;
  readonly close: () => void;
  readonly type: (query: string) => void;
  readonly step: (direction: 1 | -1) => void;
}

const CLOSED: FindState = { open: false, query: '', matches: [], current: -1, focusRequests: 0 };

/**
 * Find in the open article: the matches of what is typed (computed over the canonical text, then
 * mapped to the DOM), all painted as `gloss-find` and the current one as `gloss-find-current`, the
 * current one kept in view. The first match is the first at or below the top of the screen, so
 * finding never throws the reader back to the start. Closing clears the paint and keeps the query for
 * next time.
 */
export function useFindInArticle(map: ArticleTextMap, article: Article): FindController {
  const [state, setState] = useState<FindState>(CLOSED);

  const matchFrom = useCallback(
    (query: string) => {
      const matches = findMatches(article.blocks, query);
      return { matches, current: firstMatchFrom(matches, firstVisibleOffset(map.root)) };
    },
    [article, map],
  );

  const show = useCallback(() => {
    setState((s) =>
      s.open
        ? { ...s, focusRequests: s.focusRequests + 1 }
        : { ...s, open: true, ...matchFrom(s.query), focusRequests: s.focusRequests + 1 },
    );
  }, [matchFrom]);

  const close = useCallback(() => setState((s) => ({ ...s, open: false, matches: [], current: -1 })), []);

  const type = useCallback(
    (query: string) => setState((s) => ({ ...s, query, ...matchFrom(query) })),
    [matchFrom],
  );

  const step = useCallback(
    (direction: 1 | -1) =>
      setState((s) => {
        if (!s.open) return { ...s, open: true, ...matchFrom(s.query), focusRequests: s.focusRequests + 1 };
        return { ...s, current: stepMatch(s.matches.length, s.current, direction) };
      }),
    [matchFrom],
  );

  const { open, matches, current } = state;

  // Paint every match while open.
  useLayoutEffect(() => {
    if (!open) return;
    paintHighlight(
      FIND_HIGHLIGHT,
      matches.flatMap(([start, end]) => map.staticRange(start, end) ?? []),
    );
    return () => clearHighlight(FIND_HIGHLIGHT);
  }, [map, open, matches]);

  // The current match: painted apart, and brought into view whenever it changes.
  useLayoutEffect(() => {
    const match = open ? matches[current] : undefined;
    if (!match) return;
    const range = map.liveRange(match[0], match[1]);
    if (!range) return;
    paintHighlight(FIND_CURRENT_HIGHLIGHT, [range]);
    revealRect(range.getBoundingClientRect());
    return () => clearHighlight(FIND_CURRENT_HIGHLIGHT);
  }, [map, open, matches, current]);

  return {
    open,
    query: state.query,
    count: matches.length,
    current,
    label: matchCountLabel(matches.length, current, state.query),
    focusRequests: state.focusRequests,
    show,
    close,
    type,
    step,
  };
}
