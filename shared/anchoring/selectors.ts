/** W3C Web Annotation TextQuoteSelector: the highlighted text and up to N code points around it. */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** W3C Web Annotation TextPositionSelector: code-point offsets into the canonical text, end exclusive. */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

export type AnchorStatus = 'exact' | 'moved' | 'orphan';

/** Where a highlight lands in the current text (code points, end exclusive). */
export interface Anchor {
  start: number;
  end: number;
  status: 'exact' | 'moved';
}

/** What an annotation stores to find its text again. */
export interface AnchorTarget {
  quote: TextQuoteSelector;
  position?: TextPositionSelector | undefined;
}
