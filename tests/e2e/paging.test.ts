/** A library longer than one page (the list loads 100 rows at a time). */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ArticlePage } from '../../shared/model/article';
import { callApi, useGloss, waitForArticle, waitForLibrary } from './harness';

const ARTICLES = 130;
const title = (n: number): string => `Dispatch number ${String(n).padStart(3, '0')} from the steppe`;

const gloss = useGloss();
let seedDir: string;

beforeAll(() => {
  seedDir = mkdtempSync(join(tmpdir(), 'gloss-e2e-seeds-'));
  for (let n = 1; n <= ARTICLES; n++) {
    const body = Array.from(
      { length: 6 },
      (_, p) =>
        `Paragraph ${p + 1} of dispatch ${n}. The wind came over the plain and the town went about its business, as towns do.`,
    ).join('\n\n');
    writeFileSync(join(seedDir, `${String(n).padStart(3, '0')}.txt`), `${title(n)}\n\n${body}\n`);
  }
});
afterAll(() => {
  rmSync(seedDir, { recursive: true, force: true });
});

async function start(): Promise<Page> {
  const { page } = await gloss.open({ seedDir });
  // Title order, A to Z, so row n is dispatch n.
  await page.getByRole('button', { name: /^Sort by title/ }).click();
  await page.waitForFunction(
    (first) => document.querySelector('.article-row__title')?.textContent === first,
    title(1),
  );
  return page;
}

const rowCount = (page: Page): Promise<number> => page.locator('.article-row').count();

describe('a long library', () => {
  it('shows the first page, then the rest as the list scrolls', async () => {
    const page = await start();
    expect(await rowCount(page)).toBe(100);
    expect(await page.locator('.app-header__stats').textContent()).toBe(`${ARTICLES} articles`);
    expect(await page.getByRole('button', { name: /Load more/ }).textContent()).toContain('100 of 130');
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => rowCount(page)).toBe(ARTICLES);
    expect(await page.getByRole('button', { name: /Load more/ }).count()).toBe(0);
  });

  it('goes to the next article across the end of a page, and finds an article beyond the first page', async () => {
    const page = await start();
    const { host } = gloss.session;
    const all = await callApi<ArticlePage>(host, 'listArticles', {
      sort: 'title',
      direction: 'asc',
      limit: 500,
    });
    const idOf = (n: number): string => all.items[n - 1]?.id ?? '';

    // Reopen on dispatch 100: the (hidden) library has loaded one page, which ends there.
    await callApi(host, 'updatePreferences', { lastArticleId: idOf(100), lastScroll: 0 });
    await page.reload();
    await waitForArticle(page, title(100));
    expect(await page.locator('.article-row').count()).toBe(100);
    await page.keyboard.press(']');
    await waitForArticle(page, title(101));

    // Reopen on dispatch 120, not among the first 100 rows: [ still finds the one before it.
    await callApi(host, 'updatePreferences', { lastArticleId: idOf(120), lastScroll: 0 });
    await page.reload();
    await waitForArticle(page, title(120));
    await page.keyboard.press('[');
    await waitForArticle(page, title(119));

    // Back in the library, the row is selected and focused, and j goes on from it.
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title(119));
    await page.keyboard.press('j');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(title(120));
  });
});
