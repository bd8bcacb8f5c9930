import { describe, expect, it } from 'vitest';
import {
  compileTemplate,
  renderTemplate,
  TemplateError,
  type TemplateScope,
  type TemplateSpec,
} from './template';

const spec: TemplateSpec = {
  fields: ['title', 'note', 'tags', 'highlight', 'color', 'location'],
  lists: ['highlights'],
  escape: (text) => text.replace(/\*/gu, '\\*'),
};

const render = (source: string, scope: TemplateScope): string =>
  renderTemplate(compileTemplate(source, spec), scope);

describe('templates', () => {
  it('substitutes fields, escaped unless triple-braced or &', () => {
    expect(render('{{title}}|{{{title}}}|{{& title}}', { title: 'a*b' })).toBe('a\\*b|a*b|a*b');
    expect(render('[{{ note }}]', { note: null })).toBe('[]');
    expect(render('¶ {{location}}', { location: 3 })).toBe('¶ 3');
  });

  it('applies filters after escaping', () => {
    expect(render('{{highlight | quote}}', { highlight: 'one\n\ntwo' })).toBe('> one\n>\n> two');
    expect(
      render('{{color | tag}} {{color | slug}} {{note | oneline | upper}}', {
        color: 'Key claim',
        note: ' a\n b ',
      }),
    ).toBe('#key-claim key-claim A B');
  });

  it('shows sections for present fields, repeats them for lists, inverts with ^', () => {
    const scope: TemplateScope = {
      title: 'T',
      highlights: [
        { highlight: 'h1', note: 'n1' },
        { highlight: 'h2', note: '' },
      ],
    };
    expect(
      render(
        '{{#highlights}}<{{highlight}}{{#note}}:{{note}}{{/note}}{{^note}}-{{/note}}@{{title}}>{{/highlights}}',
        scope,
      ),
    ).toBe('<h1:n1@T><h2-@T>');
    expect(render('{{^highlights}}none{{/highlights}}', { highlights: [] })).toBe('none');
  });

  it('leaves no blank line where a section or comment tag stands alone', () => {
    const source =
      '# {{title}}\n{{! a comment }}\n{{#highlights}}\n- {{highlight}}\n  {{#note}}\n  > {{note}}\n  {{/note}}\n{{/highlights}}\nend\n';
    expect(
      render(source, {
        title: 'T',
        highlights: [
          { highlight: 'a', note: 'x' },
          { highlight: 'b', note: '' },
        ],
      }),
    ).toBe('# T\n- a\n  > x\n- b\nend\n');
  });

  it.each([
    ['{{nope}}', /line 1: there is no field called "nope"/u],
    ['a\n{{#note}}', /line 2: \{\{#note\}\} is never closed/u],
    ['{{#note}}{{/title}}', /closes \{\{#note\}\}/u],
    ['{{/note}}', /closes no section/u],
    ['{{title | eval}}', /no filter called "eval"/u],
    ['{{highlights}}', /is a list: use it as a section/u],
    ['{{constructor}}', /no field called "constructor"/u],
    ['{{__proto__}}', /no field called "__proto__"/u],
    ['{{title', /never closed/u],
    ['{{#note}}'.repeat(9) + '{{/note}}'.repeat(9), /nest at most 8/u],
  ])('rejects %j with a message naming the line', (source, message) => {
    expect(() => compileTemplate(source, spec)).toThrow(TemplateError);
    expect(() => compileTemplate(source, spec)).toThrow(message);
  });

  it('cannot reach anything but the scope it is given', () => {
    const scope = Object.create({ title: 'inherited' }) as TemplateScope;
    expect(render('[{{title}}]', scope)).toBe('[]');
  });

  it('refuses templates longer than the limit', () => {
    expect(() => compileTemplate('x'.repeat(20_001), spec)).toThrow(/at most 20000/u);
  });
});
