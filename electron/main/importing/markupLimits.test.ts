import fc from 'fast-check';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, limitMarkup } from './markupLimits';

type P5Node = DefaultTreeAdapterMap['childNode'] | DefaultTreeAdapterMap['document'];

/** The page as the importer sees it: text and element names, without what is inside scripts and styles. */
function readable(html: string): string {
  const out: string[] = [];
  const walk = (node: P5Node): void => {
    if (node.nodeName === '#text' && 'value' in node) out.push(node.value);
    else if ('tagName' in node) out.push(`<${node.tagName}>`);
    if ('tagName' in node && (node.tagName === 'script' || node.tagName === 'style')) return;
    if ('childNodes' in node) for (const child of node.childNodes) walk(child);
  };
  walk(parse(html, { scriptingEnabled: false }));
  return out.join('|');
}

describe('limitMarkup', () => {
  it('empties scripts and styles, and nothing else', () => {
    const page =
      '<p>One</p><script type="x">var a = "<p>no</p>";</script><STYLE>p{color:red}</STYLE><textarea><script>kept</script></textarea><p>Two</p>';
    expect(limitMarkup(page)).toEqual({
      html: '<p>One</p><script type="x"></script><STYLE></STYLE><textarea><script>kept</script></textarea><p>Two</p>',
      truncated: false,
    });
  });

  it('keeps JSON-LD, which the page metadata is read from', () => {
    const page = '<script type="application/LD+JSON">{"author":"A"}</script><script>x()</script>';
    expect(limitMarkup(page).html).toBe(
      '<script type="application/LD+JSON">{"author":"A"}</script><script></script>',
    );
  });

  it('finds where an escaped script really ends (`<!--`, a nested `<script>`), and leaves comments alone', () => {
    const escaped = '<script><!-- <script> </script> still script --></script><p>After</p>';
    expect(limitMarkup(escaped).html).toBe('<script></script><p>After</p>');
    const commented = '<!-- <script> --><p>Article text</p><script>x()</script>';
    expect(limitMarkup(commented).html).toBe('<!-- <script> --><p>Article text</p><script></script>');
  });

  it('reads a `>` in a quoted attribute as part of the tag, and `</scripts>` as text', () => {
    expect(limitMarkup('<script title="a>b">x()</scripts>y()</script><p>z</p>').html).toBe(
      '<script title="a>b"></script><p>z</p>',
    );
  });

  it('still cuts a page nested past MAX_NESTING, scripts emptied before the cut', () => {
    const page = `<script>x()</script>${'<div>'.repeat(MAX_NESTING + 5)}deep`;
    const limited = limitMarkup(page);
    expect(limited.truncated).toBe(true);
    expect(limited.html.startsWith('<script></script><div>')).toBe(true);
    expect(limited.html).not.toContain('deep');
  });

  it('never changes what a page reads as, however its scripts, styles, comments and raw text mix', () => {
    const pieces = fc.constantFrom(
      '<p>text</p>',
      'loose words ',
      '<script>a<b</script>',
      '<script>document.write("<script>x</scr"+"ipt>")</script>',
      '<script><!--',
      '-->',
      '</script>',
      '<style>p>q{}</style>',
      '<style>',
      '</style>',
      '<!--',
      '<!-->',
      '<!-- <script> -->',
      '<textarea>',
      '</textarea>',
      '<title>t</title>',
      '<svg><style>s</style><script>y</script></svg>',
      '<noscript><p>n</p></noscript>',
      '<a title="<script>">link</a>',
      '<SCRIPT >z</SCRIPT >',
      '<div>',
      '</div>',
      '<script title="a>b">c</script>',
      '<script>',
      '</scripty>',
      '<!--->',
      '<script>x<!--<script>',
      '</SCRIPT\n>',
      "<a title='x>y'>q</a>",
      '<style a="</style>">s</style>',
      '<plaintext>',
      '</plaintext>',
      '<img alt="<script>">',
      '<p title="<style>">',
      '<svg>',
      '</svg>',
      '<math><style>',
      '<foreignObject>',
      '</foreignObject>',
      '</math>',
    );
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
        const html = parts.join('');
        expect(readable(limitMarkup(html).html)).toBe(readable(html));
      }),
      {
        numRuns: 2000,
        // A script escaped by `<!--` whose `</SCRIPT >` only unnests it: the scan once took it for the
        // end, and emptied a "style" that held the script's real end tag.
        examples: [
          [
            [
              '<script><!--',
              '<SCRIPT >z</SCRIPT >',
              '<style>',
              '</script>',
              '<svg><style>s</style><script>y</script></svg>',
            ],
          ],
        ],
      },
    );
  });
});
