import { describe, expect, it } from 'vitest';
import { sharedDom } from './dom';
import { allWithTag, extractHtml, htmlToDraft, PARTLY_READ } from './extractHtml';

const paragraphs = (n: number): string =>
  Array.from(
    { length: n },
    (_, i) =>
      `<p>Paragraph ${i + 1} of the story, long enough for a reader to treat it as the body of the article, with several clauses.</p>`,
  ).join('\n');

describe('htmlToDraft', () => {
  it('maps headings, paragraphs, captions, quotes and lists to blocks, text only', () => {
    const draft = htmlToDraft(
      `<html><head><title>The harbour reopens after the storm | Site</title></head><body><article>
        <h1>The harbour reopens after the storm</h1>
        ${paragraphs(3)}
        <h2>A <em>sub</em>heading</h2>
        <figure><img src="x.jpg" alt="ignored"><figcaption>A caption <b>in bold</b></figcaption></figure>
        <blockquote><p>Quoted one.</p><p>Quoted two.</p></blockquote>
        <ul><li>First item</li><li>Second <a href="/x">item</a></li></ul>
        <p>Line one<br>line two<br><br>line three</p>
        <pre>code  kept
  as is</pre>
        <table><tr><td>Cell A</td><td>Cell B</td></tr></table>
      </article></body></html>`,
      'fallback',
    );
    expect(draft.blocks.map((b) => [b.kind, b.text])).toEqual([
      ...Array.from({ length: 3 }, (_, i) => [
        'paragraph',
        expect.stringContaining(`Paragraph ${i + 1}`) as string,
      ]),
      ['heading', 'A subheading'],
      ['caption', 'A caption in bold'],
      ['quote', 'Quoted one.'],
      ['quote', 'Quoted two.'],
      ['paragraph', 'First item'],
      ['paragraph', 'Second item'],
      // Readability makes a paragraph break of a double <br>.
      ['paragraph', 'Line one\nline two'],
      ['paragraph', 'line three'],
      ['paragraph', 'code  kept\n  as is'],
      ['paragraph', 'Cell A Cell B'],
    ]);
    expect(draft.title).toBe('The harbour reopens after the storm');
  });

  it('takes metadata from meta tags first', () => {
    const draft = htmlToDraft(
      `<html><head><title>Fallback title</title>
        <meta property="og:title" content="The real title">
        <meta property="og:site_name" content="The Daily">
        <meta name="author" content="Jane Doe">
        <meta property="article:published_time" content="2024-03-05T23:30:00-05:00">
      </head><body><article><h1>The real title</h1><p class="byline">By Jane Doe</p>${paragraphs(3)}</article></body></html>`,
      'fallback',
    );
    expect(draft).toMatchObject({
      title: 'The real title',
      source: 'The Daily',
      author: 'Jane Doe',
      publishedAt: '2024-03-05',
    });
    expect(draft.blocks[0]?.text).toMatch(/^Paragraph 1/u);
  });

  it('reads JSON-LD and a byline when meta tags are missing', () => {
    const draft = htmlToDraft(
      `<html><head><script type="application/ld+json">{"@type":"NewsArticle","headline":"LD headline","author":[{"@type":"Person","name":"Ann Lee"}],"datePublished":"2023-11-02","publisher":{"name":"LD News"}}</script></head>
       <body><article>${paragraphs(3)}</article></body></html>`,
      'fallback',
    );
    expect(draft).toMatchObject({
      title: 'LD headline',
      author: 'Ann Lee',
      publishedAt: '2023-11-02',
      source: 'LD News',
    });
  });

  it('falls back to the file name for the title and refuses a page with no text', () => {
    expect(htmlToDraft('<p>Just one short line.</p>', 'my file').title).toBe('my file');
    expect(() => htmlToDraft('<html><body><script>alert(1)</script><img src=x></body></html>', 'x')).toThrow(
      /No readable text/u,
    );
  });

  it('leaves out site chrome around the article but keeps what the article holds', () => {
    const draft = htmlToDraft(
      `<html><body><header><p>Site header text</p></header><div role="navigation">Menu text</div>
        <article>${paragraphs(4)}<footer><p>Reporting by Ann Lee; editing by Bo Li, for the story above.</p></footer></article>
        <aside><p>Most read elsewhere on the site today</p></aside><footer><p>Site footer text</p></footer></body></html>`,
      'x',
    );
    const text = draft.blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/Site header|Menu text|Most read|Site footer/u);
    expect(text).toContain('Paragraph 4');
  });

  it('reads only the first part of a page with too many nodes, and says so', () => {
    const huge = `<article>${'<p>A short paragraph of the endless page.</p>'.repeat(40_000)}</article>`;
    const started = performance.now();
    const { draft, warnings } = extractHtml(huge, 'huge');
    expect(warnings).toEqual([PARTLY_READ]);
    expect(draft.blocks.length).toBeGreaterThan(1000);
    expect(draft.blocks.length).toBeLessThan(40_000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  it('cuts hostile nesting short in bounded time, without overflowing the stack', () => {
    for (const opener of ['<div>', '<span>', '<b>', '<table><tr><td>']) {
      const started = performance.now();
      const deep = `<p>Text before the nesting, which is read.</p>${opener.repeat(200_000)}<p>Deep text, never reached.</p>`;
      const { draft, warnings } = extractHtml(deep, 'deep');
      expect(draft.blocks.map((b) => b.text)).toEqual(['Text before the nesting, which is read.']);
      expect(warnings).toEqual([PARTLY_READ]);
      expect(performance.now() - started, opener).toBeLessThan(5_000);
    }
  });
});

describe('allWithTag', () => {
  it('finds what querySelectorAll finds, in the same order', () => {
    const { document } = sharedDom();
    const root = document.createElement('div');
    root.innerHTML =
      '<p>a<br><span><br></span></p><div><ul><li>x<ul><li>y</li></ul></li></ul><table><tr><td><p>in cell</p></td></tr></table></div>' +
      '<section><h1>t</h1><h2>u</h2><div><div><h1>deep</h1></div></div></section><P>upper</P>';
    for (const names of [
      ['p'],
      ['br'],
      ['h1', 'h2'],
      ['ul', 'ol'],
      ['li'],
      ['table', 'td'],
      ['div'],
      ['img'],
      ['section', 'p', 'span'],
    ]) {
      expect(allWithTag(root, names), names.join()).toEqual([...root.querySelectorAll(names.join(','))]);
    }
    expect(allWithTag(document, ['body'])).toEqual([document.body]);
  });
});
