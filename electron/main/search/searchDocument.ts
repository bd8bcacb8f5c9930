import { foldForIndex } from '../../../shared/search/tokenize';

/** The three FTS columns of one article, as space-separated folded words (the `ascii` tokenizer splits them). */
export interface SearchDocument {
  readonly title: string;
  readonly body: string;
  readonly compounds: string;
}

/**
 * Folds an article for the index. The title's compounds stay in the title column so a match on
 * "debureaucratization" in a title is boosted like any other title word.
 */
export function buildSearchDocument(title: string, blockTexts: readonly string[]): SearchDocument {
  const folded = foldForIndex(title);
  const words: string[] = [];
  const compounds: string[] = [];
  for (const text of blockTexts) {
    const block = foldForIndex(text);
    if (block.words !== '') words.push(block.words);
    if (block.compounds !== '') compounds.push(block.compounds);
  }
  return {
    title: folded.compounds === '' ? folded.words : `${folded.words} ${folded.compounds}`,
    body: words.join(' '),
    compounds: compounds.join(' '),
  };
}

// eslint-disable-next-line no-control-regex -- the ascii tokenizer's separators are exactly these
const ASCII_SEPARATORS = /[\u0000-\u002F\u003A-\u0040\u005B-\u0060\u007B-\u007F]+/u;

/** The terms FTS5's `ascii` tokenizer makes of a column value: split at ASCII non-alphanumerics, ASCII lower-cased. */
export function asciiTokenizerTerms(value: string): string[] {
  return value
    .split(ASCII_SEPARATORS)
    .filter((t) => t !== '')
    .map((t) => t.replace(/[A-Z]+/gu, (s) => s.toLowerCase()));
}
