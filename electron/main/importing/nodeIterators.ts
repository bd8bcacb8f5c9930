import { createRequire } from 'node:module';

/** The part of jsdom's internal document this module touches (jsdom/lib/jsdom/living/nodes/Document-impl.js). */
interface WorkingIterators {
  [Symbol.iterator](): Iterator<object>;
  delete(iterator: object): boolean;
}
interface JsdomUtils {
  implForWrapper(wrapper: object): { _workingNodeIterators?: unknown } | null;
}

// Not named `require`: electron-vite declares one of its own in the ES module bundle.
const loadCommonJs = createRequire(import.meta.url);
let utils: JsdomUtils | null | undefined;

function workingIterators(document: Document): WorkingIterators | null {
  if (utils === undefined) {
    try {
      utils = loadCommonJs('jsdom/lib/jsdom/living/generated/utils.js') as JsdomUtils;
    } catch {
      utils = null;
    }
  }
  const set = utils?.implForWrapper(document)?._workingNodeIterators;
  const usable =
    typeof set === 'object' &&
    set !== null &&
    Symbol.iterator in set &&
    'delete' in set &&
    typeof set.delete === 'function';
  return usable ? (set as WorkingIterators) : null;
}

/**
 * Forgets the NodeIterators made on `document` (DOMPurify makes one per call). jsdom keeps every
 * one in a weak set until a full GC and visits each on every node removal, so on the one reused
 * import document removals got slower with every page imported (a third of the import time after a
 * few hundred pages). Only for iterators nobody will step again: a forgotten one is no longer moved
 * past removed nodes. If jsdom's internals change shape this does nothing (slower, still correct).
 */
export function forgetNodeIterators(document: Document): void {
  const set = workingIterators(document);
  if (set) for (const iterator of [...set]) set.delete(iterator);
}

/** How many NodeIterators jsdom still updates on `document`, or null when that cannot be seen (tests). */
export function liveNodeIteratorCount(document: Document): number | null {
  const set = workingIterators(document);
  return set ? [...set].length : null;
}
