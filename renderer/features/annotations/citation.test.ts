import { describe, expect, it } from 'vitest';
import type { BlockDraft } from '../../../shared/model/article';
import { layoutBlocks } from '../../../shared/text/canonical';
import { formatCitation, paragraphSpan, type CitedArticle } from './citation';

const drafts: BlockDraft[] = [
  { kind: 'paragraph', text: 'First paragraph.' },
  { kind: 'heading', text: 'A section' },
  { kind: 'paragraph', text: 'Second paragraph, with a 👍🏽.' },
  { kind: 'quote', text: 'A quoted line.' },
];
const blocks = layoutBlocks(drafts);
const at = (i: number): number => blocks[i]?.start ?? -1;
const ARTICLE: CitedArticle = {
  title: 'Parties and responsibility',
  source: 'Kazinform',
  author: 'Zhanna Nurmaganbetova',
  publishedAt: '2023-01-26',
  blocks,
};

describe('citation', () => {
  it('numbers paragraphs without headings', () => {
    expect(paragraphSpan(blocks, 0, 5)).toEqual({ first: 1, last: 1 });
    expect(paragraphSpan(blocks, at(2) + 3, at(3) + 2)).toEqual({ first: 2, last: 3 });
    // From a heading: counted from the paragraph after it.
    expect(paragraphSpan(blocks, at(1), at(2) + 4)).toEqual({ first: 2, last: 2 });
  });

  it('formats quote, author, title, source, date and paragraph', () => {
    expect(formatCitation(' Second paragraph ', ARTICLE, at(2), at(2) + 16)).toBe(
      '“Second paragraph”\n— Zhanna Nurmaganbetova, “Parties and responsibility”, Kazinform, 26 January 2023, ¶ 2',
    );
  });

  it('leaves out what the article does not state, and spans paragraphs', () => {
    const bare = { ...ARTICLE, source: null, author: null, publishedAt: null };
    expect(formatCitation('x', bare, 0, at(3) + 1)).toBe('“x”\n— “Parties and responsibility”, ¶ 1–3');
  });
});
