import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { useGloss, waitForArticle, waitForLibrary } from './harness';

const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';
const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

const gloss = useGloss();

const input = (page: Page) => page.locator('.search-panel__input');

/** Types a query into the open panel and waits until the results painted are for all of it. */
async function search(page: Page, query: string): Promise<void> {
  await input(page).fill('');
  await page.keyboard.type(query);
  await page.waitForFunction(() => {
    const marks = (name: string) =>
      performance.getEntriesByName(name).map((e) => ((e as PerformanceMark).detail as { seq: number }).seq);
    const typed = Math.max(0, ...marks('gloss:search-input'));
    return marks('gloss:search-painted').includes(typed);
  });
}

async function panelOpen(page: Page): Promise<boolean> {
  return page.evaluate(() => document.querySelector<HTMLDialogElement>('.search-dialog')?.open === true);
}

/** The results as shown: per article, its title, source and passages (marks in [brackets]). */
function shownResults(page: Page) {
  return page.locator('.search-hit').evaluateAll((groups) =>
    groups.map((group) => {
      const bracket = (element: Element) =>
        [...element.childNodes]
          .map((n) =>
            n instanceof HTMLElement && n.tagName === 'MARK' ? `[${n.textContent}]` : n.textContent,
          )
          .join('');
      const title = group.querySelector('.search-hit__title');
      return {
        title: title?.textContent ?? '',
        source: group.querySelector('.meta-source')?.textContent ?? null,
        titleOptions: group.querySelectorAll('.search-option--title').length,
        passages: [...group.querySelectorAll('.search-passage')].map(bracket),
      };
    }),
  );
}

/** The text of each range of a named CSS highlight. */
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

describe('library search', () => {
  it('finds a misspelled word, groups results by article with marks, and opens a passage in place', async () => {
    const { page } = await gloss.open();
    await page.keyboard.press('Control+k');
    expect(await panelOpen(page)).toBe(true);
    expect(await input(page).evaluate((e) => e === document.activeElement)).toBe(true);
    // The empty box shows what search can do.
    expect(await page.locator('.search-empty').textContent()).toContain('Search every article');
    expect(await page.locator('.search-help').textContent()).toMatch(
      /"phrase".*-word.*source:.*author:.*year:/,
    );

    await search(page, 'Majilis');
    const results = await shownResults(page);
    expect(results.length).toBeGreaterThanOrEqual(4);
    // One group per article, its title once, one to three passages.
    expect(new Set(results.map((r) => r.title)).size).toBe(results.length);
    for (const r of results) {
      expect(r.titleOptions).toBe(1);
      expect(r.passages.length).toBeGreaterThanOrEqual(1);
      expect(r.passages.length).toBeLessThanOrEqual(3);
      for (const p of r.passages) expect(p).toMatch(/\[(Majilis|Mazhilis)\]/);
    }
    expect(
      results.filter((r) => r.passages.some((p) => p.includes('[Mazhilis]'))).length,
    ).toBeGreaterThanOrEqual(3);
    expect(await page.locator('.search-status').textContent()).toContain('also matches Mazhilis');
    // Marks are elements built from the ranges, never markup from the text.
    expect(
      await page
        .locator('.search-passage mark')
        .first()
        .evaluate((m) => m.children.length),
    ).toBe(0);

    // Down to the third article's second passage (title 0, its passages, …).
    const target = page.locator('.search-hit').nth(2).locator('.search-option--passage').nth(1);
    const targetId = await target.getAttribute('id');
    const expectedTitle = results[2]?.title ?? '';
    for (let i = 0; i < 20; i++) {
      if ((await input(page).getAttribute('aria-activedescendant')) === targetId) break;
      await page.keyboard.press('ArrowDown');
    }
    expect(await input(page).getAttribute('aria-activedescendant')).toBe(targetId);
    expect(await target.getAttribute('aria-selected')).toBe('true');
    const snippet = (await target.textContent())?.replace(/…/g, '').trim() ?? '';

    await page.keyboard.press('Enter');
    await waitForArticle(page, expectedTitle);
    expect(await panelOpen(page)).toBe(false);

    // The matched words are highlighted, and the chosen passage is on screen.
    await page.waitForFunction(() => (CSS.highlights.get('gloss-search')?.size ?? 0) > 0);
    const marked = (await highlightTexts(page, 'gloss-search')) ?? [];
    expect(marked.length).toBeGreaterThanOrEqual(2);
    for (const text of marked) expect(text.toLowerCase()).toMatch(/^(majilis|mazhilis)$/);
    const passageBox = await page.evaluate((text) => {
      const block = [...document.querySelectorAll('.article__body [data-start]')].find((b) =>
        b.textContent.includes(text.slice(0, 60)),
      );
      const rect = block?.getBoundingClientRect();
      return rect
        ? { top: rect.top, bottom: rect.bottom, height: window.innerHeight, scrollY: window.scrollY }
        : null;
    }, snippet);
    expect(passageBox).not.toBeNull();
    expect(passageBox?.scrollY ?? 0).toBeGreaterThan(0);
    expect(passageBox?.top ?? -1).toBeGreaterThan(56);
    expect(passageBox?.top ?? Infinity).toBeLessThan((passageBox?.height ?? 0) * 0.75);

    // Esc: back to the library, where the search started.
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
    expect(await page.evaluate(() => CSS.highlights.has('gloss-search'))).toBe(false);

    // Every keystroke was answered, and the painted answers only ever moved forward.
    const marks = await page.evaluate(() => ({
      input: performance
        .getEntriesByName('gloss:search-input')
        .map((e) => ((e as PerformanceMark).detail as { seq: number }).seq),
      painted: performance
        .getEntriesByName('gloss:search-painted')
        .map((e) => ((e as PerformanceMark).detail as { seq: number }).seq),
    }));
    expect(marks.input).toEqual(marks.input.map((_, i) => i + 1));
    expect(marks.painted).toEqual([...marks.painted].sort((a, b) => a - b));
    expect(marks.painted.at(-1)).toBe(marks.input.at(-1));
  });

  it('shows what a misspelling was taken to mean, and Esc returns to the article and place left', async () => {
    const { page } = await gloss.open();
    await page.locator('.article-row__open', { hasText: SENATE }).click();
    await waitForArticle(page, SENATE);
    await page.evaluate(() =>
      window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.4),
    );
    await page.waitForTimeout(150);
    const before = await page.evaluate(() => window.scrollY);
    expect(before).toBeGreaterThan(200);

    await page.keyboard.press('/');
    expect(await panelOpen(page)).toBe(true);
    await search(page, 'Tokaev');
    expect(await page.locator('.search-status__note--correction').textContent()).toMatch(
      /Showing results for Tokayev.*you typed Tokaev/,
    );
    const results = await shownResults(page);
    expect(results.length).toBe(5);
    for (const r of results) for (const p of r.passages) expect(p).toContain('[Tokayev');

    await page.keyboard.press('Escape');
    expect(await panelOpen(page)).toBe(false);
    expect(await page.locator('.article__title').textContent()).toBe(SENATE);
    expect(await page.evaluate(() => window.scrollY)).toBe(before);
    // Esc was the panel's: the reader is still open, its keys work again.
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
  });

  it('filters by source, reports filters it ignores, and says when nothing matched', async () => {
    const { page } = await gloss.open();
    await page.locator('.search-button').click();
    expect(await panelOpen(page)).toBe(true);

    await search(page, 'source:Kazinform');
    let results = await shownResults(page);
    expect(results.map((r) => [r.title, r.source])).toEqual([[KAZINFORM, 'Kazinform']]);

    await search(page, 'Tokaev source:Kazinform');
    results = await shownResults(page);
    expect(results.map((r) => r.title)).toEqual([KAZINFORM]);
    expect(results[0]?.passages.every((p) => p.includes('[Tokayev]'))).toBe(true);

    await search(page, 'colour:red senate');
    expect(await page.locator('.search-status__note--ignored').textContent()).toContain('colour:red');
    expect((await shownResults(page)).length).toBeGreaterThan(0);

    await search(page, 'qqxzvb');
    expect(await page.locator('.search-none').textContent()).toContain('Nothing found for “qqxzvb”');
    expect(await page.locator('.search-status').textContent()).toContain('No word like qqxzvb');

    // Clearing the box brings back the examples; one click runs one.
    await input(page).fill('');
    await page.locator('.search-examples__try', { hasText: 'source:Kazinform' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.search-hit').length === 1);
    expect(await input(page).inputValue()).toBe('source:Kazinform Tokayev');

    // A click on the dimmed page closes the panel.
    await page.mouse.click(10, 400);
    expect(await panelOpen(page)).toBe(false);
  });

  it('opens from the application menu and opens a title at the top with its matches marked', async () => {
    const { page } = await gloss.openUnsettled();
    // The harness has no application menu: stand in for the preload's bridge.
    await page.addInitScript(() => {
      const listeners: ((command: string) => void)[] = [];
      Object.defineProperty(window, 'glossMenu', {
        value: {
          onCommand(listener: (command: string) => void) {
            listeners.push(listener);
            return () => listeners.splice(listeners.indexOf(listener), 1);
          },
        },
      });
      Object.defineProperty(window, 'sendMenuCommand', {
        value: (command: string) => listeners.forEach((l) => l(command)),
      });
    });
    await page.reload();
    await waitForLibrary(page);
    await page.evaluate(() =>
      (window as unknown as { sendMenuCommand: (c: string) => void }).sendMenuCommand('search'),
    );
    expect(await panelOpen(page)).toBe(true);
    await search(page, 'maslikhat');
    // Enter on the first option, the top article's title.
    const first = (await shownResults(page))[0]?.title ?? '';
    await page.keyboard.press('Enter');
    await waitForArticle(page, first);
    await page.waitForFunction(() => (CSS.highlights.get('gloss-search')?.size ?? 0) > 0);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    for (const text of (await highlightTexts(page, 'gloss-search')) ?? [])
      expect(text.toLowerCase()).toMatch(/^maslikhat/);

    // The menu's find reaches the reader too.
    await page.evaluate(() =>
      (window as unknown as { sendMenuCommand: (c: string) => void }).sendMenuCommand('find'),
    );
    await page.locator('.find-bar__input:focus').waitFor();
  });
});
