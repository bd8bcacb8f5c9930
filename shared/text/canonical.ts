import type { Block, BlockDraft } from '../model/article';

/** Blocks are joined by this in an article's canonical text; offsets count it. */
export const BLOCK_SEPARATOR = '\n\n';

/** Length in Unicode code points (the unit W3C text selectors count in). */
export function codePointLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Gives each block its index and its code-point start in the canonical text. */
export function layoutBlocks(drafts: readonly BlockDraft[]): Block[] {
  let start = 0;
  const sepLength = codePointLength(BLOCK_SEPARATOR);
  return drafts.map((draft, index) => {
    const block: Block = { index, kind: draft.kind, text: draft.text, start };
    start += codePointLength(draft.text) + sepLength;
    return block;
  });
}

/** The canonical text annotations and search offsets refer to. */
export function canonicalText(blocks: readonly BlockDraft[]): string {
  return blocks.map((b) => b.text).join(BLOCK_SEPARATOR);
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 0x80) return (code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a);
  return WORD_CHAR.test(String.fromCodePoint(code));
}

const isJoiner = (code: number): boolean => code === 0x27 || code === 0x2019 || code === 0x2d;

/**
 * Words as `/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*\/gu` counts them (an apostrophe or hyphen between
 * letters joins), in one pass without a match array: an import counts every article's words.
 */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    if (isWordChar(code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (inWord && isJoiner(code) && isWordChar(text.codePointAt(i + 1) ?? 0)) {
      // Stays in the word: the next character continues it.
    } else {
      inWord = false;
    }
  }
  return words;
}

/** Minutes at an average adult reading speed, never less than one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}
