/**
 * Screenshots of File > Export (light and dark), an exported HTML page opened in Chromium, and the
 * summary of an import with a failed file. Called by scripts/screenshots.ts; also runs alone:
 *
 *   npx electron-vite build && npx tsx scripts/exportImportScreenshots.ts [outDir]
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { startHost, type RunningHost } from '../electron/host/startHost';
import type { ExportResult } from '../shared/export/results';
import {
  annotate,
  articleByTitle,
  callApi,
  launchChromium,
  RENDERER_DIR,
  SEED_DIR,
} from '../tests/e2e/harness';

const VIEWPORT = { width: 1280, height: 860 };
const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';
const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

async function seed(host: RunningHost): Promise<void> {
  const kazinform = await articleByTitle(host, KAZINFORM);
  const senate = await articleByTitle(host, SENATE);
  await annotate(host, kazinform, 'political parties with high responsibility', 'yellow', {
    note: 'The **core demand** of the speech: parties that *answer* for what they do.',
    tags: ['parties', 'democracy'],
  });
  await annotate(host, kazinform, 'principles of equity, openness and honest competition', 'purple', {
    note: 'Three principles:\n- equity\n- openness\n- `honest competition`',
    tags: ['elections'],
  });
  await annotate(host, kazinform, 'build civilized political traditions', 'green', { tags: ['reform'] });
  await annotate(host, senate, 'different opinions, but one nation', 'blue', {
    note: 'The line every outlet quoted.',
    tags: ['unity'],
  });
  await annotate(host, senate, 'Democracy is responsibility for one’s words and actions', 'red', {
    note: 'Responsibility here means *loyalty*?',
    tags: ['democracy'],
  });
}

async function waitForMark(page: Page, name: string): Promise<void> {
  await page.waitForFunction((mark) => performance.getEntriesByName(mark).length > 0, name);
}

async function shootScheme(
  browser: Browser,
  host: RunningHost,
  scheme: 'light' | 'dark',
  outDir: string,
): Promise<string[]> {
  const context = await browser.newContext({ viewport: VIEWPORT, colorScheme: scheme, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
  const files: string[] = [];
  const save = async (name: string): Promise<void> => {
    const file = join(outDir, `${name}-${scheme}.png`);
    await page.waitForTimeout(150);
    await page.screenshot({ path: file });
    files.push(file);
  };
  await page.goto(host.url);
  await waitForMark(page, 'gloss:library-painted');

  // The export dialog, Markdown of the whole library with its template open.
  await page.keyboard.press('Control+e');
  const dialog = page.locator('dialog.export-dialog[open]');
  await dialog.waitFor();
  await dialog.locator('.template-editor summary').click();
  await page.waitForFunction(() =>
    (document.querySelector('[data-testid="export-preview"]')?.textContent ?? '').startsWith('---'),
  );
  await page.mouse.move(0, VIEWPORT.height - 1);
  await save('export-dialog');

  // The same with a filter and the HTML format.
  await dialog.locator('.template-editor summary').click();
  await dialog.getByText('HTML', { exact: true }).click();
  await dialog.locator('.export-colors__item[data-color="red"]').click();
  await dialog.getByText('1 article, 1 highlight').waitFor();
  await page.waitForFunction(() =>
    (document.querySelector('[data-testid="export-preview"]')?.textContent ?? '')
      .toLowerCase()
      .startsWith('<!doctype'),
  );
  await save('export-dialog-html');
  await dialog.locator('.export-colors__item[data-color="red"]').click();
  await page.keyboard.press('Escape');

  // An import with one broken file: the summary.
  const folder = mkdtempSync(join(tmpdir(), 'gloss-shots-import-'));
  try {
    writeFileSync(
      join(folder, 'harbour.txt'),
      'Harbour reopens after the storm\n\nThe harbour reopened on Monday.\n\nBoats came back.\n',
    );
    writeFileSync(join(folder, 'broken.html'), Buffer.from([0, 1, 2, 255, 254, 0, 7]));
    writeFileSync(join(folder, 'notes.pdf'), '%PDF-1.7');
    await page.keyboard.press('Control+o');
    const importer = page.locator('dialog.import-dialog[open]');
    await importer.getByRole('textbox').fill(`${folder}\n${join(folder, 'notes.pdf')}`);
    await importer.getByRole('button', { name: 'Import', exact: true }).click();
    await importer.getByTestId('import-summary').waitFor();
    await save('import-summary');
    await importer.getByRole('button', { name: 'Done' }).click();

    // The chooser, with highlights and notes brought back from a JSON export (here: all already in).
    const backup = await callApi<ExportResult>(host, 'exportNotes', { format: 'json' });
    writeFileSync(join(folder, 'gloss-notes.json'), backup.files[0]?.content ?? '');
    await page.keyboard.press('Control+o');
    await importer.getByTestId('annotation-import-file').setInputFiles(join(folder, 'gloss-notes.json'));
    await importer.getByTestId('annotation-import-summary').waitFor();
    await save('import-annotations');
    await page.keyboard.press('Escape');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  await context.close();
  return files;
}

/** An exported HTML page (two articles, five highlights), opened from disk as a user would. */
async function shootExportedPage(browser: Browser, host: RunningHost, outDir: string): Promise<string[]> {
  const result = await callApi<ExportResult>(host, 'exportNotes', { format: 'html' });
  const dir = mkdtempSync(join(tmpdir(), 'gloss-shots-html-'));
  const files: string[] = [];
  try {
    const page1 = join(dir, 'notes.html');
    writeFileSync(page1, result.files[0]?.content ?? '');
    // The page sets its own light, printable colours, so one picture serves both themes.
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    const page = await context.newPage();
    await page.goto(pathToFileURL(page1).href);
    const file = join(outDir, 'exported-html.png');
    await page.screenshot({ path: file });
    files.push(file);
    await context.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return files;
}

export async function shootExportImportViews(browser: Browser, outDir: string): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gloss-shots-export-'));
  const host = await startHost({ dataDir, seedDir: SEED_DIR, rendererDir: RENDERER_DIR, port: 0 });
  const files: string[] = [];
  try {
    await seed(host);
    for (const scheme of ['light', 'dark'] as const)
      files.push(...(await shootScheme(browser, host, scheme, outDir)));
    files.push(...(await shootExportedPage(browser, host, outDir)));
  } finally {
    await host.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return files;
}

if (
  process.argv[1] !== undefined &&
  resolve(process.argv[1]) === resolve(import.meta.dirname, 'exportImportScreenshots.ts')
) {
  const outDir = resolve(process.argv[2] ?? 'screenshots');
  mkdirSync(outDir, { recursive: true });
  const browser = await launchChromium();
  try {
    for (const file of await shootExportImportViews(browser, outDir)) console.log(file);
  } finally {
    await browser.close();
  }
}
