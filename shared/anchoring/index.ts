export type {
  Anchor,
  AnchorStatus,
  AnchorTarget,
  TextPositionSelector,
  TextQuoteSelector,
} from './selectors';
export { CodePointIndex, sliceCodePoints, toCodePoints } from './codePoints';
export { describe, type Selectors } from './describe';
export { SCORE_WEIGHTS, defaultMaxErrors, matchQuote, rankQuoteMatches } from './matchQuote';
export type { QuoteContext, QuoteMatch } from './matchQuote';
export { MAX_FUZZY_ERROR_RATE, MIN_FUZZY_SCORE, anchor, anchorMany } from './anchor';
