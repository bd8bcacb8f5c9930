import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPassages, type WeightedPattern } from './passages';
import { foldBlock } from './passageSource';

const WORDS = ['senate', 'sen', 'vote', 'votes', 'party', 'de-bureaucratization', 'Tokayev’s', 'the'];

const blocksOf = (texts: readonly string[]) => {
  let start = 0;
  return texts.map((text, index) => {
    const block = foldBlock({ index, text, start });
    start += text.length + 2;
    return block;
  });
};

describe('findPassages', () => {
  it('cuts the best blocks to snippets with the matches marked', () => {
    const blocks = blocksOf(['Nothing here.', 'The senate met. The senate voted.', 'A senate.']);
    const patterns: WeightedPattern[] = [{ words: ['senate'], clause: 0, tier: 0 }];
    const found = findPassages(blocks, patterns);
    expect(found.map((p) => p.blockIndex)).toEqual([1, 2]);
    expect(found[0]).toMatchObject({
      snippet: 'The senate met. The senate voted.',
      ranges: [
        [4, 10],
        [20, 26],
      ],
    });
  });

  it('stops scanning at the estimate bound without changing what it returns', () => {
    const text = fc.array(fc.constantFrom(...WORDS), { maxLength: 60 }).map((words) => words.join(' '));
    const pattern = fc.record({
      words: fc.constantFrom(['senate'], ['vote'], ['party', 'the'], ['debureaucratization'], ['tokayevs']),
      prefix: fc.boolean(),
      clause: fc.integer({ min: 0, max: 2 }),
      tier: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 12 }),
        fc.array(pattern, { minLength: 1, maxLength: 4 }),
        (texts, patterns) => {
          const blocks = blocksOf(texts);
          expect(findPassages(blocks, patterns)).toEqual(findPassages(blocks, patterns, true));
        },
      ),
      {
        numRuns: 500,
        examples: [
          // The same pattern twice scores each match twice.
          [
            ['Tokayev’s', 'Tokayev’s', 'party the', 'Tokayev’s'],
            [
              { words: ['party', 'the'], prefix: false, clause: 1, tier: 1 },
              { words: ['tokayevs'], prefix: false, clause: 0, tier: 0 },
              { words: ['party', 'the'], prefix: false, clause: 1, tier: 1 },
            ],
          ],
          // Weight-1 matches reach the cap only after 99 of them.
          [
            ['vote '.repeat(60), 'vote '.repeat(60), 'senate '.repeat(120), 'vote '.repeat(60)],
            [
              { words: ['vote'], prefix: false, clause: 0, tier: 1 },
              { words: ['senate'], prefix: false, clause: 0, tier: 2 },
            ],
          ],
        ],
      },
    );
  });
});
