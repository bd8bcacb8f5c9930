import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleDraft } from '../../../shared/model/article';
import type { SearchPage } from '../../../shared/model/search';
import { canonicalText } from '../../../shared/text/canonical';
import { SEED_DIR, useTempDirs } from '../../../tests/helpers/tempDir';
import { getArticle, upsertArticle } from '../db/articleRepo';
import { openLibrary, type Library } from '../library';
import { searchLibrary } from './searchLibrary';

const tempDir = useTempDirs();
let seeds: Library;
const search = (
  q: string,
  more: { limit?: number; offset?: number; seq?: number } = {},
  library = seeds,
): SearchPage =>
  searchLibrary(library.db, { q, limit: more.limit ?? 50, offset: more.offset ?? 0, seq: more.seq ?? 0 });
const titles = (page: SearchPage) => page.hits.map((h) => h.title);
const ids = (page: SearchPage) => page.hits.map((h) => h.articleId);

/** The text each highlight covers, in the article's canonical text. */
function highlighted(library: Library, page: SearchPage): string[] {
  return page.hits.flatMap((hit) => {
    const text = Array.from(canonicalText(getArticle(library.db, hit.articleId).blocks));
    return hit.passages.flatMap((p) =>
      p.ranges.map(([s, e]) => text.slice(p.start + s, p.start + e).join('')),
    );
  });
}

function draft(title: string, ...paragraphs: string[]): ArticleDraft {
  return {
    title,
    source: null,
    author: null,
    publishedAt: null,
    blocks: paragraphs.map((text) => ({ kind: 'paragraph', text })),
  };
}

function libraryOf(...drafts: ArticleDraft[]): Library {
  const library = openLibrary({ dataDir: tempDir() });
  drafts.forEach((d, i) => upsertArticle(library.db, `test:${i}`, `h${i}`, d));
  return library;
}

beforeAll(() => {
  seeds = openLibrary({ dataDir: tempDir(), seedDir: SEED_DIR });
});
afterAll(() => seeds.close());

describe('searchLibrary on the seed articles', () => {
  it('finds transliteration variants, exact spellings first', () => {
    const page = search('Majilis ');
    expect(page.total).toBe(5);
    expect(page.hits[0]).toMatchObject({
      title: 'Kazakhstan needs parties with high responsibility, President',
      tier: 0,
    });
    expect(page.hits.slice(1).every((h) => h.tier === 1)).toBe(true);
    expect(new Set(highlighted(seeds, page))).toEqual(new Set(['Majilis', 'Mazhilis']));
    expect(page.expansions).toEqual([{ term: 'Majilis', matches: ['majilis', 'mazhilis'], prefix: false }]);
    expect(search('Tokaev ').total).toBe(5);
    expect(search('Tokaev ').expansions[0]?.matches).toContain('tokayev');
  });

  it('forgives one slip in a word of 5–8 letters and two beyond, none up to 4', () => {
    expect(search('Akrda ').total).toBeGreaterThan(0);
    expect(search('parliamnet ').total).toBe(search('parliament ').total);
    expect(search('modrenizaton ').expansions[0]?.matches).toContain('modernization');
    expect(search('snate ').expansions[0]?.matches).toContain('senate');
    expect(search('akrd ').total).toBe(0);
  });

  it('ranks exact matches above fuzzy ones, and says which tier each hit is', () => {
    const page = search('Maslikhats ');
    const firstFuzzy = page.hits.findIndex((h) => h.tier > 0);
    expect(firstFuzzy).toBeGreaterThan(0);
    expect(page.hits.slice(firstFuzzy).every((h) => h.tier > 0)).toBe(true);
    expect(page.hits.map((h) => h.score)).toEqual([...page.hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('completes the word being typed', () => {
    const page = search('maslik');
    expect(page.total).toBe(5);
    expect(highlighted(seeds, page).map((t) => t.toLowerCase())).toEqual(
      expect.arrayContaining(['maslikhats', 'maslikhat']),
    );
    expect(search('maslik ').total).toBe(0);
  });

  it('folds case, diacritics, hyphens and soft hyphens', () => {
    for (const q of [
      'debureaucratization ',
      'DE-BUREAUCRATIZATION ',
      'de‐bureaucratization ',
      'de\u00ADbureaucratization ',
      'débureaucratization ',
    ]) {
      const page = search(q);
      expect(titles(page), q).toEqual([
        'Kazakhstan is Only Country in Geopolitical Environment Implementing Profound Reforms, President Tokayev Says',
      ]);
      expect(highlighted(seeds, page), q).toEqual(['de-bureaucratization']);
    }
  });

  it('matches quoted phrases with straight or curly quotes', () => {
    const straight = search('"different opinions, but one nation"');
    expect(straight.total).toBe(1);
    expect(highlighted(seeds, straight)[0]).toBe('different opinions, but one nation');
    expect(ids(search('“one nation”'))).toEqual(ids(straight));
    expect(search('"nation one"').total).toBe(0);
  });

  it('leaves out articles with an excluded word', () => {
    const all = search('parliament ');
    const without = search('parliament -senate ');
    expect(without.total).toBeGreaterThan(0);
    expect(without.total).toBeLessThan(all.total);
    for (const id of ids(without)) expect(ids(search('senate ')).includes(id)).toBe(false);
  });

  it('filters by source, author and year, forgiving typos in names', () => {
    expect(titles(search('source:kazinform'))).toEqual([
      'Kazakhstan needs parties with high responsibility, President',
    ]);
    expect(titles(search('source:kazimform'))).toEqual([
      'Kazakhstan needs parties with high responsibility, President',
    ]);
    expect(search('source:"astana times" senate ').total).toBe(1);
    expect(search('-source:"astana times" senate ').total).toBe(2);
    expect(search('year:2023 party').total).toBe(1);
    expect(search('year:2020..2022 party').total).toBe(0);
  });

  it('reports unknown and unreadable filters and still searches', () => {
    const page = search('colour:red lang:en year:soon has:everything senate ');
    expect(page.ignoredFilters).toEqual([
      { filter: 'colour:red', reason: 'unknown' },
      { filter: 'lang:en', reason: 'unknown' },
      { filter: 'has:everything', reason: 'invalid' },
      { filter: 'year:soon', reason: 'invalid' },
    ]);
    expect(page.total).toBe(search('senate ').total);
  });

  it('returns passages whose offsets point into the canonical text, never whole bodies', () => {
    const page = search('Tokayev elections');
    expect(page.hits.length).toBeGreaterThan(0);
    for (const hit of page.hits) {
      const text = Array.from(canonicalText(getArticle(seeds.db, hit.articleId).blocks));
      expect(hit.passages.length).toBeGreaterThan(0);
      expect(hit.passages.length).toBeLessThanOrEqual(3);
      for (const p of hit.passages) {
        expect(text.slice(p.start, p.end).join('')).toBe(p.snippet);
        expect(p.end - p.start).toBeLessThanOrEqual(240);
        for (const [s, e] of p.ranges)
          expect(['tokayev', 'election', 'elections']).toContain(
            Array.from(p.snippet).slice(s, e).join('').toLowerCase(),
          );
      }
    }
  });

  it('highlights the title', () => {
    const hit = search('Senate meeting ').hits.find((h) => h.title.startsWith('President Tokayev Calls'));
    expect(hit?.titleRanges.map(([s, e]) => hit.title.slice(s, e))).toEqual(['Senate', 'Meeting']);
  });

  it('echoes seq and pages consistently', () => {
    expect(search('senate', { seq: 42 }).seq).toBe(42);
    const all = ids(search('the ', { limit: 5 }));
    const paged = [
      ...ids(search('the ', { limit: 2 })),
      ...ids(search('the ', { limit: 2, offset: 2 })),
      ...ids(search('the ', { limit: 2, offset: 4 })),
    ];
    expect(paged).toEqual(all);
    expect(search('the ', { limit: 2, offset: 4 }).total).toBe(5);
  });

  it('keeps the results stable while a word is typed', () => {
    const final = new Set(ids(search('mazhilis ')).slice(0, 4));
    for (const typed of ['mazh', 'mazhi', 'mazhil', 'mazhili', 'mazhilis']) {
      const shown = new Set(ids(search(typed)).slice(0, 4));
      expect(shown, typed).toEqual(final);
    }
  });

  it('returns an empty page for a query with nothing to find', () => {
    for (const q of ['', '   ', '– …', 'source:']) expect(search(q)).toMatchObject({ total: 0, hits: [] });
    expect(search('zzzzqqq ').total).toBe(0);
  });
});

describe('searchLibrary ranking', () => {
  it('ranks a title match above body matches', () => {
    const library = libraryOf(
      draft('Budget hearings', 'Steppe eagles were seen near the river. The committee met on Monday.'),
      draft('Steppe eagles return', 'Birdwatchers counted more nests this spring than last.'),
      draft('Regional news', 'A note on steppe eagles and the weather, and other matters of the week.'),
    );
    expect(titles(search('eagles ', {}, library))[0]).toBe('Steppe eagles return');
    library.close();
  });

  it('ranks every exact match above a fuzzy one however rare the fuzzy spelling', () => {
    const library = libraryOf(
      draft('Notes', 'Tokaev spoke once.'),
      draft(
        'President Tokayev at the Senate',
        'Tokayev said the reforms continue. Tokayev thanked the senators.',
      ),
      draft('Senate', 'The senate met. Tokayev attended.'),
    );
    const page = search('Tokayev ', {}, library);
    expect(titles(page)).toEqual(['President Tokayev at the Senate', 'Senate', 'Notes']);
    expect(page.hits.map((h) => h.tier)).toEqual([0, 0, 1]);
    library.close();
  });

  it('sees articles imported after the first search', () => {
    const library = libraryOf(draft('First', 'Nothing about birds here.'));
    expect(search('cormorant ', {}, library).total).toBe(0);
    upsertArticle(library.db, 'test:late', 'late', draft('Late', 'A cormorant dried its wings.'));
    expect(titles(search('cormorant ', {}, library))).toEqual(['Late']);
    expect(titles(search('cormorat ', {}, library))).toEqual(['Late']);
    library.close();
  });
});

describe('searchLibrary on a frequent word', () => {
  it('puts title matches first and still leaves out excluded words found only in the body', () => {
    const drafts = Array.from({ length: 1100 }, (_, i) =>
      i % 100 === 0
        ? draft(`Harvest report ${i}`, `Wheat and barley. ${i % 200 === 0 ? 'Locusts seen.' : ''}`)
        : draft(`Bulletin ${i}`, `The harvest was ${i % 2 === 0 ? 'early' : 'late'} this year.`),
    );
    const library = libraryOf(...drafts);
    const page = search('harvest ', { limit: 20 }, library);
    expect(page.total).toBe(1100);
    expect(page.hits.slice(0, 11).every((h) => h.title.startsWith('Harvest report'))).toBe(true);
    expect(page.hits.map((h) => h.score)).toEqual([...page.hits.map((h) => h.score)].sort((a, b) => b - a));
    const excluded = search('harvest -locusts ', { limit: 20 }, library);
    expect(excluded.total).toBe(1094);
    expect(excluded.hits.slice(0, 5).map((h) => h.title)).toEqual(
      expect.arrayContaining(['Harvest report 100']),
    );
    expect(excluded.hits.some((h) => h.title === 'Harvest report 0')).toBe(false);
    library.close();
  });
});
