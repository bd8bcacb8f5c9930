import { describe, expect, it } from 'vitest';
import { copyIntoSharedDocument } from './dom';
import { buildReadableDocument, type ReadableNode } from './readableDom';
import { parseHtmlTree } from './sanitize';

function describeTree(node: ReadableNode): string {
  return Array.from(node.childNodes)
    .map((child) => {
      if (child.nodeType === 3) return JSON.stringify(child.textContent);
      const attrs = Array.from(child.attributes ?? []).map((a) => ` ${a.name}=${a.value}`);
      return `<${child.localName ?? '?'}${attrs.join('')}>${describeTree(child)}`;
    })
    .join('');
}

describe('buildReadableDocument', () => {
  it('holds only the kept elements, attributes and text of the page, in order', () => {
    const { body } = parseHtmlTree(
      `<body><nav>Menu</nav><article class="story" onclick="x()" style="color:red">
        <h1 id="t">Title &amp; more</h1><script>alert(1)</script><img src=x onerror=alert(2)>
        <p>One <a href="javascript:alert(3)">link</a></p><iframe srcdoc="<p>no</p>"></iframe><o:p>Word</o:p>
        <svg><text>drawn</text></svg></article></body>`,
    );
    const doc = buildReadableDocument(body, 'Page title');
    expect(doc.title).toBe('Page title');
    expect(describeTree(doc.body).replace(/"\\n\s*"/gu, '')).toBe(
      '<article class=story><h1 id=t>"Title & more"<p>"One "<a>"link"<span>"Word"',
    );
  });

  it('is copied into the shared jsdom document element by element, text by text', () => {
    const { body } = parseHtmlTree(
      '<body><main><h2 role="heading">A</h2><p>B <em>C</em> D</p></main></body>',
    );
    const copy = copyIntoSharedDocument(buildReadableDocument(body, '').body) as HTMLElement;
    expect(copy.innerHTML).toBe('<main><h2 role="heading">A</h2><p>B <em>C</em> D</p></main>');
  });
});
