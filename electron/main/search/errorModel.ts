/**
 * How likely a reader who meant `term` typed `typed`, relative to other readings one edit away: the
 * error half of a noisy-channel speller (the other half, the prior, is how many articles hold the term).
 * A dropped letter has one way to happen per position and a swap of neighbours one, while a wrong or
 * extra letter spreads over many letters; so per outcome, omissions and transpositions are the likelier
 * explanations (Kernighan, Church & Gale's newswire confusion counts put omissions at roughly four times
 * a given substitution). These weights are that, rounded; they are not fitted to the bench.
 */
export const EDIT_WEIGHTS = {
  /** The reader left a letter out: the term is one letter longer. */
  omission: 4,
  transposition: 2,
  substitution: 1,
  /** The reader added a letter: the term is one letter shorter. */
  insertion: 1,
  /** Same name, another romanization (Tokaev / Tokayev). */
  variant: 4,
  /** Two edits: no finer model. */
  twoEdits: 1,
} as const;

function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let first = -1;
  for (let i = 0; i < a.length; i++) {
    if (a.charCodeAt(i) === b.charCodeAt(i)) continue;
    if (first >= 0)
      return (
        i === first + 1 &&
        a.charAt(first) === b.charAt(i) &&
        a.charAt(i) === b.charAt(first) &&
        a.slice(i + 1) === b.slice(i + 1)
      );
    first = i;
  }
  return false;
}

/** The weight of reading `typed` as `term`, `distance` edits apart. */
export function editWeight(typed: string, term: string, distance: number): number {
  if (distance !== 1) return EDIT_WEIGHTS.twoEdits;
  if (term.length === typed.length + 1) return EDIT_WEIGHTS.omission;
  if (term.length + 1 === typed.length) return EDIT_WEIGHTS.insertion;
  return isTransposition(typed, term) ? EDIT_WEIGHTS.transposition : EDIT_WEIGHTS.substitution;
}
