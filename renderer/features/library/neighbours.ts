/** Moving through the library's current order, which the app may only have loaded part of. */

export type NeighbourLookup =
  | { readonly kind: 'found'; readonly id: string }
  /** The neighbour is beyond what is loaded: load the next page and ask again. */
  | { readonly kind: 'load-more' }
  | { readonly kind: 'none' };

/** The article before (step −1) or after (step 1) `currentId` in `ids`. */
export function findNeighbour(
  ids: readonly string[],
  currentId: string,
  step: 1 | -1,
  hasMore: boolean,
): NeighbourLookup {
  const index = ids.indexOf(currentId);
  if (index === -1) return hasMore ? { kind: 'load-more' } : { kind: 'none' };
  const target = ids[index + step];
  if (target !== undefined) return { kind: 'found', id: target };
  return step === 1 && hasMore ? { kind: 'load-more' } : { kind: 'none' };
}

export type SelectionMove = 'next' | 'previous' | 'first' | 'last';

/**
 * The row to select after a move in a list of `length` rows, from `current` (−1: none yet).
 * Stops at the ends rather than wrapping, as lists in desktop apps do.
 */
export function moveSelection(length: number, current: number, move: SelectionMove): number {
  if (length === 0) return -1;
  switch (move) {
    case 'first':
      return 0;
    case 'last':
      return length - 1;
    case 'next':
      return current < 0 ? 0 : Math.min(current + 1, length - 1);
    case 'previous':
      return current < 0 ? 0 : Math.max(current - 1, 0);
  }
}
