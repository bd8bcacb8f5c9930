import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scanWords } from '../../../shared/search/tokenize';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { getArticle, listArticles } from '../db/articleRepo';
import { openLibrary, type Library } from '../library';
import { searchLibrary } from './searchLibrary';

const tempDir = useTempDirs();
let library: Library;
/** Every word of every seed article (title and blocks) as it is written, with its article. */
let occurrences: { readonly articleId: string; readonly word: string; readonly folded: string }[] = [];

beforeAll(() => {
  library = openLibrary({ dataDir: tempDir(), seedDir: SEED_DIR });
  const { items } = listArticles(library.db, { offset: 0, limit: 100, sort: 'title', direction: 'asc' });
  for (const { id } of items) {
    const article = getArticle(library.db, id);
    for (const text of [article.title, ...article.blocks.map((b) => b.text)]) {
      for (const w of scanWords(text)) {
        occurrences.push({
          articleId: id,
          word: Array.from(text).slice(w.start, w.end).join(''),
          folded: w.folded,
        });
      }
    }
  }
  occurrences = occurrences.filter(
    (o, i, all) => all.findIndex((x) => x.articleId === o.articleId && x.word === o.word) === i,
  );
});
afterAll(() => library.close());

const found = (q: string, articleId: string): boolean =>
  searchLibrary(library.db, { q, limit: 50, offset: 0, seq: 0 }).hits.some((h) => h.articleId === articleId);

type Edit = { kind: 'substitute' | 'insert' | 'delete' | 'transpose'; at: number; letter: string };

/** One edit of `word` at a position scaled into it. */
function applyEdit(word: string, edit: Edit): string {
  const chars = Array.from(word);
  const at =
    edit.at %
    (edit.kind === 'insert' ? chars.length + 1 : edit.kind === 'transpose' ? chars.length - 1 : chars.length);
  if (edit.kind === 'substitute') chars[at] = edit.letter;
  else if (edit.kind === 'insert') chars.splice(at, 0, edit.letter);
  else if (edit.kind === 'delete') chars.splice(at, 1);
  else chars.splice(at, 2, chars[at + 1] ?? '', chars[at] ?? '');
  return chars.join('');
}

describe('search properties on the seed articles', () => {
  it('finds an article by any word in it, as it is written', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), (n) => {
        const o = occurrences[n % occurrences.length];
        if (!o) return;
        expect(found(`${o.word} `, o.articleId), o.word).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('finds an article by a word of 5+ letters typed with one slip', () => {
    const long = occurrences.filter((o) => /^\p{L}{5,}$/u.test(o.folded));
    const edit = fc.record({
      kind: fc.constantFrom('substitute', 'insert', 'delete', 'transpose'),
      at: fc.nat(),
      letter: fc.integer({ min: 0, max: 25 }).map((i) => String.fromCharCode(97 + i)),
    });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), edit, (n, e: Edit) => {
        const o = long[n % long.length];
        if (!o) return;
        const typo = applyEdit(o.folded, e);
        expect(found(`${typo} `, o.articleId), `${o.word} typed as ${typo}`).toBe(true);
      }),
      { numRuns: 400 },
    );
  });

  it('answers anything typed without throwing, within the page size', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.constantFrom(
        '"',
        '“',
        '”',
        '-',
        '−',
        '*',
        ':',
        'source:',
        'year:',
        'author:"',
        'color:',
        ' OR ',
        'NEAR',
        '(',
        ')',
        '^',
        '{',
        '}',
        ' ',
        '\u00AD',
        'é',
        '😀',
      ),
      fc.constantFrom(...occurrences.slice(0, 200).map((o) => o.word)),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }), fc.integer({ min: 1, max: 50 }), (pieces, limit) => {
        const page = searchLibrary(library.db, { q: pieces.join(''), limit, offset: 0, seq: 1 });
        expect(page.hits.length).toBeLessThanOrEqual(limit);
        expect(page.total).toBeGreaterThanOrEqual(page.hits.length);
      }),
      { numRuns: 1500 },
    );
  });
});
