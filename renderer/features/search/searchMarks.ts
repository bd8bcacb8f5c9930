/**
 * Performance marks for the search bench: `gloss:search-input` as each keystroke reaches the box and
 * `gloss:search-painted` once the results for it are on screen, both with `detail: { seq }`, so
 * keystroke → results painted is read per keystroke through the Performance API. In between,
 * `gloss:search-answered` marks the main process's answer arriving, which splits that time into the
 * search itself and the renderer's part.
 */
export const SEARCH_INPUT_MARK = 'gloss:search-input';
export const SEARCH_ANSWERED_MARK = 'gloss:search-answered';
export const SEARCH_PAINTED_MARK = 'gloss:search-painted';

export interface SearchMarkDetail {
  readonly seq: number;
}

export function markSearchInput(seq: number): void {
  performance.mark(SEARCH_INPUT_MARK, { detail: { seq } satisfies SearchMarkDetail });
}

export function markSearchAnswered(seq: number): void {
  performance.mark(SEARCH_ANSWERED_MARK, { detail: { seq } satisfies SearchMarkDetail });
}

/** Call after React committed the results for `seq`: marks once the frame showing them is painted. */
export function markSearchPainted(seq: number): void {
  // rAF runs just before the next paint; a task queued from it runs once that paint is done.
  requestAnimationFrame(() => {
    setTimeout(
      () => performance.mark(SEARCH_PAINTED_MARK, { detail: { seq } satisfies SearchMarkDetail }),
      0,
    );
  });
}
