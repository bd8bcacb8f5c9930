import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { annotate, articleByTitle, useGloss, waitForArticle } from './harness';

const TITLE = 'A long article about budgets';
const gloss = useGloss();
let seedDir = '';

beforeAll(() => {
  seedDir = mkdtempSync(join(tmpdir(), 'gloss-window-seed-'));
  const words = 'the council met on tuesday to debate a new budget for schools and libraries'.split(' ');
  const paragraphs = Array.from(
    { length: 150 },
    (_, p) =>
      `Paragraph ${p + 1}: ${Array.from({ length: 60 }, (_, i) => words[(p + i) % words.length]).join(' ')}.`,
  );
  writeFileSync(join(seedDir, 'long.txt'), [TITLE, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
});
afterAll(() => {
  rmSync(seedDir, { recursive: true, force: true });
});

/** The texts registered in the yellow and green highlights. */
function registered(page: Page): Promise<{ yellow: string[]; green: string[] }> {
  return page.evaluate(() => {
    const texts = (name: string): string[] =>
      [...(CSS.highlights.get(name) ?? [])].map((r) => {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        return range.toString();
      });
    return { yellow: texts('gloss-yellow'), green: texts('gloss-green') };
  });
}

describe('highlights of a long article', () => {
  it('are registered near the viewport only, and follow the reader as they scroll', async () => {
    const { page, host } = await gloss.openUnsettled({ seedDir });
    const article = await articleByTitle(host, TITLE);
    await annotate(host, article, 'Paragraph 2:', 'yellow');
    await annotate(host, article, 'Paragraph 149:', 'green');
    await page.locator('.article-row__open', { hasText: TITLE }).click();
    await waitForArticle(page, TITLE);
    await page.waitForFunction(() => performance.getEntriesByName('gloss:highlights-painted').length > 0);
    expect(await registered(page)).toEqual({ yellow: ['Paragraph 2:'], green: [] });

    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await expect.poll(() => registered(page)).toEqual({ yellow: [], green: ['Paragraph 149:'] });

    // And back again at the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => registered(page)).toEqual({ yellow: ['Paragraph 2:'], green: [] });
  });
});
