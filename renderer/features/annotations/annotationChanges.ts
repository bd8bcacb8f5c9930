import { useSyncExternalStore } from 'react';

/**
 * Changes to annotations made outside the views that show them (an import of a JSON export): a counter
 * the reader's and the notebook's lists reload on. Their own edits they apply themselves.
 */
let generation = 0;
const listeners = new Set<() => void>();

export function announceAnnotationsChanged(): void {
  generation++;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function useAnnotationsGeneration(): number {
  return useSyncExternalStore(subscribe, () => generation);
}
