import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../shared/model/annotation';
import type { Article } from '../../../shared/model/article';
import { articleNotesMarkdown } from './copyNotes';

const article: Article = {
  id: '11111111-1111-4111-8111-111111111111',
  title: 'A council meets',
  source: 'Example News',
  author: null,
  publishedAt: '2024-03-01',
  wordCount: 8,
  readingMinutes: 1,
  importedAt: '2024-03-02T00:00:00.000Z',
  updatedAt: '2024-03-02T00:00:00.000Z',
  blocks: [
    { index: 0, kind: 'paragraph', text: 'The council met on Tuesday.', start: 0 },
    { index: 1, kind: 'paragraph', text: 'It voted for the plan.', start: 29 },
  ],
};

function annotation(id: string, exact: string, start: number, extra: Partial<Annotation> = {}): Annotation {
  return {
    id,
    articleId: article.id,
    quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    position: { type: 'TextPositionSelector', start, end: start + exact.length },
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
    anchor: 'exact',
    createdAt: '2024-03-03T00:00:00.000Z',
    updatedAt: '2024-03-03T00:00:00.000Z',
    ...extra,
  };
}

describe('articleNotesMarkdown', () => {
  it('writes front matter, then each highlight in text order with its note, colour name and link', () => {
    const text = articleNotesMarkdown(
      article,
      [
        annotation('33333333-3333-4333-8333-333333333333', 'voted for the plan', 32, {
          note: 'The *vote*',
          tags: ['plans'],
        }),
        annotation('22222222-2222-4222-8222-222222222222', 'council met', 4, { color: 'red' }),
      ],
      { yellow: 'Key claim', orange: 'Orange', red: 'Doubt', purple: 'Purple', blue: 'Blue', green: 'Green' },
    );
    expect(text).toMatch(/^---\ntitle: "?A council meets"?\nsource: "?Example News"?\ndate: 2024-03-01\n/u);
    expect(text.indexOf('> council met')).toBeLessThan(text.indexOf('> voted for the plan'));
    expect(text).toContain('The *vote*');
    expect(text).toContain('#doubt');
    expect(text).toContain('#key-claim #plans · ¶ 2');
    expect(text).toContain(
      'gloss://article/11111111-1111-4111-8111-111111111111#annotation-22222222-2222-4222-8222-222222222222',
    );
  });
});
