import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../shared/search/parseQuery';
import { EXPANSION_LIMITS, planQuery } from './planQuery';
import { Vocabulary } from './vocabulary';

const plannedTerms = (vocabulary: Vocabulary, q: string) =>
  planQuery(parseQuery(q), vocabulary).required.flatMap((c) =>
    c.alternatives.map((a) => `${a.label}@${a.tier}`),
  );

describe('planQuery typo reach', () => {
  it('looks for typos of a word the library holds rarely: it may be the slip itself', () => {
    const vocabulary = Vocabulary.fromRows([
      ['goverment', 3],
      ['government', 900],
    ]);
    expect(plannedTerms(vocabulary, 'goverment ')).toEqual(['goverment@0', 'government@1']);
  });

  it('takes a word in enough articles to fill the largest page as meant, and skips its typos', () => {
    const settled = EXPANSION_LIMITS.settledDocs;
    const vocabulary = Vocabulary.fromRows([
      ['senate', settled],
      ['senator', 40],
      ['sedate', 60],
    ]);
    expect(plannedTerms(vocabulary, 'senate ')).toEqual(['senate@0']);
    // One article fewer and its neighbours come back, after it.
    const rarer = Vocabulary.fromRows([
      ['senate', settled - 1],
      ['sedate', 60],
    ]);
    expect(plannedTerms(rarer, 'senate ')).toEqual(['senate@0', 'sedate@1']);
  });
});
