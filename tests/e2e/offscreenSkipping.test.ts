import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { scrollFractionOf, useGloss, waitForArticle, waitForSavedPreferences } from './harness';

const TITLE = 'A long article about councils';
const gloss = useGloss();
let seedDir = '';

beforeAll(() => {
  seedDir = mkdtempSync(join(tmpdir(), 'gloss-long-seed-'));
  const words =
    'the council met on tuesday to debate a new budget for schools and libraries while critics said'.split(
      ' ',
    );
  const paragraphs = Array.from(
    { length: 120 },
    (_, p) =>
      Array.from({ length: 40 + (p % 7) * 15 }, (_, i) => words[(p * 7 + i) % words.length]).join(' ') + '.',
  );
  writeFileSync(join(seedDir, 'long.txt'), [TITLE, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'));
});
afterAll(() => {
  rmSync(seedDir, { recursive: true, force: true });
});

/** Waits until off-screen blocks may be skipped, and a frame has decided which are. */
async function skipping(page: Page): Promise<void> {
  await page.waitForFunction(
    () => document.querySelector('.article__body')?.hasAttribute('data-skip-offscreen') === true,
  );
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
}

/** The page height now, and with every block rendered in full. */
function heights(page: Page): Promise<{ skipping: number; full: number }> {
  return page.evaluate(() => {
    const body = document.querySelector('.article__body');
    const skipping = document.documentElement.scrollHeight;
    body?.removeAttribute('data-skip-offscreen');
    const full = document.documentElement.scrollHeight;
    body?.setAttribute('data-skip-offscreen', '');
    return { skipping, full };
  });
}

describe('off-screen blocks of a long article', () => {
  it('are skipped once measured, without changing the page height or the place a reload restores', async () => {
    const { page } = await gloss.openUnsettled({ seedDir });
    // Chromium reports each block it starts or stops skipping.
    await page.evaluate(() => {
      const w = window as unknown as { skipped: number };
      w.skipped = 0;
      document.addEventListener(
        'contentvisibilityautostatechange',
        (event) => {
          if ((event as Event & { skipped: boolean }).skipped) w.skipped += 1;
        },
        true,
      );
    });
    await page.locator('.article-row__open', { hasText: TITLE }).click();
    await waitForArticle(page, TITLE);
    await skipping(page);
    const opened = await heights(page);
    // Most of the 120 paragraphs are off screen.
    expect(await page.evaluate(() => (window as unknown as { skipped: number }).skipped)).toBeGreaterThan(60);
    expect(opened.skipping).toBe(opened.full);

    // A larger text size measures every block again before the place is kept.
    await page.evaluate(() =>
      window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.3),
    );
    // The reader takes its place from the scroll a frame later.
    await page.evaluate(
      () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
    );
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await skipping(page);
    const larger = await heights(page);
    expect(larger.skipping).toBe(larger.full);
    expect(larger.full).toBeGreaterThan(opened.full);
    expect(Math.abs((await scrollFractionOf(page)) - 0.3)).toBeLessThan(0.02);

    const saved = waitForSavedPreferences(
      page,
      (patch) => typeof patch.lastScroll === 'number' && patch.lastScroll > 0.6,
    );
    await page.evaluate(() =>
      window.scrollTo(0, (document.documentElement.scrollHeight - window.innerHeight) * 0.7),
    );
    await saved;
    await page.reload();
    await waitForArticle(page, TITLE);
    await skipping(page);
    expect(Math.abs((await scrollFractionOf(page)) - 0.7)).toBeLessThan(0.02);
    const reloaded = await heights(page);
    expect(reloaded.skipping).toBe(reloaded.full);

    // A narrower window lays the text out again in full, then skips again at the new width.
    await page.setViewportSize({ width: 700, height: 860 });
    await skipping(page);
    await page.waitForTimeout(100);
    const narrow = await heights(page);
    expect(narrow.skipping).toBe(narrow.full);
  });
});
