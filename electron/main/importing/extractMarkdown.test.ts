import { describe, expect, it } from 'vitest';
import { markdownToDraft } from './extractMarkdown';
import { readFrontMatter } from './frontMatter';

describe('readFrontMatter', () => {
  it('reads scalars, quoted strings, first list items, and leaves the body', () => {
    const { fields, body } = readFrontMatter(
      '---\ntitle: "A: \\"quoted\\" title"\nauthor:\n  - Ann Lee\n  - Bo Li\ntags: [one, two]\ndate: 2024-02-03 # comment\nsource: \'It\'\'s News\'\n---\n# Body\n',
    );
    expect(Object.fromEntries(fields)).toEqual({
      title: 'A: "quoted" title',
      author: 'Ann Lee',
      tags: 'one',
      date: '2024-02-03',
      source: "It's News",
    });
    expect(body).toBe('# Body\n');
    expect(readFrontMatter('no front matter\n---\n').body).toBe('no front matter\n---\n');
  });
});

describe('markdownToDraft', () => {
  it('takes metadata from front matter and renders the body to blocks', () => {
    const draft = markdownToDraft(
      '---\ntitle: Notes on the harbour\nauthor: By Ann Lee\ndate: 2024-02-03T10:00:00Z\nsource: The Daily\n---\n# Notes on the harbour\n\nThe *harbour* reopened.\n\n## Repairs\n\n> It took **two** years.\n\n- one\n- two\n\n```\ncode block\n```\n',
      'file',
    );
    expect(draft).toMatchObject({
      title: 'Notes on the harbour',
      author: 'Ann Lee',
      publishedAt: '2024-02-03',
      source: 'The Daily',
    });
    expect(draft.blocks.map((b) => [b.kind, b.text])).toEqual([
      ['paragraph', 'The harbour reopened.'],
      ['heading', 'Repairs'],
      ['quote', 'It took two years.'],
      ['paragraph', 'one'],
      ['paragraph', 'two'],
      ['paragraph', 'code block'],
    ]);
  });

  it('takes the first heading as the title when there is no front matter, and sanitizes inline HTML', () => {
    const draft = markdownToDraft(
      '# Heading title\n\nText <sup>2</sup> <img src=x onerror=alert(1)><script>alert(2)</script> end.\n',
      'file',
    );
    expect(draft.title).toBe('Heading title');
    expect(draft.blocks).toEqual([{ kind: 'paragraph', text: 'Text 2 end.' }]);
  });
});
