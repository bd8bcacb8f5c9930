import { describe, expect, it } from 'vitest';
import { noteToPlainText, parseInline, parseNote } from './markdownLite';

describe('parseInline', () => {
  it('reads bold, italic, code and links', () => {
    expect(parseInline('a **b** *c* _d_ `e*f` [g](https://x.test/?q=1)')).toEqual([
      { type: 'text', text: 'a ' },
      { type: 'strong', children: [{ type: 'text', text: 'b' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'c' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'd' }] },
      { type: 'text', text: ' ' },
      { type: 'code', text: 'e*f' },
      { type: 'text', text: ' ' },
      { type: 'link', text: 'g', url: 'https://x.test/?q=1' },
    ]);
  });

  it('nests italic in bold', () => {
    expect(parseInline('**very *much* so**')).toEqual([
      {
        type: 'strong',
        children: [
          { type: 'text', text: 'very ' },
          { type: 'em', children: [{ type: 'text', text: 'much' }] },
          { type: 'text', text: ' so' },
        ],
      },
    ]);
  });

  it('leaves unmatched markers, snake_case, spaced asterisks and escapes as text', () => {
    expect(parseInline('2 * 3 * 4')).toEqual([{ type: 'text', text: '2 * 3 * 4' }]);
    expect(parseInline('snake_case_name')).toEqual([{ type: 'text', text: 'snake_case_name' }]);
    expect(parseInline('**open')).toEqual([{ type: 'text', text: '**open' }]);
    expect(parseInline('\\*not\\*')).toEqual([{ type: 'text', text: '*not*' }]);
    expect(parseInline('[no link]')).toEqual([{ type: 'text', text: '[no link]' }]);
  });

  it('keeps markup-looking text as text, never as HTML', () => {
    expect(parseInline('<img src=x onerror=alert(1)>')).toEqual([
      { type: 'text', text: '<img src=x onerror=alert(1)>' },
    ]);
    expect(parseInline('[click](javascript:alert(1))')).toEqual([
      { type: 'link', text: 'click', url: 'javascript:alert(1' },
      { type: 'text', text: ')' },
    ]);
  });
});

describe('parseNote', () => {
  it('splits paragraphs on blank lines and keeps single newlines as breaks', () => {
    expect(parseNote('one\ntwo\n\nthree')).toEqual([
      {
        type: 'paragraph',
        children: [{ type: 'text', text: 'one' }, { type: 'break' }, { type: 'text', text: 'two' }],
      },
      { type: 'paragraph', children: [{ type: 'text', text: 'three' }] },
    ]);
  });

  it('reads bullet and numbered lists, with continuation lines', () => {
    expect(parseNote('Why:\n- first\n  more\n* **second**\n1. one\n2) two')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Why:' }] },
      {
        type: 'list',
        ordered: false,
        items: [
          [{ type: 'text', text: 'first' }, { type: 'break' }, { type: 'text', text: 'more' }],
          [{ type: 'strong', children: [{ type: 'text', text: 'second' }] }],
        ],
      },
      {
        type: 'list',
        ordered: true,
        items: [[{ type: 'text', text: 'one' }], [{ type: 'text', text: 'two' }]],
      },
    ]);
  });

  it('gives nothing for an empty or blank note', () => {
    expect(parseNote('')).toEqual([]);
    expect(parseNote(' \n\r\n ')).toEqual([]);
  });

  it('flattens a note to one line of plain text', () => {
    expect(noteToPlainText('**Key** point\n\n- see [src](https://a.test)\n- `x`')).toBe(
      'Key point • see src (https://a.test) • x',
    );
  });
});
