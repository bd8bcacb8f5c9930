import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Annotation } from '../../shared/model/annotation';
import type { Article, ArticlePage } from '../../shared/model/article';
import { callApi, useGloss, waitForArticle, waitForLibrary } from './harness';

const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';
const NOTE = 'Serendipitous wording, compare with the Senate speech';

const gloss = useGloss();

/** Types a query into the open panel and waits until the results painted are for all of it. */
async function search(page: Page, query: string): Promise<void> {
  await page.locator('.search-panel__input').fill('');
  await page.keyboard.type(query);
  await page.waitForFunction(() => {
    const marks = (name: string) =>
      performance.getEntriesByName(name).map((e) => ((e as PerformanceMark).detail as { seq: number }).seq);
    const typed = Math.max(0, ...marks('gloss:search-input'));
    return marks('gloss:search-painted').includes(typed);
  });
}

/** The text of the `gloss-current` highlight and whether it is on screen below the header. */
function currentHighlight(page: Page) {
  return page.evaluate(() => {
    const [r] = [...(CSS.highlights.get('gloss-current') ?? [])];
    if (!r) return null;
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    const rect = range.getBoundingClientRect();
    const header = document.querySelector('.app-header')?.getBoundingClientRect().bottom ?? 0;
    return { text: range.toString(), onScreen: rect.top >= header && rect.bottom <= window.innerHeight };
  });
}

describe('one search over articles and annotations', () => {
  it('finds a note by a misspelled word and opens the article at its highlight', async () => {
    const { page, host } = await gloss.open();
    await page.locator('.article-row__open', { hasText: KAZINFORM }).click();
    await waitForArticle(page, KAZINFORM);

    // Highlight the first words of the last paragraph with a note (n), as a reader would.
    const quote = await page.evaluate(() => {
      const blocks = document.querySelectorAll('.article__body .block--paragraph');
      const block = blocks[blocks.length - 1];
      const text = block?.firstChild;
      if (!block || !text) return '';
      block.scrollIntoView({ block: 'center' });
      window.getSelection()?.collapse(text, 0);
      return block.textContent;
    });
    expect(quote).not.toBe('');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await page.locator('.selection-toolbar').waitFor();
    const selected = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim();
    await page.keyboard.press('n');
    const note = page.locator('.annotation-editor textarea');
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type(NOTE);
    const saved = page.waitForRequest((r) => r.url().endsWith('/api/updateAnnotation'));
    await page.keyboard.press('Escape');
    await saved;
    await expect
      .poll(async () => (await callApi<Annotation[]>(host, 'listAnnotations', {}))[0]?.note)
      .toBe(NOTE);
    const [stored] = await callApi<Annotation[]>(host, 'listAnnotations', {});

    // Back to the library, then search with a slip in the note's rarest word.
    await page.keyboard.press('Escape');
    await waitForLibrary(page);
    await page.keyboard.press('Control+k');
    await search(page, 'serendipitus');
    const option = page.locator('.search-option--annotation');
    expect(await option.count()).toBe(1);
    // No article has the word; the panel does not call it unknown, since a note has it.
    expect(await page.locator('.search-status').textContent()).not.toContain('No word like');
    expect(await option.locator('.search-annotation__note mark').textContent()).toBe('Serendipitous');
    expect((await option.locator('.search-annotation__quote').textContent())?.trim()).toBe(
      stored?.quote.exact.trim(),
    );
    expect(await option.locator('.search-annotation__meta').textContent()).toContain(KAZINFORM);
    expect(await option.getAttribute('aria-selected')).toBe('true');
    expect(selected.startsWith(stored?.quote.exact.trim() ?? '-')).toBe(true);

    // Enter opens the article at the highlight, made current.
    await page.keyboard.press('Enter');
    await waitForArticle(page, KAZINFORM);
    await expect.poll(() => currentHighlight(page)).toEqual({ text: stored?.quote.exact, onScreen: true });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);

    // Filters alone list annotations; the article side keeps articles holding such annotations.
    await page.keyboard.press('Control+k');
    await search(page, `color:${stored?.color ?? 'yellow'} has:note`);
    expect(await page.locator('.search-option--annotation').count()).toBe(1);
    expect(await page.locator('.search-option--title').allTextContents()).toEqual([
      expect.stringContaining(KAZINFORM),
    ]);
    await search(page, 'tag:nothing-like-it');
    expect(await page.locator('.search-option--annotation').count()).toBe(0);
    await page.locator('.search-none').waitFor();
  });

  it('lists the highlights a filter alone asks for, five first, then the rest on request', async () => {
    const { page, host } = await gloss.open();
    const list = await callApi<ArticlePage>(host, 'listArticles', { limit: 100 });
    const summary = list.items.find((a) => a.title === KAZINFORM);
    if (!summary) throw new Error('no Kazinform article');
    const article = await callApi<Article>(host, 'getArticle', { id: summary.id });
    // Seven green highlights on the first seven words of the longest paragraph.
    const block = [...article.blocks].sort((a, b) => b.text.length - a.text.length)[0];
    if (!block) throw new Error('an article without text');
    const words = [...block.text.matchAll(/\p{L}{3,}/gu)].slice(0, 7);
    expect(words).toHaveLength(7);
    for (const word of words) {
      const start = block.start + Array.from(block.text.slice(0, word.index)).length;
      await callApi(host, 'createAnnotation', {
        articleId: article.id,
        start,
        end: start + Array.from(word[0]).length,
        color: 'green',
      });
    }
    await callApi(host, 'renameColorLabel', { id: 'green', name: 'Evidence' });

    await page.keyboard.press('Control+k');
    await search(page, 'color:evidence');
    const options = page.locator('.search-option--annotation');
    expect(await options.count()).toBe(5);
    expect(await page.locator('.search-annotations__heading').textContent()).toContain('5 of 7');
    await page.getByRole('button', { name: /Show more highlights and notes \(2 more\)/ }).click();
    await expect.poll(() => options.count()).toBe(7);
    expect(await page.getByRole('button', { name: /Show more highlights/ }).count()).toBe(0);
    // From the box, the keys walk them all, then on to the article.
    await page.locator('.search-panel__input').focus();
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('.search-option--title[aria-selected="true"]').textContent()).toContain(
      KAZINFORM,
    );
  });
});
