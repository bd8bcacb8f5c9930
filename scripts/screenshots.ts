/**
 * Screenshots of every view, in light and dark, taken in Chromium through the browser harness.
 *
 *   npx electron-vite build && npx tsx scripts/screenshots.ts [outDir]   (default: screenshots/)
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHost } from '../electron/host/startHost';
import { launchChromium, RENDERER_DIR, SEED_DIR } from '../tests/e2e/harness';

const VIEWPORT = { width: 1280, height: 860 };
const KAZINFORM_TITLE = 'Kazakhstan needs parties with high responsibility, President';
const HEADINGS_TITLE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

type Scheme = 'light' | 'dark';

async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name);
}

async function openArticle(page: Page, title: string): Promise<void> {
  const before = await page.evaluate(() => performance.getEntriesByName('gloss:article-painted').length);
  await page.locator('.article-row__open', { hasText: title }).click();
  await page.waitForFunction((n) => performance.getEntriesByName('gloss:article-painted').length > n, before);
  // No hover highlight in the picture.
  await page.mouse.move(0, VIEWPORT.height - 1);
}

async function shoot(browser: Browser, url: string, scheme: Scheme, outDir: string): Promise<string[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  const files: string[] = [];
  const save = async (name: string): Promise<void> => {
    const file = join(outDir, `${name}-${scheme}.png`);
    await page.screenshot({ path: file });
    files.push(file);
  };

  await page.goto(url);
  await waitForMark(page, 'gloss:library-painted');
  await save('library');

  await openArticle(page, KAZINFORM_TITLE);
  await save('reader');

  await page.keyboard.press('Escape');
  await page.locator('.view--library:not([hidden])').waitFor();
  await openArticle(page, HEADINGS_TITLE);
  // Down to the first section heading, to show headings and captions in the body.
  await page.evaluate(() => {
    const heading = document.querySelector('.block--heading');
    if (heading) window.scrollTo(0, heading.getBoundingClientRect().top + window.scrollY - 420);
  });
  await page.waitForTimeout(100);
  await save('reader-sections');

  // Back to the library for the next run on this data.
  await page.keyboard.press('Escape');
  await context.close();
  return files;
}

async function main(): Promise<void> {
  const outDir = resolve(process.argv[2] ?? 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const dataDir = mkdtempSync(join(tmpdir(), 'gloss-shots-'));
  const host = await startHost({ dataDir, seedDir: SEED_DIR, rendererDir: RENDERER_DIR, port: 0 });
  const browser = await launchChromium();
  try {
    for (const scheme of ['light', 'dark'] as const) {
      for (const file of await shoot(browser, host.url, scheme, outDir)) console.log(file);
    }
  } finally {
    await browser.close();
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
