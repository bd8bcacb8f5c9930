import { CodePointIndex } from './codePoints';
import type { TextPositionSelector, TextQuoteSelector } from './selectors';

export interface Selectors {
  quote: TextQuoteSelector;
  position: TextPositionSelector;
}

/**
 * Selectors for text[start, end) in code points, with up to `contextLength` code points of
 * prefix and suffix. Throws RangeError unless 0 <= start < end <= length (integers).
 */
export function describe(
  text: string | CodePointIndex,
  start: number,
  end: number,
  contextLength = 32,
): Selectors {
  const index = typeof text === 'string' ? new CodePointIndex(text) : text;
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    throw new RangeError(`range offsets must be integers, got [${start}, ${end})`);
  }
  if (start < 0 || end > index.length || start >= end) {
    throw new RangeError(`invalid range [${start}, ${end}) for a text of ${index.length} code points`);
  }
  if (!Number.isInteger(contextLength) || contextLength < 0) {
    throw new RangeError(`contextLength must be a non-negative integer, got ${contextLength}`);
  }
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: index.slice(start, end),
      prefix: index.slice(start - contextLength, start),
      suffix: index.slice(end, end + contextLength),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
