import { describe, expect, it } from 'vitest';
import { addTag, completeTags, normalizeTag, removeTag } from './tagCompletion';

const KNOWN = [
  { name: 'economy', count: 3 },
  { name: 'Élections', count: 5 },
  { name: 'election law', count: 9 },
  { name: 'reform', count: 1 },
  { name: 'parliamentary reform', count: 2 },
];

describe('tag completion', () => {
  it('ranks prefix matches before inner matches, most used first, accents and case aside', () => {
    expect(completeTags(KNOWN, 'ele', [])).toEqual(['election law', 'Élections']);
    expect(completeTags(KNOWN, 'ref', [])).toEqual(['reform', 'parliamentary reform']);
    expect(completeTags(KNOWN, 'ELEC', [])).toEqual(['election law', 'Élections']);
  });

  it('leaves out tags already chosen and honours the limit', () => {
    expect(completeTags(KNOWN, 'e', ['ÉLECTIONS'.toLowerCase()])).not.toContain('Élections');
    expect(completeTags(KNOWN, '', [], 2)).toEqual(['election law', 'Élections']);
  });

  it('tidies, de-duplicates and removes tags', () => {
    expect(normalizeTag('  key   claim ')).toBe('key claim');
    expect(normalizeTag('x'.repeat(100))).toHaveLength(64);
    expect(addTag(['Economy'], ' economy ')).toEqual(['Economy']);
    expect(addTag(['a'], '  ')).toEqual(['a']);
    expect(addTag(['a'], 'b')).toEqual(['a', 'b']);
    expect(removeTag(['a', 'b'], 'a')).toEqual(['b']);
  });
});
