import type { SearchExpansion } from '../../../shared/model/search';
import type { HighlightPattern } from '../../../shared/search/highlightRanges';
import type { FilterClause, ParsedQuery, PhraseClause, TermClause } from '../../../shared/search/parseQuery';
import { codePointLength } from '../../../shared/text/canonical';
import { typoBudget } from './editDistance';
import type { TermSource } from './liveVocabulary';

/** How far query words reach into the vocabulary; each term searched costs an FTS5 doclist read. */
export const EXPANSION_LIMITS = {
  /**
   * Completions listed one by one; beyond this a prefix of 3+ letters becomes one FTS5 prefix query
   * (bm25 pays per listed phrase per row, a prefix query once).
   */
  completions: 4,
  /** Completions kept for a prefix of one or two letters (an FTS5 prefix query on those reads most of the index). */
  shortPrefixCompletions: 8,
  shortPrefix: 3,
  variants: 8,
  typos: 12,
  /** Transliteration keys of shorter words collide too often to mean anything. */
  variantMinLetters: 4,
} as const;

/** One way a query clause can match: an FTS5 phrase, its match tier (0 exact, 1–2 edits) and what it highlights. */
export interface Alternative {
  readonly fts: string;
  readonly tier: number;
  readonly pattern: HighlightPattern;
  /** The indexed term(s) it stands for, for the expansions list. */
  readonly label: string;
}

export interface PlannedClause {
  readonly text: string;
  readonly prefix: boolean;
  readonly alternatives: readonly Alternative[];
}

export interface QueryPlan {
  /** Every one must match (AND), through any of its alternatives (OR). */
  readonly required: readonly PlannedClause[];
  /** None may match. */
  readonly excluded: readonly string[];
  readonly filters: readonly FilterClause[];
  /** Highest tier among the alternatives. */
  readonly maxTier: number;
  readonly expansions: readonly SearchExpansion[];
}

/** A folded term or phrase as an FTS5 string; folded words hold only letters, digits and marks. */
const quote = (words: readonly string[]): string => `"${words.join(' ').replaceAll('"', '""')}"`;

function phraseAlternative(words: readonly string[], prefix: boolean, tier: number): Alternative {
  return { fts: quote(words) + (prefix ? '*' : ''), tier, pattern: { words, prefix }, label: words.join(' ') + (prefix ? '*' : '') };
}

function termAlternative(term: string, tier: number): Alternative {
  return { fts: quote([term]), tier, pattern: { words: [term] }, label: term };
}

/** Exact, compound, completion, transliteration and typo alternatives for one word, nearest first. */
function expandTerm(clause: TermClause, vocabulary: TermSource): Alternative[] {
  const { joined, parts, prefix } = clause;
  const alternatives: Alternative[] = [];
  if (vocabulary.exact(joined)) alternatives.push(termAlternative(joined, 0));
  // Typed with a hyphen or apostrophe: the parts side by side also match ("de-bureaucratization").
  if (parts.length > 1) alternatives.push(phraseAlternative(parts, prefix, 0));
  if (prefix) {
    const letters = codePointLength(joined);
    const short = letters < EXPANSION_LIMITS.shortPrefix;
    const limit = short ? EXPANSION_LIMITS.shortPrefixCompletions : EXPANSION_LIMITS.completions;
    const { matches, total } = vocabulary.completions(joined, limit);
    if (total > limit && !short) alternatives.push(phraseAlternative([joined], true, 0));
    else for (const m of matches) alternatives.push(termAlternative(m.term, 0));
  }
  const letters = codePointLength(joined);
  if (letters >= EXPANSION_LIMITS.variantMinLetters) {
    for (const m of vocabulary.variants(joined, EXPANSION_LIMITS.variants, prefix)) {
      alternatives.push(termAlternative(m.term, 1));
    }
  }
  // The budget follows the longer of the typed word and the term, so a 5-letter word typed with a
  // letter missing is still found; the search reaches as far as any term it could accept.
  const reach = /\p{N}/u.test(joined) ? 0 : typoBudget(letters + 1);
  for (const m of vocabulary.typos(joined, reach, EXPANSION_LIMITS.typos, typoBudget)) {
    alternatives.push(termAlternative(m.term, m.distance));
  }
  const seen = new Set<string>();
  return alternatives.filter((a) => !seen.has(a.fts) && seen.add(a.fts));
}

function negatedExpression(clause: TermClause | PhraseClause): string {
  if (clause.kind === 'phrase') return quote(clause.words);
  return clause.parts.length > 1 ? `${quote([clause.joined])} OR ${quote(clause.parts)}` : quote([clause.joined]);
}

/** Turns the parsed query into FTS5 alternatives per clause, using the vocabulary to reach typos and variants. */
export function planQuery(parsed: ParsedQuery, vocabulary: TermSource): QueryPlan {
  const required: PlannedClause[] = [];
  const excluded: string[] = [];
  const filters: FilterClause[] = [];
  for (const clause of parsed.clauses) {
    if (clause.kind === 'filter') filters.push(clause);
    else if (clause.negated) excluded.push(negatedExpression(clause));
    else if (clause.kind === 'phrase') {
      required.push({ text: clause.text, prefix: clause.prefix, alternatives: [phraseAlternative(clause.words, clause.prefix, 0)] });
    } else {
      required.push({ text: clause.text, prefix: clause.prefix, alternatives: expandTerm(clause, vocabulary) });
    }
  }
  const maxTier = Math.max(0, ...required.flatMap((c) => c.alternatives.map((a) => a.tier)));
  const expansions = required.map((c) => ({
    term: c.text,
    matches: c.alternatives.map((a) => a.label),
    prefix: c.prefix,
  }));
  return { required, excluded, filters, maxTier, expansions };
}

/**
 * The FTS5 MATCH expression for articles matching every clause within `tier`, none excluded;
 * null when some clause has nothing within that tier.
 */
export function matchExpression(plan: QueryPlan, tier: number): string | null {
  const groups: string[] = [];
  for (const clause of plan.required) {
    const within = clause.alternatives.filter((a) => a.tier <= tier).map((a) => a.fts);
    if (within.length === 0) return null;
    groups.push(within.length === 1 ? (within[0] ?? '') : `(${within.join(' OR ')})`);
  }
  if (groups.length === 0) return null;
  const positive = groups.join(' AND ');
  return plan.excluded.length === 0 ? positive : `(${positive}) NOT (${plan.excluded.join(' OR ')})`;
}
