/**
 * Named highlights drawn with the CSS Custom Highlight API (`::highlight(name)` in the stylesheets):
 * ranges over the article's text nodes, so the article's DOM never changes. Search and find paint
 * above annotations (whose painter uses priorities from 0 up), find above search.
 */
export const SEARCH_HIGHLIGHT = 'gloss-search';
/** The marks of the passage a search result opened at, drawn stronger over `gloss-search`. */
export const SEARCH_FOCUS_HIGHLIGHT = 'gloss-search-focus';
export const FIND_HIGHLIGHT = 'gloss-find';
export const FIND_CURRENT_HIGHLIGHT = 'gloss-find-current';

const PRIORITY: Readonly<Record<string, number>> = {
  [SEARCH_HIGHLIGHT]: 100,
  [SEARCH_FOCUS_HIGHLIGHT]: 101,
  [FIND_HIGHLIGHT]: 102,
  [FIND_CURRENT_HIGHLIGHT]: 103,
};

/** Shows `ranges` as the highlight `name`, replacing what it showed before; no ranges clears it. */
export function paintHighlight(name: string, ranges: readonly AbstractRange[]): void {
  if (ranges.length === 0) {
    CSS.highlights.delete(name);
    return;
  }
  const highlight = new Highlight(...ranges);
  highlight.priority = PRIORITY[name] ?? 100;
  CSS.highlights.set(name, highlight);
}

export function clearHighlight(name: string): void {
  CSS.highlights.delete(name);
}
