import { describe, expect, it } from 'vitest';
import type { SearchPage } from '../../../shared/model/search';
import { useTempDirs } from '../../../tests/helpers/tempDir';
import { createAnnotation } from '../../main/annotations/annotationRepo';
import { articleIdByTitle, rangeOf, TOKAYEV_STAGE } from '../../main/annotations/testSupport';
import { openLibrary } from '../../main/library';
import { runCli } from '../index';

const tempDir = useTempDirs();

async function cli(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(argv, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('gloss search', () => {
  it('prints ranked articles with scores, ids, passages and highlights', async () => {
    const res = await cli('search', 'Majilis elections', '--limit', '2', '--data-dir', tempDir());
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^5 articles match "Majilis elections" \(1–2 shown, [\d.]+ ms\)/u);
    expect(res.out).toMatch(/Majilis → majilis, mazhilis/u);
    expect(res.out).toMatch(
      / {2}1\. Kazakhstan needs parties with high responsibility, President {3}\(score \d+\.\d\d\)/u,
    );
    expect(res.out).toMatch(/Kazinform · 2023-01-26 · [0-9a-f-]{36}/u);
    expect(res.out).toMatch(/\[block \d+, \d+–\d+\] .*\*\*Majilis\*\*/u);
    expect(res.out).not.toMatch(/ {2}3\. /u);
  });

  it('prints the page as JSON for scripts', async () => {
    const res = await cli('search', '"one nation"', '--json', '--data-dir', tempDir());
    expect(res.code).toBe(0);
    const page = JSON.parse(res.out) as SearchPage;
    expect(page.total).toBe(1);
    expect(page.hits[0]?.passages[0]?.snippet).toContain('one nation');
    expect(page.hits[0]?.passages[0]?.ranges.length).toBeGreaterThan(0);
  });

  it('prints matching highlights and notes after the articles', async () => {
    const dataDir = tempDir();
    expect((await cli('search', 'senate', '--data-dir', dataDir)).code).toBe(0);
    const library = openLibrary({ dataDir });
    try {
      const articleId = articleIdByTitle(library.db, TOKAYEV_STAGE);
      createAnnotation(library.db, {
        articleId,
        ...rangeOf(library.db, articleId, 'Senate meeting'),
        color: 'orange',
        note: 'Serendipitous timing',
        tags: ['politics'],
      });
    } finally {
      library.close();
    }
    const res = await cli('search', 'serendipitus', '--data-dir', dataDir);
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^1 highlight or note matches$/mu);
    expect(res.out).toMatch(
      / {2}1\. \[\w[^\]]*\] in "President Tokayev: Kazakhstan enters new development stage"/u,
    );
    expect(res.out).toMatch(/annotation [0-9a-f-]{36} · article [0-9a-f-]{36} · \d+–\d+ · tags politics/u);
    expect(res.out).toMatch(/quote: Senate meeting/u);
    expect(res.out).toMatch(/note: {2}\*\*Serendipitous\*\* timing/u);
    const onlyFilter = await cli('search', 'color:orange', '--json', '--data-dir', dataDir);
    expect((JSON.parse(onlyFilter.out) as SearchPage).annotations.total).toBe(1);
  });

  it('says when nothing matches', async () => {
    const res = await cli('search', 'zzzqqq', '--data-dir', tempDir());
    expect(res.code).toBe(0);
    expect(res.out).toMatch(/^0 articles match "zzzqqq" \(none shown/u);
  });

  it.each([
    [['search', '--limit', '0', 'senate'], /--limit must be a whole number from 1 to 50, not "0"/],
    [['search', '--limit', 'many', 'senate'], /--limit must be a whole number/],
    [['search', '--limit', '51', 'senate'], /--limit must be a whole number/],
    [['search'], /search needs a query/],
  ])('exits 2 with usage on bad input %j', async (argv, message) => {
    const res = await cli(...argv, '--data-dir', tempDir());
    expect(res.code).toBe(2);
    expect(res.err).toMatch(message);
    expect(res.err).toMatch(/Usage: npm run gloss/);
  });
});
