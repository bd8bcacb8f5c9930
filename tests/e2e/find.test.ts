import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGloss, waitForArticle, waitForLibrary } from './harness';

/** The seed article that writes "de-bureaucratization". */
const REFORMS =
  'Kazakhstan is Only Country in Geopolitical Environment Implementing Profound Reforms, President Tokayev Says';

const gloss = useGloss();

async function openReforms(): Promise<Page> {
  const { page } = await gloss.open();
  await page.locator('.article-row__open', { hasText: REFORMS }).click();
  await waitForArticle(page, REFORMS);
  return page;
}

const count = (page: Page) => page.locator('.find-bar__count').textContent();

/** Types into the find box (replacing what is there) and waits for its count. */
async function find(page: Page, query: string): Promise<void> {
  await page.locator('.find-bar__input').fill('');
  await page.keyboard.type(query);
}

/** The text of each range of a named CSS highlight, or null when none is registered. */
function highlightTexts(page: Page, name: string): Promise<string[] | null> {
  return page.evaluate((highlightName) => {
    const highlight = CSS.highlights.get(highlightName);
    if (!highlight) return null;
    return [...highlight].map((r) => {
      const range = document.createRange();
      range.setStart(r.startContainer, r.startOffset);
      range.setEnd(r.endContainer, r.endOffset);
      return range.toString();
    });
  }, name);
}

/** The current match's box against the viewport. */
function currentBox(page: Page) {
  return page.evaluate(() => {
    const [range] = [...(CSS.highlights.get('gloss-find-current') ?? [])];
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const rect = live.getBoundingClientRect();
    return { top: rect.top, bottom: rect.bottom, viewport: window.innerHeight, scrollY: window.scrollY };
  });
}

describe('find in article', () => {
  it('finds a hyphenated word with or without its hyphen, and Esc clears it', async () => {
    const page = await openReforms();
    await page.keyboard.press('Control+f');
    const box = page.locator('.find-bar__input');
    await box.waitFor();
    expect(await box.evaluate((e) => e === document.activeElement)).toBe(true);

    await find(page, 'debureaucratization');
    expect(await count(page)).toBe('1 of 1');
    expect(await highlightTexts(page, 'gloss-find-current')).toEqual(['de-bureaucratization']);
    const box1 = await currentBox(page);
    expect(box1?.top ?? -1).toBeGreaterThan(56);
    expect(box1?.bottom ?? Infinity).toBeLessThan(box1?.viewport ?? 0);

    await find(page, 'DE-BUREAUCRATIZATION');
    expect(await count(page)).toBe('1 of 1');
    expect(await highlightTexts(page, 'gloss-find')).toEqual(['de-bureaucratization']);

    await find(page, 'bureaucratisation');
    expect(await count(page)).toBe('No matches');
    expect(await page.evaluate(() => CSS.highlights.has('gloss-find-current'))).toBe(false);

    await page.keyboard.press('Escape');
    expect(await page.locator('.find-bar').count()).toBe(0);
    expect(
      await page.evaluate(() => CSS.highlights.has('gloss-find') || CSS.highlights.has('gloss-find-current')),
    ).toBe(false);
    // Esc closed the bar only: the article is still open.
    expect(await page.locator('.article__title').textContent()).toBe(REFORMS);
  });

  it('steps through matches with Enter, Shift+Enter, F3 and the buttons, keeping the current one in view', async () => {
    const page = await openReforms();
    await page.keyboard.press('Control+f');
    await find(page, 'reforms');
    const all = (await highlightTexts(page, 'gloss-find')) ?? [];
    expect(all.length).toBeGreaterThanOrEqual(3);
    for (const text of all) expect(text.toLowerCase()).toBe('reforms');
    const n = all.length;
    expect(await count(page)).toBe(`1 of ${n}`);

    const positions: number[] = [];
    const where = async (): Promise<number> => {
      const b = await currentBox(page);
      expect(b).not.toBeNull();
      // Always on screen, below the header.
      expect(b?.top ?? -1).toBeGreaterThan(56);
      expect(b?.bottom ?? Infinity).toBeLessThan(b?.viewport ?? 0);
      return (b?.top ?? 0) + (b?.scrollY ?? 0);
    };
    positions.push(await where());

    await page.keyboard.press('Enter');
    expect(await count(page)).toBe(`2 of ${n}`);
    positions.push(await where());
    await page.keyboard.press('F3');
    expect(await count(page)).toBe(`3 of ${n}`);
    positions.push(await where());
    expect(positions[1]).toBeGreaterThan(positions[0] ?? Infinity);
    expect(positions[2]).toBeGreaterThan(positions[1] ?? Infinity);

    await page.keyboard.press('Shift+Enter');
    expect(await count(page)).toBe(`2 of ${n}`);
    expect(await where()).toBe(positions[1]);
    await page.keyboard.press('Shift+F3');
    await page.keyboard.press('Shift+F3');
    // Before the first comes the last.
    expect(await count(page)).toBe(`${n} of ${n}`);
    await page.locator('.find-bar__button[aria-label="Next match"]').click();
    expect(await count(page)).toBe(`1 of ${n}`);
    // The buttons leave the focus in the box.
    expect(await page.locator('.find-bar__input').evaluate((e) => e === document.activeElement)).toBe(true);

    // Typing more narrows the matches as it goes (the word being typed is a prefix).
    await find(page, 'reform');
    const prefixCount = Number((await count(page))?.split(' of ')[1]);
    expect(prefixCount).toBeGreaterThanOrEqual(n);
  });

  it('closes on Esc from the page before Esc goes back, and reopens with its last query', async () => {
    const page = await openReforms();
    await page.keyboard.press('Control+f');
    await find(page, 'Mazhilis');
    expect(await count(page)).toBe('1 of 2');
    // Focus back on the page, then Esc: the bar closes, the article stays.
    await page.locator('.article__title').click();
    await page.keyboard.press('Escape');
    expect(await page.locator('.find-bar').count()).toBe(0);
    expect(await page.locator('.article__title').textContent()).toBe(REFORMS);

    await page.keyboard.press('Control+f');
    expect(await page.locator('.find-bar__input').inputValue()).toBe('Mazhilis');
    expect(
      await page
        .locator('.find-bar__input')
        .evaluate((e: HTMLInputElement) => (e.selectionEnd ?? 0) - (e.selectionStart ?? 0)),
    ).toBe(8);
    expect(await count(page)).toBe('1 of 2');
    await page.locator('.find-bar__button[aria-label="Close find"]').click();
    expect(await page.locator('.find-bar').count()).toBe(0);
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
  });
});
