/**
 * Hostile input end to end: the XSS corpus is imported into a fresh library, exported to an HTML
 * page that Chromium opens, and every imported article is opened in the real reader through the
 * harness. Each page has alert/confirm/prompt and a global flag trapped before any of its own code
 * runs, and dialogs are watched too: nothing may fire.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExportNotesInput } from '../../shared/export/inputs';
import { BLOCK_SEPARATOR, codePointLength } from '../../shared/text/canonical';
import { createAnnotation } from '../../electron/main/annotations/annotationRepo';
import { getArticle } from '../../electron/main/db/articleRepo';
import { exportNotes } from '../../electron/main/export/exportNotes';
import { importFiles } from '../../electron/main/importing/importFiles';
import { openLibrary } from '../../electron/main/library';
import { launchChromium, openGloss, SEED_DIR, waitForArticle, waitForLibrary } from './harness';

const XSS_DIR = fileURLToPath(new URL('../fixtures/xss', import.meta.url));

declare global {
  interface Window {
    __xssFired?: string[];
  }
}

let browser: Browser;
let dataDir: string;
let exported: string;
let titles: string[];

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'gloss-xss-'));
  const library = openLibrary({ dataDir, seedDir: SEED_DIR });
  try {
    const report = await importFiles(library.db, [XSS_DIR]);
    expect(report.failed).toBe(0);
    titles = [];
    for (const file of report.files) {
      const article = getArticle(library.db, file.articleId ?? '');
      titles.push(article.title);
      const end = codePointLength(article.blocks.map((b) => b.text).join(BLOCK_SEPARATOR));
      createAnnotation(library.db, {
        articleId: article.id,
        start: 0,
        end,
        color: 'red',
        note: "<img src=x onerror=alert('note')>",
        tags: ['<script>'],
      });
    }
    const [page] = exportNotes(library.db, ExportNotesInput.parse({ format: 'html' })).files;
    exported = join(dataDir, 'export.html');
    writeFileSync(exported, page?.content ?? '');
  } finally {
    library.close();
  }
  browser = await launchChromium();
});

afterAll(async () => {
  await browser.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Traps installed before any page script: every alert/confirm/prompt and any write of the `__xss` flag is recorded. */
async function trap(page: Page): Promise<string[]> {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(`dialog:${dialog.message()}`);
    void dialog.dismiss();
  });
  await page.addInitScript(() => {
    const fired: string[] = [];
    window.__xssFired = fired;
    for (const name of ['alert', 'confirm', 'prompt'] as const) {
      Object.defineProperty(window, name, {
        configurable: false,
        value: (message?: unknown) => {
          fired.push(`${name}:${String(message)}`);
          return null;
        },
      });
    }
    Object.defineProperty(window, '__xss', {
      configurable: false,
      set: (value: unknown) => fired.push(`flag:${String(value)}`),
      get: () => undefined,
    });
  });
  return dialogs;
}

const fired = (page: Page): Promise<string[]> => page.evaluate(() => window.__xssFired ?? ['trap missing']);

describe('hostile files', () => {
  it('(control) the traps do catch a script that runs', async () => {
    const control = join(dataDir, 'control.html');
    writeFileSync(
      control,
      "<!doctype html><title>control</title><script>alert('control'); window.__xss = 1;</script>",
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    await trap(page);
    await page.goto(pathToFileURL(control).href);
    expect(await fired(page)).toEqual(['alert:control', 'flag:1']);
    await context.close();
  });

  it('run nothing in the exported HTML page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const dialogs = await trap(page);
    await page.goto(pathToFileURL(exported).href);
    await page.locator('section.hl').first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.locator('section.hl').count()).toBe(titles.length);
    expect(await fired(page)).toEqual([]);
    expect(dialogs).toEqual([]);
    expect(await page.locator('script, iframe, object, embed, img, svg, form').count()).toBe(0);
    await context.close();
  });

  it('run nothing when each imported article is opened in the reader', async () => {
    const session = await openGloss(browser, { dataDir });
    try {
      const { page } = session;
      const dialogs = await trap(page);
      await page.reload();
      await waitForLibrary(page);
      for (const title of titles) {
        await page.getByText(title, { exact: true }).first().click();
        await waitForArticle(page, title);
        await page.waitForTimeout(100);
        expect(await fired(page), title).toEqual([]);
        expect(
          await page
            .locator('.article__body script, .article__body img, .article__body iframe, .article__body svg')
            .count(),
          title,
        ).toBe(0);
        await page.keyboard.press('Escape');
        await waitForLibrary(page);
      }
      expect(dialogs).toEqual([]);
      expect(await fired(page)).toEqual([]);
      expect(session.problems, 'console errors, page errors or CSP violations').toEqual([]);
    } finally {
      await session.close();
    }
  });
});
