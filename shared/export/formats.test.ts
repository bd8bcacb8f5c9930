import fc from 'fast-check';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import type { Annotation } from '../model/annotation';
import { csvCell, toCsv } from './csv';
import { escapeHtml, EXPORT_HTML_CSP, toHtml } from './html';
import { escapeMarkdown, noteMarkdown, toMarkdown } from './markdown';
import type { ExportContext, ExportEntry } from './types';
import { toJson } from './webAnnotation';
import { readFrontMatter } from '../../electron/main/importing/frontMatter';

const context: ExportContext = {
  colorNames: {
    yellow: 'Key claim',
    orange: 'Question',
    red: 'Disagree',
    purple: 'Definition',
    blue: 'Evidence',
    green: 'Agree',
  },
  exportedAt: '2024-06-01T12:00:00.000Z',
  exportId: '00000000-0000-4000-8000-00000000e001',
};

function annotation(over: Partial<Annotation> = {}): Annotation {
  return {
    id: '00000000-0000-4000-a000-000000000001',
    articleId: '00000000-0000-4000-8000-000000000001',
    quote: { type: 'TextQuoteSelector', exact: 'quoted text', prefix: 'before ', suffix: ' after' },
    position: { type: 'TextPositionSelector', start: 12, end: 23 },
    color: 'yellow',
    style: 'highlight',
    note: '',
    tags: [],
    anchor: 'exact',
    createdAt: '2024-05-01T09:30:00.000Z',
    updatedAt: '2024-05-01T09:30:00.000Z',
    ...over,
  };
}

function entry(
  title: string,
  annotations: Annotation[],
  over: Partial<ExportEntry['article']> = {},
): ExportEntry {
  return {
    article: {
      id: '00000000-0000-4000-8000-000000000001',
      title,
      source: null,
      author: null,
      publishedAt: null,
      blockStarts: [0, 10, 20],
      ...over,
    },
    annotations,
  };
}

const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  'JaVaScRiPt :alert(1)',
  '</textarea></style></title><script>alert(1)</script>',
  '<a href="javascript:alert(1)">x</a>',
  "' onmouseover='alert(1)",
];

/** Parses CSV (RFC 4180) back into rows of cells. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}

describe('CSV for Readwise', () => {
  it('quotes per RFC 4180 and neutralizes formulas', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    for (const formula of ['=SUM(A1)', '+1', '-1', '@cmd', '\tx', '\rx'])
      expect(csvCell(formula).replace(/^"/u, '')).toMatch(/^'/u);
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe('"\'=HYPERLINK(""http://x"",""y"")"');
  });

  it('has the Readwise columns and CRLF line ends, and reads back cell for cell', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (exact, note) => {
        fc.pre(exact !== '');
        const [file] = toCsv(
          [
            entry('T, "quoted"', [
              annotation({ quote: { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' }, note }),
            ]),
          ],
          context,
        );
        const rows = parseCsv(file?.content ?? '');
        expect(rows[0]).toEqual(['Highlight', 'Title', 'Author', 'URL', 'Note', 'Location', 'Date']);
        const cells = rows[1] ?? [];
        expect(cells).toHaveLength(7);
        expect(cells[0]).toBe(/^[=+\-@\t\r]/u.test(exact) ? `'${exact}` : exact);
        expect(cells[1]).toBe('T, "quoted"');
        expect(cells[4]).toBe(note === '' ? '.key-claim' : `.key-claim\n${note}`);
        expect(cells[5]).toBe('2');
        expect(cells[6]).toBe('2024-05-01 09:30:00');
      }),
      { numRuns: 200 },
    );
  });
});

describe('HTML page', () => {
  it('escapes all text, and hostile text leaves no script, handler or script URL', () => {
    const annotations = HOSTILE.map((text, i) =>
      annotation({
        id: `00000000-0000-4000-a000-00000000000${i}`,
        quote: { type: 'TextQuoteSelector', exact: text, prefix: '', suffix: '' },
        note: text,
        tags: [text.slice(0, 60)],
      }),
    );
    const [file] = toHtml(
      [entry(HOSTILE.join(' '), annotations, { source: HOSTILE[0] ?? null, author: HOSTILE[1] ?? null })],
      context,
      { perArticle: true },
    );
    const html = file?.content ?? '';
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/javascript\s*:/iu);
    expect(html).not.toMatch(/\son\w+\s*=/iu);
    const { document } = new JSDOM(html).window;
    expect(document.querySelectorAll('script, iframe, object, embed, img, svg, form')).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/iu);
        expect(attribute.value).not.toMatch(/javascript:/iu);
      }
    }
    // The text reads exactly as written.
    expect([...document.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(HOSTILE);
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toBe(EXPORT_HTML_CSP);
    expect(file?.name).toMatch(/\.html$/u);
  });

  it('colours each highlight and puts the note in the margin', () => {
    const [file] = toHtml(
      [entry('T', [annotation({ color: 'blue', note: 'first\n\nsecond', tags: ['Key Figure'] })])],
      context,
    );
    const { document } = new JSDOM(file?.content ?? '').window;
    const section = document.querySelector('section.hl');
    expect(section?.className).toBe('hl hl--blue hl--highlight');
    expect([...(section?.querySelectorAll('.hl__note p') ?? [])].map((p) => p.textContent)).toEqual([
      'first',
      'second',
      '#key-figure',
      'Evidence · ¶ 2 · Open in Gloss',
    ]);
    expect(file?.content).toMatch(/\.hl--blue mark \{ background: #[0-9a-f]{6};/u);
  });

  it('renders a note’s small Markdown as the reader does: emphasis, code, lists, links as inert text', () => {
    const note =
      'The **core** demand, *twice*: `honest competition`\n- equity\n- openness\n\nSee [the speech](https://akorda.kz/x) or [this](javascript:alert(1)) <b>raw</b>';
    const [file] = toHtml([entry('T', [annotation({ note })])], context);
    const { document } = new JSDOM(file?.content ?? '').window;
    const aside = document.querySelector('.hl__note');
    expect(aside?.querySelector('strong')?.textContent).toBe('core');
    expect(aside?.querySelector('em')?.textContent).toBe('twice');
    expect(aside?.querySelector('code')?.textContent).toBe('honest competition');
    expect([...(aside?.querySelectorAll('ul li') ?? [])].map((li) => li.textContent)).toEqual([
      'equity',
      'openness',
    ]);
    // Links stay text with their address shown; the only anchor is the way back into Gloss.
    expect([...(aside?.querySelectorAll('a') ?? [])].map((a) => a.getAttribute('href') ?? '')).toEqual([
      expect.stringMatching(/^gloss:\/\//u) as unknown as string,
    ]);
    expect(aside?.textContent).toContain('the speech (https://akorda.kz/x)');
    expect(aside?.querySelector('b')).toBeNull();
    expect(aside?.textContent).toContain('<b>raw</b>');
  });

  it('escapes the five HTML specials and the equals sign', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>=`)).toBe(
      '&lt;a href&#61;&quot;x&quot; title&#61;&#39;y&#39;&gt;&amp;&lt;/a&gt;&#61;',
    );
  });
});

describe('Markdown', () => {
  it('escapes article text so it shows literally', () => {
    expect(escapeMarkdown('*a* _b_ [c](d) <e> #f ~g~ $5 `h` \\')).toBe(
      '\\*a\\* \\_b\\_ \\[c\\](d) \\<e\\> \\#f \\~g\\~ \\$5 \\`h\\` \\\\',
    );
    expect(escapeMarkdown('- item\n+ item\n1. item\n2) item\n---\n===')).toBe(
      '\\- item\n\\+ item\n1\\. item\n2\\) item\n\\---\n\\===',
    );
  });

  it('passes a note through as Markdown but never as raw HTML', () => {
    expect(noteMarkdown('**bold** <script>x</script> `a<b` &amp;')).toBe(
      '**bold** &lt;script>x&lt;/script> `a<b` &amp;amp;',
    );
  });

  it('writes front matter any YAML reader takes back', () => {
    const title = 'A "quoted": title #1\nwith a break';
    const [file] = toMarkdown(
      [
        entry(title, [annotation({ tags: ['Key Figure', '2024'] })], {
          author: "O'Brien",
          publishedAt: '2023-01-26',
        }),
      ],
      context,
      { perArticle: true },
    );
    const fields = readFrontMatter(file?.content ?? '').fields;
    expect(fields.get('title')).toBe(title);
    expect(fields.get('author')).toBe("O'Brien");
    expect(fields.get('date')).toBe('2023-01-26');
    expect(fields.get('tags')).toBe('key-figure');
    expect(file?.content).toContain(
      '#key-claim #key-figure #tag-2024 · ¶ 2 · [Open in Gloss](gloss://article/00000000-0000-4000-8000-000000000001#annotation-00000000-0000-4000-a000-000000000001)',
    );
  });

  it('names per-article files safely and uniquely', () => {
    const files = toMarkdown(
      [entry('Same: title', []), entry('same: TITLE', []), entry('CON', [])],
      context,
      { perArticle: true },
    );
    expect(files.map((f) => f.name)).toEqual(['Same - title.md', 'same - TITLE (2).md', '_CON.md']);
  });
});

describe('W3C Web Annotation JSON', () => {
  it('writes notes as bodyValue alone, or as TextualBody bodies with tags', () => {
    const [file] = toJson(
      [
        entry('T', [
          annotation({ note: 'n' }),
          annotation({ id: '00000000-0000-4000-a000-000000000002', note: 'n', tags: ['t'] }),
        ]),
      ],
      context,
    );
    const doc = JSON.parse(file?.content ?? '') as { first: { items: Record<string, unknown>[] } };
    const [a, b] = doc.first.items;
    expect(a).toMatchObject({
      bodyValue: 'n',
      motivation: 'commenting',
      id: 'urn:uuid:00000000-0000-4000-a000-000000000001',
    });
    expect(a).not.toHaveProperty('body');
    expect(b?.body).toEqual([
      { type: 'TextualBody', purpose: 'commenting', value: 'n', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'tagging', value: 't' },
    ]);
    expect(b).not.toHaveProperty('bodyValue');
    expect(doc).toMatchObject({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationCollection',
      total: 2,
    });
  });
});
