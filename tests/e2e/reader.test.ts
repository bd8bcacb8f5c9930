import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Preferences } from '../../shared/model/preferences';
import { BLOCK_SEPARATOR, codePointLength } from '../../shared/text/canonical';
import {
  callApi,
  scrollFractionOf,
  useGloss,
  waitForArticle,
  waitForLibrary,
  waitForSavedPreferences,
} from './harness';

const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';
const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

const gloss = useGloss();

async function open(page: Page, title: string): Promise<void> {
  await page.locator('.article-row__open', { hasText: title }).click();
  await waitForArticle(page, title);
}

const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const articleFontSize = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.querySelector('.article') ?? document.body).fontSize);

describe('reader', () => {
  it('shows the Kazinform article clean, with its metadata', async () => {
    const { page } = await gloss.open();
    await open(page, KAZINFORM);

    const text = (await page.locator('body').textContent()) ?? '';
    expect(text.toLowerCase()).not.toContain('usd/kzt');
    expect(text).not.toContain('Currency rates');
    const meta = (await page.locator('.article__meta').textContent()) ?? '';
    expect(meta).toContain('Kazinform');
    expect(meta).toContain('Zhanna Nurmaganbetova');
    expect(meta).toContain('26 Jan 2023');
    expect(meta).toMatch(/\d+ min read/);
    expect(await page.locator('h1:visible').count()).toBe(1);
    expect(await page.evaluate(() => performance.getEntriesByName('gloss:article-painted').length)).toBe(1);
  });

  it('renders each block as its own element carrying its index and canonical offset', async () => {
    const { page } = await gloss.open();
    await open(page, SENATE);
    const blocks = await page.locator('.article__body > [data-block-index]').evaluateAll((elements) =>
      elements.map((e) => ({
        index: Number(e.getAttribute('data-block-index')),
        start: Number(e.getAttribute('data-start')),
        text: e.textContent,
        styled: e.hasAttribute('style'),
      })),
    );
    expect(blocks.length).toBeGreaterThan(10);
    blocks.forEach((block, i) => {
      expect(block.index).toBe(i);
      expect(block.styled).toBe(false);
      // Offsets count code points in the blocks' text joined by the separator.
      const previous = blocks[i - 1];
      const expected = previous
        ? previous.start + codePointLength(previous.text) + codePointLength(BLOCK_SEPARATOR)
        : 0;
      expect(block.start).toBe(expected);
    });
  });

  it('sets section headings as h2 and captions apart', async () => {
    const { page } = await gloss.open();
    await open(page, SENATE);
    const headings = await page.locator('.article__body h2').allTextContents();
    expect(headings).toContain('Formation of the multiparty system');
    expect(headings).toContain('Upcoming elections to the Mazhilis and the Maslikhats');
    const caption = page.locator('.block--caption').first();
    expect(await caption.textContent()).toContain('Photo credit: Akorda');
    const [captionSize, bodySize] = await page.evaluate(() => [
      parseFloat(getComputedStyle(document.querySelector('.block--caption') ?? document.body).fontSize),
      parseFloat(getComputedStyle(document.querySelector('.block--paragraph') ?? document.body).fontSize),
    ]);
    expect(captionSize).toBeLessThan(bodySize);
  });

  it('keeps the line to a comfortable measure', async () => {
    const { page } = await gloss.open();
    await open(page, SENATE);
    // Characters on each full line of the longest paragraph, measured from the laid-out text.
    const lineLengths = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll('.block--paragraph')];
      const longest = paragraphs.sort((a, b) => b.textContent.length - a.textContent.length)[0];
      const text = longest?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return [];
      const range = document.createRange();
      const lengths: number[] = [];
      let lineTop: number | null = null;
      let count = 0;
      for (let i = 0; i < (text.textContent ?? '').length; i++) {
        range.setStart(text, i);
        range.setEnd(text, i + 1);
        const top = Math.round(range.getBoundingClientRect().top);
        if (lineTop !== null && top > lineTop + 2) {
          lengths.push(count);
          count = 0;
        }
        lineTop = top;
        count++;
      }
      return lengths;
    });
    expect(lineLengths.length).toBeGreaterThan(3);
    const average = lineLengths.reduce((a, b) => a + b, 0) / lineLengths.length;
    expect(average).toBeGreaterThan(60);
    expect(average).toBeLessThan(78);
  });

  it('cycles the theme system → light → dark → system, and keeps it across a reload', async () => {
    const { page } = await gloss.open({ colorScheme: 'light' });
    const toggle = page.locator('[data-testid="theme-toggle"]:visible');
    expect(await page.getAttribute('html', 'data-theme')).toBe('light');
    const light = await background(page);

    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme-preference')).toBe('light');
    await toggle.click();
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    const dark = await background(page);
    expect(dark).not.toBe(light);

    await page.reload();
    await waitForLibrary(page);
    expect(await page.getAttribute('html', 'data-theme')).toBe('dark');
    expect(await background(page)).toBe(dark);

    await open(page, KAZINFORM);
    await page.keyboard.press('t');
    expect(await page.getAttribute('html', 'data-theme-preference')).toBe('system');
    expect(await background(page)).toBe(light);
    // Following the system again: a dark system makes it dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await expect.poll(() => page.getAttribute('html', 'data-theme')).toBe('dark');
  });

  it('changes the text size within its limits and keeps it across a reload', async () => {
    const { page } = await gloss.open();
    await open(page, KAZINFORM);
    expect(await articleFontSize(page)).toBe('19px');
    await page.locator('[data-testid="font-larger"]:visible').click();
    await page.keyboard.press('+');
    expect(await articleFontSize(page)).toBe('21px');

    await page.reload();
    await waitForArticle(page, KAZINFORM);
    expect(await articleFontSize(page)).toBe('21px');

    for (let i = 0; i < 12; i++) await page.keyboard.press('-');
    expect(await articleFontSize(page)).toBe('14px');
    expect(
      await page.locator('.view--reader').getByRole('button', { name: 'Smaller text' }).isDisabled(),
    ).toBe(true);
  });

  it('reopens the last article at the same place after a reload', async () => {
    const { page } = await gloss.open();
    await open(page, SENATE);
    const saved = waitForSavedPreferences(
      page,
      (patch) => typeof patch.lastScroll === 'number' && patch.lastScroll > 0.4,
    );
    await page.evaluate(() => {
      const range = document.documentElement.scrollHeight - window.innerHeight;
      window.scrollTo(0, range / 2);
    });
    await saved;

    await page.reload();
    await waitForArticle(page, SENATE);
    expect(await scrollFractionOf(page)).toBeCloseTo(0.5, 1);
    expect(Math.abs((await scrollFractionOf(page)) - 0.5)).toBeLessThan(0.02);

    // Back in the library, a reload shows the library.
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
    await page.reload();
    await waitForLibrary(page);
    expect(await page.locator('.view--reader').count()).toBe(0);
  });

  it('shows the library when the last article is gone', async () => {
    const { page, host } = await gloss.open();
    await callApi(host, 'updatePreferences', { lastArticleId: randomUUID(), lastScroll: 0.3 });
    await page.reload();
    await waitForLibrary(page);
    expect(await page.locator('.view--reader').count()).toBe(0);
    await expect
      .poll(async () => (await callApi<Preferences>(host, 'getPreferences')).lastArticleId)
      .toBeNull();
  });
});
