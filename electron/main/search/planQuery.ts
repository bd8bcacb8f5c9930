import type { SearchExpansion } from '../../../shared/model/search';
import type { HighlightPattern } from '../../../shared/search/highlightRanges';
import type { FilterClause, ParsedQuery, PhraseClause, TermClause } from '../../../shared/search/parseQuery';
import { codePointLength } from '../../../shared/text/canonical';
import { typoBudget } from './editDistance';
import { EDIT_WEIGHTS, editWeight } from './errorModel';
import type { TermSource } from './liveVocabulary';
import type { TermMatch } from './vocabulary';

/** How far query words reach into the vocabulary; each term searched costs an FTS5 doclist read. */
export const EXPANSION_LIMITS = {
  /**
   * Completions of a word being typed, most common first. Listed rather than an FTS5 prefix query:
   * without a prefix index (which would double the index build) `"spr"*` merges thousands of doclists.
   */
  completions: 8,
  /** Below this many letters a word being typed shows the newest matches instead of ranking (see byRecency). */
  shortPrefix: 3,
  variants: 8,
  typos: 12,
  /** Transliteration keys of shorter words collide too often to mean anything. */
  variantMinLetters: 4,
  /**
   * A whole word in at least this many articles is taken as typed on purpose: its typos would rank after
   * all of them, beyond the largest page a search returns (SEARCH_PAGE_MAX), and finding them is a third
   * of such a search. Rarer words may be the slip themselves ("goverment"), so they still reach out.
   */
  settledDocs: 50,
} as const;

/**
 * Ranking stages. Every article matched at a stage comes before any matched only at a later one; within
 * a stage, bm25 decides. Exact words and compounds are stage 0; completions of a word being typed follow
 * (for a lone word one stage each, most common first: bm25 over their union would cost most and say
 * least); fuzzy alternatives come at 100 × edits, ordered by how likely the reader meant them (noisy
 * channel: articles holding the word × the error model's weight), because bm25 alone would put the
 * rarest misreading first (its idf is highest): `mueum` must find "museum" (3,247 articles) before
 * "mujum" (12).
 */
export const STAGES = {
  perTier: 100,
  /** A lone word's completions and likeliest fuzzy alternatives each get a stage of their own, up to this many. */
  soloAlternatives: 6,
  /** With several words, a word's fuzzy alternatives at least this share as likely as its best one come first. */
  likelyShare: 0.2,
  /** Beyond the last stage: hits score (END - stage) + bm25 scaled into [0, 1). */
  end: 300,
  /**
   * A lone word in at least this many articles ranks those with it in the title first. bm25's title
   * weight all but does so anyway; ranking the few title matches alone spares scoring thousands.
   */
  titleFirstDocs: 1000,
} as const;

/** One way a query clause can match: an FTS5 phrase, its match tier (0 exact, 1–2 edits) and what it highlights. */
export interface Alternative {
  readonly fts: string;
  /** 0 exact (or completion while typing), else the edits it takes (a transliteration variant counts 1). */
  readonly tier: number;
  /** Articles containing it, as far as the vocabulary knows (phrases: unknown, 0). */
  readonly docs: number;
  /** For fuzzy alternatives, how likely the reader meant it: docs × the error model's weight. */
  readonly likelihood: number;
  /** A completion of the word being typed. */
  readonly completion?: boolean;
  readonly pattern: HighlightPattern;
  /** The indexed term(s) it stands for, for the expansions list. */
  readonly label: string;
}

export interface PlannedClause {
  readonly text: string;
  readonly prefix: boolean;
  /** Letters typed (for a term; phrases count as long). */
  readonly letters: number;
  readonly alternatives: readonly Alternative[];
}

export interface StagedAlternative extends Alternative {
  readonly stage: number;
}

export interface StagedClause extends PlannedClause {
  readonly alternatives: readonly StagedAlternative[];
}

export interface QueryPlan {
  /** Every one must match (AND), through any of its alternatives (OR). */
  readonly required: readonly StagedClause[];
  /** None may match. */
  readonly excluded: readonly string[];
  readonly filters: readonly FilterClause[];
  /** The distinct stages of the alternatives, ascending. */
  readonly stages: readonly number[];
  /**
   * Only the first one or two letters of words are typed: every article matches something and bm25
   * would rank thousands to say little, so these show the newest matching articles instead.
   */
  readonly byRecency: boolean;
  /** See STAGES.titleFirstDocs. */
  readonly titleFirst: boolean;
  readonly expansions: readonly SearchExpansion[];
}

/** A folded term or phrase as an FTS5 string; folded words hold only letters, digits and marks. */
const quote = (words: readonly string[]): string => `"${words.join(' ').replaceAll('"', '""')}"`;

function phraseAlternative(words: readonly string[], prefix: boolean): Alternative {
  const label = words.join(' ') + (prefix ? '*' : '');
  return {
    fts: quote(words) + (prefix ? '*' : ''),
    tier: 0,
    docs: 0,
    likelihood: 0,
    pattern: { words, prefix },
    label,
  };
}

function termAlternative(match: TermMatch, tier: number, weight = 1): Alternative {
  const { term, docs } = match;
  return {
    fts: quote([term]),
    tier,
    docs,
    likelihood: docs * weight,
    pattern: { words: [term] },
    label: term,
  };
}

/** Exact, compound, completion, transliteration and typo alternatives for one word, nearest first. */
function expandTerm(clause: TermClause, vocabulary: TermSource): Alternative[] {
  const { joined, parts, prefix } = clause;
  const alternatives: Alternative[] = [];
  const exact = vocabulary.exact(joined);
  if (exact) alternatives.push(termAlternative(exact, 0));
  // Typed with a hyphen or apostrophe: the parts side by side also match ("de-bureaucratization").
  if (parts.length > 1) alternatives.push(phraseAlternative(parts, prefix));
  if (prefix) {
    for (const m of vocabulary.completions(joined, EXPANSION_LIMITS.completions).matches) {
      alternatives.push({ ...termAlternative(m, 0), likelihood: m.docs, completion: true });
    }
  }
  const letters = codePointLength(joined);
  if (letters >= EXPANSION_LIMITS.variantMinLetters) {
    for (const m of vocabulary.variants(joined, EXPANSION_LIMITS.variants, prefix)) {
      alternatives.push(termAlternative(m, 1, EDIT_WEIGHTS.variant));
    }
  }
  // The budget follows the longer of the typed word and the term, so a 5-letter word typed with a
  // letter missing (4 letters, no typo allowed as such) is still found. Only that step needs a wider
  // search: a 9-letter word missing a letter still has its one edit at 8.
  const settled = (exact?.docs ?? 0) >= EXPANSION_LIMITS.settledDocs;
  const reach =
    /\p{N}/u.test(joined) || settled ? 0 : Math.max(typoBudget(letters), typoBudget(letters + 1) > 0 ? 1 : 0);
  // Twice the kept number are scored, since the error model may prefer a rarer term.
  const typos = vocabulary
    .typos(joined, reach, 2 * EXPANSION_LIMITS.typos, typoBudget)
    .map((m) => termAlternative(m, m.distance, editWeight(joined, m.term, m.distance)))
    .sort((a, b) => a.tier - b.tier || b.likelihood - a.likelihood)
    .slice(0, EXPANSION_LIMITS.typos);
  alternatives.push(...typos);
  const seen = new Set<string>();
  return alternatives.filter((a) => !seen.has(a.fts) && seen.add(a.fts));
}

function negatedExpression(clause: TermClause | PhraseClause): string {
  if (clause.kind === 'phrase') return quote(clause.words);
  return clause.parts.length > 1
    ? `${quote([clause.joined])} OR ${quote(clause.parts)}`
    : quote([clause.joined]);
}

/** Gives each alternative its ranking stage (see STAGES). */
function stageClause(clause: PlannedClause, alone: boolean): StagedClause {
  const stageOf = new Map<Alternative, number>();
  if (alone) {
    clause.alternatives
      .filter((a) => a.completion === true)
      .forEach((a, i) => stageOf.set(a, 1 + Math.min(i, STAGES.soloAlternatives)));
  }
  const fuzzy = clause.alternatives
    .filter((a) => a.tier > 0)
    .sort((a, b) => a.tier - b.tier || b.likelihood - a.likelihood);
  fuzzy.forEach((a) => {
    const sameTier = fuzzy.filter((b) => b.tier === a.tier);
    const base = a.tier * STAGES.perTier;
    if (alone) stageOf.set(a, base + Math.min(sameTier.indexOf(a), STAGES.soloAlternatives));
    else
      stageOf.set(
        a,
        base + (a.likelihood >= STAGES.likelyShare * (sameTier[0]?.likelihood ?? 0) ? 0 : STAGES.perTier / 2),
      );
  });
  return {
    ...clause,
    alternatives: clause.alternatives.map((a) => ({ ...a, stage: stageOf.get(a) ?? 0 })),
  };
}

/** Turns the parsed query into FTS5 alternatives per clause, using the vocabulary to reach typos and variants. */
export function planQuery(parsed: ParsedQuery, vocabulary: TermSource): QueryPlan {
  const planned: PlannedClause[] = [];
  const excluded: string[] = [];
  const filters: FilterClause[] = [];
  for (const clause of parsed.clauses) {
    if (clause.kind === 'filter') filters.push(clause);
    else if (clause.negated) excluded.push(negatedExpression(clause));
    else if (clause.kind === 'phrase') {
      planned.push({
        text: clause.text,
        prefix: clause.prefix,
        letters: Number.POSITIVE_INFINITY,
        alternatives: [phraseAlternative(clause.words, clause.prefix)],
      });
    } else {
      const letters = codePointLength(clause.joined);
      planned.push({
        text: clause.text,
        prefix: clause.prefix,
        letters,
        alternatives: expandTerm(clause, vocabulary),
      });
    }
  }
  const required = planned.map((c) => stageClause(c, planned.length === 1));
  const stages = [...new Set(required.flatMap((c) => c.alternatives.map((a) => a.stage)))].sort(
    (a, b) => a - b,
  );
  const byRecency =
    required.length > 0 && required.every((c) => c.prefix && c.letters < EXPANSION_LIMITS.shortPrefix);
  const lone = required.length === 1 ? required[0] : undefined;
  const firstStageDocs = (lone?.alternatives ?? [])
    .filter((a) => a.stage === stages[0])
    .reduce((n, a) => n + a.docs, 0);
  const titleFirst = !byRecency && firstStageDocs >= STAGES.titleFirstDocs;
  const expansions = required.map((c) => ({
    term: c.text,
    matches: c.alternatives.map((a) => a.label),
    prefix: c.prefix,
  }));
  return { required, excluded, filters, stages, byRecency, titleFirst, expansions };
}

/**
 * The FTS5 MATCH expression for articles matching every clause with alternatives up to `stage` (in the
 * title only, with `inTitle`), none excluded anywhere; null when some clause has nothing that early.
 */
export function matchExpression(plan: QueryPlan, stage: number, inTitle = false): string | null {
  const groups: string[] = [];
  for (const clause of plan.required) {
    const within = clause.alternatives.filter((a) => a.stage <= stage).map((a) => a.fts);
    if (within.length === 0) return null;
    groups.push(within.length === 1 ? (within[0] ?? '') : `(${within.join(' OR ')})`);
  }
  if (groups.length === 0) return null;
  const positive = inTitle ? `{title} : (${groups.join(' AND ')})` : groups.join(' AND ');
  return plan.excluded.length === 0 ? positive : `(${positive}) NOT (${plan.excluded.join(' OR ')})`;
}
