import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { annotate, articleByTitle, useGloss, waitForArticle, waitForLibrary } from './harness';

const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';
const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

const gloss = useGloss();

const notebook = (page: Page) => page.locator('.view--notebook:not([hidden])');
const quotes = (page: Page): Promise<string[]> =>
  notebook(page).locator('.notebook-item__quote').allTextContents();

describe('notebook', () => {
  it('gathers every highlight, filters by colour, tag, article and text, and opens one in its article', async () => {
    const { page, host } = await gloss.open();
    const kazinform = await articleByTitle(host, KAZINFORM);
    const senate = await articleByTitle(host, SENATE);
    await annotate(host, kazinform, 'political parties with high responsibility', 'yellow', {
      note: 'Parties matter',
      tags: ['democracy'],
    });
    await annotate(host, kazinform, 'honest competition', 'red', { tags: ['elections'] });
    const unity = await annotate(host, senate, 'different opinions, but one nation', 'blue', {
      note: 'Unity, or *démocratie*?',
      tags: ['Democracy', 'unity'],
    });

    await page.getByRole('button', { name: 'Notebook' }).click();
    await notebook(page).waitFor();
    await expect.poll(() => quotes(page)).toHaveLength(3);
    expect(await notebook(page).locator('.notebook__count').textContent()).toBe('3 highlights in 2 articles');
    // Newest first by default.
    expect((await quotes(page))[0]).toBe('different opinions, but one nation');

    const filters = notebook(page).locator('.notebook-filters');
    await filters.locator('.color-filter__option[data-color="red"]').click();
    expect(await quotes(page)).toEqual(['honest competition']);
    expect(await notebook(page).locator('.notebook__count').textContent()).toBe('1 of 3 highlights');
    await filters.locator('.color-filter__option[data-color="red"]').click();

    await filters.getByLabel('Tag', { exact: true }).selectOption('democracy');
    expect((await quotes(page)).sort()).toEqual([
      'different opinions, but one nation',
      'political parties with high responsibility',
    ]);
    await filters.getByLabel('Article', { exact: true }).selectOption(senate.id);
    expect(await quotes(page)).toEqual(['different opinions, but one nation']);
    await filters.getByLabel('Tag', { exact: true }).selectOption('');
    await filters.getByLabel('Article', { exact: true }).selectOption('');

    // Text matches quote, note and tags, case and accents aside.
    await page.keyboard.press('/');
    await page.keyboard.type('DEMOCRATIE');
    expect(await quotes(page)).toEqual(['different opinions, but one nation']);
    await filters.getByRole('searchbox').fill('nowhere at all');
    await notebook(page).getByText('No highlights match.').waitFor();
    await notebook(page).getByRole('button', { name: 'Clear the filters' }).click();
    await expect.poll(() => quotes(page)).toHaveLength(3);

    // By article: grouped under each title, in text order.
    await filters.getByLabel('Order', { exact: true }).selectOption('article');
    expect(await notebook(page).locator('.notebook-group__title').allTextContents()).toEqual([
      KAZINFORM,
      SENATE,
    ]);
    expect(await quotes(page)).toEqual([
      'political parties with high responsibility',
      'honest competition',
      'different opinions, but one nation',
    ]);

    // Opening one opens its article at it; back returns to the notebook as it was.
    await notebook(page).locator(`[data-annotation-id="${unity.id}"] .notebook-item__open`).click();
    await waitForArticle(page, SENATE);
    await page.waitForFunction(() => {
      const current = CSS.highlights.get('gloss-current');
      return current !== undefined && current.size === 1;
    });
    expect(await page.locator('.view--reader .control--labelled').first().textContent()).toBe('Notebook');
    await page.keyboard.press('Escape');
    await notebook(page).waitFor();
    expect(await notebook(page).locator('.notebook-group__title').count()).toBe(2);
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
  });

  it('opens with g n or Ctrl+Shift+N from the library and the reader, empty at first', async () => {
    const { page } = await gloss.open();
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await notebook(page).waitFor();
    await notebook(page).getByText('No highlights yet.').waitFor();
    await page.keyboard.press('Escape');
    await waitForLibrary(page);

    await page.keyboard.press('Control+Shift+N');
    await notebook(page).waitFor();
    await page.keyboard.press('b');
    await waitForLibrary(page);

    await page.locator('.article-row__open', { hasText: KAZINFORM }).click();
    await waitForArticle(page, KAZINFORM);
    // g then n is the notebook, not the next article.
    await page.keyboard.press('g');
    await page.keyboard.press('n');
    await notebook(page).waitFor();
    expect(await page.locator('.view--reader').count()).toBe(0);
  });
});
