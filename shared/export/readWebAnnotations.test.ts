import { describe, expect, it } from 'vitest';
import { readWebAnnotations, uuidOf } from './readWebAnnotations';

const quote = (exact: string) => ({ type: 'TextQuoteSelector', exact, prefix: 'p ', suffix: ' s' });

describe('readWebAnnotations', () => {
  it('reads a collection page, notes from bodyValue or bodies, tags by purpose, Gloss members', () => {
    const doc = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      'gloss:articles': [{ id: 'gloss://article/A', title: 'Article A' }],
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'urn:uuid:0F0E0D0C-0000-4000-8000-000000000001',
            type: 'Annotation',
            bodyValue: 'a note',
            target: {
              source: 'gloss://article/A',
              selector: [quote('one'), { type: 'TextPositionSelector', start: 3, end: 6 }],
            },
            'gloss:color': 'blue',
            'gloss:style': 'underline',
            created: '2024-05-01T09:30:00.000Z',
            modified: '2024-05-02T10:00:00+02:00',
          },
          {
            type: ['Annotation'],
            body: [
              { type: 'TextualBody', value: 'first', purpose: 'commenting' },
              { type: 'TextualBody', value: ' Tag  one ', purpose: 'tagging' },
              { type: 'TextualBody', value: 'second' },
              'http://example.com/body',
            ],
            target: [{ source: { id: 'https://example.com/x', title: 'Elsewhere' }, selector: quote('two') }],
            'gloss:color': 'chartreuse',
          },
        ],
      },
    };
    const { annotations, problems } = readWebAnnotations(doc);
    expect(problems).toEqual([]);
    expect(annotations[0]).toMatchObject({
      id: 'urn:uuid:0F0E0D0C-0000-4000-8000-000000000001',
      sources: ['gloss://article/A'],
      title: 'Article A',
      position: { start: 3, end: 6 },
      color: 'blue',
      style: 'underline',
      note: 'a note',
      created: '2024-05-01T09:30:00.000Z',
      modified: '2024-05-02T08:00:00.000Z',
    });
    expect(annotations[1]).toMatchObject({
      id: null,
      title: 'Elsewhere',
      note: 'first\n\nsecond',
      tags: ['Tag one'],
      color: null,
      position: null,
    });
  });

  it('accepts a page, a single annotation or an array', () => {
    const item = { type: 'Annotation', target: { source: 'x', selector: quote('q') } };
    expect(readWebAnnotations({ type: 'AnnotationPage', items: [item] }).annotations).toHaveLength(1);
    expect(readWebAnnotations(item).annotations).toHaveLength(1);
    expect(readWebAnnotations([item, item]).annotations).toHaveLength(2);
  });

  it('skips what it cannot use and says why, never throwing', () => {
    for (const junk of [null, 42, 'text', {}, { first: 'x' }, [null]])
      expect(() => readWebAnnotations(junk)).not.toThrow();
    const { annotations, problems } = readWebAnnotations([
      { type: 'Annotation', target: { source: 'x', selector: { type: 'TextQuoteSelector', exact: '' } } },
      { type: 'Annotation', target: 'https://example.com/no-selector' },
      { type: 'Highlight' },
      { type: 'Annotation', bodyValue: 'x'.repeat(20_001), target: { selector: quote('q') } },
      {
        type: 'Annotation',
        body: [{ value: 't'.repeat(65), purpose: 'tagging' }],
        target: { selector: [quote('q'), { type: 'TextPositionSelector', start: 5, end: 2 }] },
      },
    ]);
    expect(annotations).toHaveLength(1);
    expect(annotations[0]).toMatchObject({ tags: [], position: null });
    expect(problems).toEqual([
      'Annotation 1 has no text quote to anchor; skipped.',
      'Annotation 2 has no text quote to anchor; skipped.',
      'Annotation 3 is not a W3C Annotation; skipped.',
      'Annotation 4: its note is longer than 20000 characters; skipped.',
      'Annotation 5: tags longer than 64 characters were left out.',
    ]);
  });

  it('finds the UUID in urn:uuid ids', () => {
    expect(uuidOf('urn:uuid:0F0E0D0C-0000-4000-8000-000000000001')).toBe(
      '0f0e0d0c-0000-4000-8000-000000000001',
    );
    expect(uuidOf('https://hypothes.is/a/abc')).toBeNull();
  });
});
