/**
 * Screenshots of every view, in light and dark, taken in Chromium through the browser harness.
 *
 *   npx electron-vite build && npx tsx scripts/screenshots.ts [outDir]   (default: screenshots/)
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHost, type RunningHost } from '../electron/host/startHost';
import { annotate, articleByTitle, launchChromium, RENDERER_DIR, SEED_DIR } from '../tests/e2e/harness';
import { shootBackupViews } from './backupScreenshots';
import { shootExportImportViews } from './exportImportScreenshots';

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

/** Waits until the search results painted are those for everything typed so far. */
async function waitForSearchPainted(page: Page): Promise<void> {
  // One expression, no named helpers: tsx would wrap those in a helper the page does not have.
  await page.waitForFunction(() =>
    performance
      .getEntriesByName('gloss:search-painted')
      .some(
        (painted) =>
          ((painted as PerformanceMark).detail as { seq: number }).seq ===
          Math.max(
            0,
            ...performance
              .getEntriesByName('gloss:search-input')
              .map((e) => ((e as PerformanceMark).detail as { seq: number }).seq),
          ),
      ),
  );
}

/** Library search (empty, and with results), an article opened at a search passage, and find in the article. */
async function shootSearch(browser: Browser, url: string, scheme: Scheme, outDir: string): Promise<string[]> {
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
  await page.keyboard.press('Control+k');
  await page.locator('.search-panel__input').waitFor();
  await page.mouse.move(0, VIEWPORT.height - 1);
  await save('search-empty');

  // A misspelling and another spelling: the panel says how it read both.
  await page.keyboard.type('Tokaev Mazhilis');
  await waitForSearchPainted(page);
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  await save('search-panel');

  // The Senate article's second passage: the reader opens there, the matches marked.
  await page.locator('.search-panel__input').fill('Majilis');
  await waitForSearchPainted(page);
  const passage = page
    .locator('.search-hit', { hasText: HEADINGS_TITLE })
    .locator('.search-option--passage')
    .nth(1);
  const wanted = await passage.getAttribute('id');
  for (
    let i = 0;
    i < 20 && (await page.locator('.search-panel__input').getAttribute('aria-activedescendant')) !== wanted;
    i++
  ) {
    await page.keyboard.press('ArrowDown');
  }
  const before = await page.evaluate(() => performance.getEntriesByName('gloss:article-painted').length);
  await page.keyboard.press('Enter');
  await page.waitForFunction((n) => performance.getEntriesByName('gloss:article-painted').length > n, before);
  await page.waitForFunction(() => (CSS.highlights.get('gloss-search')?.size ?? 0) > 0);
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.waitForTimeout(100);
  await save('search-passage');

  // Find in the same article: every match tinted, the current one inverted.
  await page.keyboard.press('Control+f');
  await page.keyboard.type('Maslikhats');
  await page.keyboard.press('Enter');
  await page.waitForTimeout(100);
  await save('find-bar');

  // Close find, then back to the library for the next run on this data.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Escape');
  await page.locator('.view--library:not([hidden])').waitFor();
  await context.close();
  return files;
}

// ---- Highlights, notes and the notebook (on their own library, so the shots above stay plain) ----

async function seedAnnotations(host: RunningHost): Promise<void> {
  const kazinform = await articleByTitle(host, KAZINFORM_TITLE);
  const senate = await articleByTitle(host, HEADINGS_TITLE);
  await annotate(host, kazinform, 'political parties with high responsibility', 'yellow', {
    note: 'The **core demand** of the speech: parties that *answer* for what they do.',
    tags: ['parties', 'democracy'],
  });
  await annotate(host, kazinform, 'high responsibility, and able to protect people’s interests', 'blue', {
    note: 'Whose interests, exactly? Compare with the Senate address.',
    tags: ['question'],
  });
  await annotate(host, kazinform, 'build civilized political traditions', 'green', { tags: ['reform'] });
  await annotate(
    host,
    kazinform,
    'The constitutional reform supported at the nationwide referendum',
    'orange',
    {
      style: 'underline',
      note: 'Which referendum? June 2022.',
    },
  );
  await annotate(host, kazinform, 'principles of equity, openness and honest competition', 'purple', {
    note: 'Three principles:\n- equity\n- openness\n- `honest competition`',
    tags: ['elections'],
  });
  await annotate(host, senate, 'different opinions, but one nation', 'yellow', {
    note: 'The line every outlet quoted.',
    tags: ['democracy', 'unity'],
  });
  await annotate(host, senate, 'Democracy is responsibility for one’s words and actions', 'red', {
    note: 'Responsibility here means *loyalty*?',
    tags: ['democracy'],
  });
}

/** The viewport point in the middle of the first character of `word` in block `index`. */
async function pointAtWord(page: Page, index: number, word: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([i, w]) => {
      const text = document.querySelector(`.article__body [data-block-index="${i}"]`)?.firstChild;
      const at = text?.textContent?.indexOf(w) ?? -1;
      if (!text || at < 0) return null;
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [index, word] as const,
  );
  if (!point) throw new Error(`screenshots: "${word}" is not in block ${index}`);
  return point;
}

async function openAnnotated(page: Page, title: string): Promise<void> {
  const before = await page.evaluate(() => performance.getEntriesByName('gloss:highlights-painted').length);
  await page.locator('.article-row__open', { hasText: title }).click();
  await page.waitForFunction(
    (n) => performance.getEntriesByName('gloss:highlights-painted').length > n,
    before,
  );
  await page.mouse.move(0, VIEWPORT.height - 1);
}

/** Highlights and the sidebar, the selection toolbar, the editor, overlaps, the notebook; a narrow drawer. */
async function shootAnnotations(
  browser: Browser,
  url: string,
  scheme: Scheme,
  outDir: string,
): Promise<string[]> {
  const files: string[] = [];
  for (const viewport of [VIEWPORT, { width: 900, height: 860 }]) {
    const narrow = viewport.width < VIEWPORT.width;
    const context = await browser.newContext({ viewport, colorScheme: scheme, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
    const save = async (name: string): Promise<void> => {
      const file = join(outDir, `${name}-${scheme}.png`);
      await page.waitForTimeout(150);
      await page.screenshot({ path: file });
      files.push(file);
    };
    await page.goto(url);
    await waitForMark(page, 'gloss:library-painted');
    await openAnnotated(page, KAZINFORM_TITLE);

    if (narrow) {
      await page.locator('.sidebar-toggle').click();
      await save('annotations-narrow');
      // Back to the library, so the next run on this data starts there.
      await page.locator('.sidebar-toggle').click();
      await page.keyboard.press('Escape');
      await page.locator('.view--library:not([hidden])').waitFor();
      await context.close();
      continue;
    }

    // Overlapping highlights, the sidebar, and the note of the one under the pointer.
    const hover = await pointAtWord(page, 0, 'parties');
    await page.mouse.move(hover.x, hover.y);
    await page.locator('.hover-note').waitFor();
    await save('annotations');

    // Where two overlap, a click asks which.
    const overlap = await pointAtWord(page, 0, 'responsibility');
    await page.mouse.click(overlap.x, overlap.y);
    await page.locator('.highlight-chooser').waitFor();
    await save('highlight-chooser');
    await page.keyboard.press('Escape');

    // A selection with the mouse, and its toolbar.
    await page.evaluate(() => {
      const block = document.querySelector('.article__body [data-block-index="3"]');
      if (block) window.scrollTo(0, block.getBoundingClientRect().top + window.scrollY - 300);
    });
    const from = await pointAtWord(page, 3, 'latest');
    const to = await pointAtWord(page, 3, 'impetus');
    await page.mouse.move(from.x - 3, from.y);
    await page.mouse.down();
    await page.mouse.move(to.x + 40, to.y, { steps: 6 });
    await page.mouse.up();
    await page.locator('.selection-toolbar').waitFor();
    await page.mouse.move(from.x + 30, from.y - 60);
    await save('selection-toolbar');
    await page.keyboard.press('Escape');

    // The editor of a highlight with a Markdown note and tags.
    await page.evaluate(() => window.scrollTo(0, 0));
    const edited = await pointAtWord(page, 1, 'equity');
    await page.mouse.click(edited.x, edited.y);
    await page.locator('.annotation-editor').waitFor();
    await page.mouse.move(0, VIEWPORT.height - 1);
    await save('annotation-editor');
    await page.keyboard.press('Escape');

    // The notebook, every highlight in the library.
    await page.keyboard.press('Escape');
    await page.locator('.view--library:not([hidden])').waitFor();
    await page.getByRole('button', { name: 'Notebook' }).click();
    await page.locator('.view--notebook:not([hidden]) .notebook-item').first().waitFor();
    await page.mouse.move(0, VIEWPORT.height - 1);
    await save('notebook');
    await page.keyboard.press('Escape');
    await context.close();
  }
  return files;
}

/** A highlight whose paragraph left the article: listed as not found, with its note, ready to re-attach. */
async function shootOrphan(browser: Browser, outDir: string): Promise<string[]> {
  const seedDir = mkdtempSync(join(tmpdir(), 'gloss-shots-seeds-'));
  const dataDir = mkdtempSync(join(tmpdir(), 'gloss-shots-orphan-'));
  const files: string[] = [];
  try {
    cpSync(SEED_DIR, seedDir, { recursive: true });
    const doomed = 'The President said the Majilis and maslikhat election campaign';
    const before = await startHost({ dataDir, seedDir, rendererDir: RENDERER_DIR, port: 0 });
    await seedAnnotations(before);
    await annotate(before, await articleByTitle(before, KAZINFORM_TITLE), doomed, 'orange', {
      note: 'Is this the **final stage**, or another first step?',
      tags: ['elections'],
    });
    await before.close();
    for (const file of readdirSync(seedDir).map((f) => join(seedDir, f))) {
      const text = readFileSync(file, 'utf8');
      const paragraph = text.split('\n').find((line) => line.includes(doomed));
      if (paragraph) writeFileSync(file, text.replace(paragraph, ''));
    }
    const host = await startHost({ dataDir, seedDir, rendererDir: RENDERER_DIR, port: 0 });
    try {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({
          viewport: VIEWPORT,
          colorScheme: scheme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        await page.goto(host.url);
        await waitForMark(page, 'gloss:library-painted');
        await openAnnotated(page, KAZINFORM_TITLE);
        await page.locator('.annotation-card[data-anchor="orphan"]').scrollIntoViewIfNeeded();
        await page.waitForTimeout(150);
        const file = join(outDir, `orphan-${scheme}.png`);
        await page.screenshot({ path: file });
        files.push(file);
        await page.keyboard.press('Escape');
        await context.close();
      }
    } finally {
      await host.close();
    }
  } finally {
    rmSync(seedDir, { recursive: true, force: true });
    rmSync(dataDir, { recursive: true, force: true });
  }
  return files;
}

async function shootAnnotationViews(browser: Browser, outDir: string): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gloss-shots-annotations-'));
  const host = await startHost({ dataDir, seedDir: SEED_DIR, rendererDir: RENDERER_DIR, port: 0 });
  const files: string[] = [];
  try {
    await seedAnnotations(host);
    for (const scheme of ['light', 'dark'] as const)
      files.push(...(await shootAnnotations(browser, host.url, scheme, outDir)));
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  files.push(...(await shootOrphan(browser, outDir)));
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
      for (const file of await shootSearch(browser, host.url, scheme, outDir)) console.log(file);
    }
    for (const file of await shootAnnotationViews(browser, outDir)) console.log(file);
    for (const file of await shootBackupViews(browser, outDir)) console.log(file);
    for (const file of await shootExportImportViews(browser, outDir)) console.log(file);
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
