import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it } from 'vitest';
import { ExportNotesInput } from '../../../shared/export/inputs';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { createAnnotation } from '../annotations/annotationRepo';
import { getArticle } from '../db/articleRepo';
import { exportNotes } from '../export/exportNotes';
import { openLibrary, type Library } from '../library';
import { importFiles } from './importFiles';

const XSS_DIR = fileURLToPath(new URL('../../../tests/fixtures/xss', import.meta.url));

const tempDir = useTempDirs();
let open: Library | null = null;
afterEach(() => {
  open?.close();
  open = null;
});

/** Markup as markup: a tag opening, an entity-free `<` followed by a letter, `/`, `!` or `?`. */
const MARKUP = /<\s*[a-z!/?]/iu;

async function importCorpus(): Promise<{ library: Library; articleIds: Map<string, string> }> {
  const library = openLibrary({ dataDir: tempDir() });
  open = library;
  const report = await importFiles(library.db, [XSS_DIR]);
  expect(report.failed, JSON.stringify(report.files.filter((f) => f.status === 'failed'))).toBe(0);
  return {
    library,
    articleIds: new Map(report.files.map((f) => [f.path.split('/').pop() ?? '', f.articleId ?? ''])),
  };
}

describe('the XSS corpus', () => {
  it('imports every file, and no HTML or Markdown file leaves markup in the stored text', async () => {
    const { library, articleIds } = await importCorpus();
    expect([...articleIds.keys()].sort()).toEqual([
      'css-tricks.html',
      'event-handlers.html',
      'markdown-vectors.md',
      'mutation.html',
      'plain-text-vectors.txt',
      'script-tags.html',
      'svg-math.html',
      'urls.html',
    ]);
    for (const [file, id] of articleIds) {
      const article = getArticle(library.db, id);
      const text = article.blocks.map((b) => b.text).join('\n');
      if (file.endsWith('.txt')) {
        // Plain text is text: markup in it is kept as the characters it is, and shown as such.
        expect(text).toContain("<script>alert('txt script')</script>");
        continue;
      }
      expect(text, file).not.toMatch(MARKUP);
      expect(text, file).not.toMatch(
        /alert\(['"]?(head|inline|upper|svg script|template|img onerror|body onload|mglyph|noscript|raw script|raw img)/u,
      );
      expect(text, file).not.toMatch(/expression\(|url\(javascript/iu);
    }
  });

  it('exports to an HTML page with no script, no handler attribute and no script URL', async () => {
    const { library, articleIds } = await importCorpus();
    for (const id of articleIds.values()) {
      const article = getArticle(library.db, id);
      const length = Array.from(article.blocks.map((b) => b.text).join('\n\n')).length;
      createAnnotation(library.db, {
        articleId: id,
        start: 0,
        end: length,
        color: 'red',
        note: "<script>alert('note')</script><img src=x onerror=alert('note img')> javascript:alert(1)",
        tags: ['<svg onload=alert(1)>'],
      });
    }
    const [file] = exportNotes(library.db, ExportNotesInput.parse({ format: 'html' })).files;
    const html = file?.content ?? '';
    expect(html).not.toMatch(/<script/iu);
    expect(html).not.toMatch(/javascript\s*:/iu);
    expect(html).not.toMatch(/\son[a-z]+\s*=/iu);
    const { document } = new JSDOM(html).window;
    expect(
      document.querySelectorAll(
        'script, iframe, frame, object, embed, img, svg, math, form, base, link, meta[http-equiv="refresh"]',
      ),
    ).toHaveLength(0);
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.attributes) {
        expect(attribute.name).not.toMatch(/^on/iu);
        expect(attribute.value).not.toMatch(/^\s*(javascript|data|vbscript):/iu);
      }
    }
    expect(document.querySelectorAll('section.hl')).toHaveLength(articleIds.size);
  });
});
