import { foldWord } from '../../../shared/search/fold';

/**
 * Text folded for a simple "contains" match: each word folded as the search index folds it
 * (case, accents and inner punctuation aside), words joined by one space.
 */
export function foldText(text: string): string {
  return text
    .split(/\s+/u)
    .map(foldWord)
    .filter((w) => w !== '')
    .join(' ');
}

/** Whether `haystack` contains `needle`, both folded; an empty needle matches everything. */
export function foldedIncludes(haystack: string, needle: string): boolean {
  const n = foldText(needle);
  return n === '' || foldText(haystack).includes(n);
}
