import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGloss, waitForArticle, waitForLibrary } from './harness';

const gloss = useGloss();

const rowTitles = (page: Page): Promise<string[]> => page.locator('.article-row__title').allTextContents();
const focusedText = (page: Page): Promise<string | null> =>
  page.evaluate(() => document.activeElement?.textContent ?? null);

describe('library', () => {
  it('lists the five seed articles, newest first, with their metadata', async () => {
    const { page } = await gloss.open();
    await expect.poll(() => page.locator('.article-row').count()).toBe(5);
    expect(await page.locator('.app-header__stats').textContent()).toBe('5 articles');

    const first = page.locator('.article-row').first();
    expect(await first.locator('.article-row__title').textContent()).toBe(
      'Kazakhstan needs parties with high responsibility, President',
    );
    const meta = await first.locator('.article-row__meta').textContent();
    expect(meta).toContain('Kazinform');
    expect(meta).toContain('26 Jan 2023');
    expect(meta).toMatch(/\d+ words/);
    expect(meta).toMatch(/\d+ min read/);
    // Undated articles say so, after the dated one.
    expect(await page.locator('.article-row .meta-undated').count()).toBe(4);

    expect(await page.evaluate(() => performance.getEntriesByName('gloss:library-painted').length)).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.locator('header').count()).toBeGreaterThan(0);
    expect(await page.locator('main:visible').count()).toBe(1);
  });

  it('sorts by title, reverses, and remembers the order', async () => {
    const { page } = await gloss.open();
    const byDate = await rowTitles(page);
    await page.getByRole('button', { name: /^Sort by title/ }).click();
    await expect.poll(() => rowTitles(page)).toEqual([...byDate].sort((a, b) => a.localeCompare(b)));
    await page.getByRole('button', { name: /^Sorted by title/ }).click();
    await expect.poll(() => rowTitles(page)).toEqual([...byDate].sort((a, b) => b.localeCompare(a)));

    await page.reload();
    await waitForLibrary(page);
    await expect.poll(() => rowTitles(page)).toEqual([...byDate].sort((a, b) => b.localeCompare(a)));
    await page.getByRole('button', { name: /^Sort by date/ }).click();
    await expect.poll(() => rowTitles(page)).toEqual(byDate);
  });

  it('moves with j/k and arrows, opens with Enter, goes on with ] and back with Esc', async () => {
    // A short window, so the list scrolls and its scroll can be restored.
    const { page } = await gloss.open({ viewport: { width: 1000, height: 420 } });
    const titles = await rowTitles(page);

    await page.keyboard.press('j');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('j');
    await page.keyboard.press('k');
    expect(await focusedText(page)).toBe(titles[2]);
    // Focus is visible on the selected row.
    const outline = await page.evaluate(() => {
      const row = document.querySelector('.article-row[data-selected]');
      return row ? getComputedStyle(row).outlineStyle : null;
    });
    expect(outline).toBe('solid');

    const libraryScroll = await page.evaluate(() => window.scrollY);
    expect(libraryScroll).toBeGreaterThan(0);

    await page.keyboard.press('Enter');
    await waitForArticle(page, titles[2]);
    await page.evaluate(() => window.scrollTo(0, 300));
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
    expect(await page.evaluate(() => window.scrollY)).toBe(libraryScroll);
    expect(await focusedText(page)).toBe(titles[2]);

    await page.keyboard.press('Enter');
    await waitForArticle(page, titles[2]);
    await page.keyboard.press(']');
    await waitForArticle(page, titles[3]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press('n');
    await waitForArticle(page, titles[4]);
    // The last article has no next: ] stays put.
    await page.keyboard.press(']');
    await page.keyboard.press('p');
    await waitForArticle(page, titles[3]);
    await page.keyboard.press('Alt+ArrowLeft');
    await waitForArticle(page, titles[2]);
    await page.keyboard.press('Alt+ArrowRight');
    await waitForArticle(page, titles[3]);
    await page.keyboard.press('b');
    await waitForLibrary(page);
    // Back in the library, the article last read is the selected row.
    expect(await focusedText(page)).toBe(titles[3]);
    await page.keyboard.press('Home');
    expect(await focusedText(page)).toBe(titles[0]);
    await page.keyboard.press('End');
    expect(await focusedText(page)).toBe(titles[4]);
  });

  it('opens an article with a click and comes back with the Library button', async () => {
    const { page } = await gloss.open();
    const titles = await rowTitles(page);
    await page.locator('.article-row').nth(1).click();
    await waitForArticle(page, titles[1]);
    expect(await page.title()).toBe(`${titles[1]} — Gloss`);
    await page.getByRole('button', { name: 'Library' }).click();
    await waitForLibrary(page);
    expect(await page.title()).toBe('Gloss');
  });
});
