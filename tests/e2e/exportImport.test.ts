import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { ExportResult } from '../../shared/export/results';
import type { RunningHost } from '../../electron/host/startHost';
import { annotate, articleByTitle, callApi, useGloss, waitForArticle } from './harness';

const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';
const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

const gloss = useGloss();
const temps: string[] = [];

afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-e2e-files-'));
  temps.push(dir);
  return dir;
}

async function seedNotes(host: RunningHost): Promise<void> {
  const kazinform = await articleByTitle(host, KAZINFORM);
  const senate = await articleByTitle(host, SENATE);
  await annotate(host, kazinform, 'political parties with high responsibility', 'yellow', {
    note: 'Parties **matter**',
    tags: ['democracy'],
  });
  await annotate(host, kazinform, 'honest competition', 'red', { tags: ['elections'] });
  await annotate(host, senate, 'different opinions, but one nation', 'blue', {
    note: 'Unity',
    tags: ['unity'],
  });
}

const exportDialog = (page: Page) => page.locator('dialog.export-dialog[open]');
const importDialog = (page: Page) => page.locator('dialog.import-dialog[open]');
const preview = (page: Page) => exportDialog(page).getByTestId('export-preview');
const libraryTitles = (page: Page): Promise<string[]> =>
  page.locator('.view--library .article-row__open').allTextContents();

describe('export dialog', () => {
  it('previews the export live as the format and template change, and writes where the user said', async () => {
    const { page, host } = await gloss.open();
    await seedNotes(host);

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog(page).waitFor();
    // From the library, the whole library; Markdown by default, with its front matter.
    await expect.poll(() => preview(page).textContent()).toMatch(/^---\ntitle: /u);
    expect(await preview(page).textContent()).toContain('> political parties with high responsibility');
    await exportDialog(page).getByText('2 articles, 3 highlights').waitFor();

    // Keys pressed in the dialog stay there: `t` on its Close button does not switch the theme behind it.
    const theme = await page.evaluate(() => document.documentElement.dataset.themePreference);
    await exportDialog(page).getByRole('button', { name: 'Close' }).focus();
    await page.keyboard.press('t');

    await exportDialog(page).getByText('CSV', { exact: true }).click();
    await expect
      .poll(() => preview(page).textContent())
      .toMatch(/^Highlight,Title,Author,URL,Note,Location,Date/u);
    // (Checked after a preview's round trip, so a theme change would have shown by now.)
    expect(await page.evaluate(() => document.documentElement.dataset.themePreference)).toBe(theme);

    await exportDialog(page).getByText('HTML', { exact: true }).click();
    await expect.poll(() => preview(page).textContent()).toMatch(/^<!DOCTYPE html>/iu);

    // A filter narrows the preview and its counts.
    await exportDialog(page).locator('.export-colors__item[data-color="red"]').click();
    await exportDialog(page).getByText('1 article, 1 highlight').waitFor();

    // The Markdown template: edited, the preview follows; a broken one says which line; reset.
    await exportDialog(page).locator('.export-colors__item[data-color="red"]').click();
    await exportDialog(page).getByText('Markdown', { exact: true }).click();
    await exportDialog(page).locator('.template-editor summary').click();
    const template = exportDialog(page).getByRole('textbox', { name: 'Markdown template' });
    await template.fill('## {{title | upper}}\n{{#highlights}}\n- {{highlight}}\n{{/highlights}}\n');
    await expect.poll(() => preview(page).textContent()).toContain(`## ${KAZINFORM.toUpperCase()}`);
    expect(await preview(page).textContent()).toContain('- honest competition');
    await template.fill('{{#highlights}}\n{{nonsense}}\n');
    await exportDialog(page)
      .getByRole('alert')
      .filter({ hasText: /Template line/u })
      .waitFor();
    await exportDialog(page).getByRole('button', { name: 'Reset to default' }).click();
    await expect
      .poll(() => preview(page).textContent())
      .toContain('> political parties with high responsibility');

    // Where to write: the harness has no save dialog, so a typed path stands in for one.
    const dir = tempDir();
    const target = join(dir, 'notes.md');
    await exportDialog(page).getByLabel('Save as').fill(target);
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog(page)
      .getByText(/^Exported 2 articles, 3 highlights to/u)
      .waitFor();
    const written = readFileSync(target, 'utf8');
    expect(written).toMatch(/^---\ntitle: "?Gloss highlights"?/u);
    expect(written).toContain('> different opinions, but one nation');
    expect(written).toContain('Parties **matter**');

    // The HTML export of one article, from the reader with Ctrl+E.
    await page.keyboard.press('Escape');
    await exportDialog(page).waitFor({ state: 'detached' });
    await page.locator('.article-row__open', { hasText: SENATE }).click();
    await waitForArticle(page, SENATE);
    await page.keyboard.press('Control+e');
    await exportDialog(page).waitFor();
    await exportDialog(page).getByText('HTML', { exact: true }).click();
    expect(await exportDialog(page).getByRole('radio', { name: 'This article' }).isChecked()).toBe(true);
    await exportDialog(page).getByText('1 article, 1 highlight').waitFor();
    const page1 = join(dir, 'senate.html');
    await exportDialog(page).getByLabel('Save as').fill(page1);
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog(page)
      .getByText(/^Exported 1 article, 1 highlight to/u)
      .waitFor();
    const html = readFileSync(page1, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>/iu);
    expect(html).toContain('different opinions, but one nation');
    expect(html).not.toContain('honest competition');
  });

  it('exports chosen articles, and refuses a destination it cannot write', async () => {
    const { page, host } = await gloss.open();
    await seedNotes(host);
    await page.keyboard.press('Control+e');
    await exportDialog(page).waitFor();
    await exportDialog(page).getByText('Chosen articles', { exact: true }).click();
    await exportDialog(page).getByText('Choose at least one article.').waitFor();
    await exportDialog(page).getByRole('checkbox', { name: SENATE }).check();
    await exportDialog(page).getByText('JSON', { exact: true }).click();
    await expect.poll(() => preview(page).textContent()).toContain('"AnnotationCollection"');
    await exportDialog(page).getByText('1 article, 1 highlight').waitFor();

    await exportDialog(page)
      .getByLabel('Save as')
      .fill(join(tempDir(), 'missing', 'notes.json'));
    await exportDialog(page).getByRole('button', { name: 'Export', exact: true }).click();
    await exportDialog(page).getByText('The notes were not exported.').waitFor();
    await exportDialog(page)
      .getByText(/does not exist/u)
      .waitFor();
  });
});

/** A news-sized HTML page. */
function newsPage(i: number): string {
  const paragraphs = Array.from(
    { length: 40 },
    (_, p) =>
      `<p>Paragraph ${p} of story ${i}: the council debated the budget, the schools and the roads until late.</p>`,
  ).join('\n');
  return `<!doctype html><html><head><title>Story ${i}</title><meta name="author" content="Reporter ${i}"></head><body><nav>Home | World</nav><article><h1>Story number ${i}</h1>${paragraphs}</article><footer>© News</footer></body></html>`;
}

describe('import', () => {
  it('imports a folder through the harness route with progress, a summary with the broken file, and the new articles listed', async () => {
    const { page } = await gloss.open();
    const dir = tempDir();
    writeFileSync(
      join(dir, 'alpha.txt'),
      'Alpha council meets\n\nThe alpha council met on Tuesday to talk about water.\n\nIt agreed on a plan.\n',
    );
    writeFileSync(
      join(dir, 'beta.html'),
      '<html><head><meta property="og:title" content="Beta page imported"></head><body><article><p>The beta page says the bridge reopens in May, after two years of repairs.</p><script>window.pwned = 1</script></article></body></html>',
    );
    writeFileSync(
      join(dir, 'gamma.md'),
      '---\ntitle: Gamma notes imported\n---\nThe *gamma* notes talk about the harbour.\n',
    );
    writeFileSync(
      join(dir, 'broken.html'),
      Buffer.from([0x00, 0x01, 0x02, 0xff, 0xfe, 0x00, 0x00, 0x07, 0x08]),
    );
    writeFileSync(join(dir, 'empty.txt'), '');

    await page.keyboard.press('Control+o');
    await importDialog(page).waitFor();
    await importDialog(page).getByRole('textbox').fill(dir);
    await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    const summary = importDialog(page).getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.locator('.import-summary__headline').textContent()).toBe('Imported 3 new articles.');
    expect(await summary.textContent()).toContain('2 files could not be imported:');
    const problems = await summary.locator('.import-summary__problems li').allTextContents();
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^broken\.html: /u);
    expect(problems[1]).toBe('empty.txt: The file is empty.');
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();

    await importDialog(page).getByRole('button', { name: 'Done' }).click();
    await importDialog(page).waitFor({ state: 'detached' });
    await expect
      .poll(() => libraryTitles(page))
      .toEqual(expect.arrayContaining(['Alpha council meets', 'Beta page imported', 'Gamma notes imported']));

    // The same folder again: nothing new, every file recognised. The summary, once seen, is gone:
    // File › Import opens on the chooser.
    await page.keyboard.press('Control+o');
    await importDialog(page).getByRole('textbox').fill(dir);
    expect(await summary.count()).toBe(0);
    await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await summary.waitFor();
    expect(await summary.locator('.import-summary__headline').textContent()).toBe(
      'No new articles were imported.',
    );
    expect(await summary.textContent()).toContain('3 files were already imported and unchanged.');
  });

  it('shows a progress bar with counts while a big folder imports, and cancels it', async () => {
    const { page } = await gloss.open();
    const dir = tempDir();
    for (let i = 0; i < 400; i++)
      writeFileSync(join(dir, `story-${String(i).padStart(3, '0')}.html`), newsPage(i));

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await importDialog(page).getByRole('textbox').fill(dir);
    await importDialog(page).getByRole('button', { name: 'Import', exact: true }).click();
    await importDialog(page).locator('progress.import-progress__bar').waitFor();
    // Counts come from main while it works: the window keeps answering meanwhile.
    await page.waitForFunction(() =>
      /^[1-9]\d* of 400 files/u.test(
        document.querySelector('[data-testid="import-counts"]')?.textContent ?? '',
      ),
    );
    await importDialog(page).getByRole('button', { name: 'Cancel' }).click();
    const summary = importDialog(page).getByTestId('import-summary');
    await summary.waitFor();
    const text = (await summary.textContent()) ?? '';
    expect(text).toMatch(/Cancelled: [\d,]+ files? w(as|ere) not imported/u);
    const created = Number(/Imported ([\d,]+) new articles?/u.exec(text)?.[1] ?? '0');
    expect(created).toBeGreaterThan(0);
    expect(created).toBeLessThan(400);
  });

  it('imports a file dropped onto the window', async () => {
    const { page } = await gloss.open();
    await page.evaluate(() => {
      const data = new DataTransfer();
      data.items.add(
        new File(
          ['Dropped harbour story\n\nThe harbour reopened on Monday after the storm.\n\nBoats came back.\n'],
          'harbour.txt',
          {
            type: 'text/plain',
          },
        ),
      );
      const target = document.querySelector('.article-list') ?? document.body;
      for (const type of ['dragenter', 'dragover', 'drop']) {
        target.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      }
    });
    const summary = importDialog(page).getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.locator('.import-summary__headline').textContent()).toBe('Imported 1 new article.');
    await importDialog(page).getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => libraryTitles(page)).toContain('Dropped harbour story');
    expect(await page.locator('.drop-overlay').count()).toBe(0);
  });
  it('imports the articles of a folder dropped onto the window, the way File › Import walks one', async () => {
    const { page } = await gloss.open();
    const root = join(tempDir(), 'clippings');
    mkdirSync(join(root, 'older', '.drafts'), { recursive: true });
    mkdirSync(join(root, 'pictures'));
    writeFileSync(join(root, 'ferry.txt'), 'Ferry service resumes\n\nThe ferry sailed again on Tuesday.\n');
    writeFileSync(join(root, 'older', 'bridge.md'), '# Bridge opens to traffic\n\nCars crossed at dawn.\n');
    writeFileSync(join(root, 'older', '.drafts', 'draft.txt'), 'Hidden draft\n\nNot for import.\n');
    writeFileSync(join(root, 'pictures', 'photo.png'), 'not an article');
    writeFileSync(join(root, 'notes.csv'), 'a,b\n');

    // A real drop from outside the page, as the OS makes one: Chromium builds the folder's entries.
    const cdp = await page.context().newCDPSession(page);
    const data = { items: [], files: [root, join(root, 'pictures')], dragOperationsMask: 1 };
    for (const type of ['dragEnter', 'dragOver', 'drop'] as const) {
      await cdp.send('Input.dispatchDragEvent', { type, x: 200, y: 200, data });
    }

    const summary = importDialog(page).getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.locator('.import-summary__headline').textContent()).toBe('Imported 2 new articles.');
    expect(await summary.textContent()).toContain('The folder holds no .txt, .md or .html files.');
    // Named by what was dropped, not by the first file found inside it.
    expect(await summary.textContent()).toContain('From clippings and 1 more');
    // Import more: back to the chooser in the same dialog.
    await importDialog(page).getByRole('button', { name: 'Import more' }).click();
    await importDialog(page).locator('.import-chooser').waitFor();
    await importDialog(page).getByRole('button', { name: 'Close' }).click();
    await expect
      .poll(() => libraryTitles(page))
      .toEqual(expect.arrayContaining(['Ferry service resumes', 'Bridge opens to traffic']));
    expect(await libraryTitles(page)).not.toContain('Hidden draft');
  });
});

describe('highlights and notes from a JSON export', () => {
  it('come back into a fresh library from File › Import, show in the open article, and never twice', async () => {
    // One library's notes, exported as Gloss's own backup format…
    const first = await gloss.open();
    await seedNotes(first.host);
    const exported = await callApi<ExportResult>(first.host, 'exportNotes', { format: 'json' });
    const file = join(tempDir(), 'gloss-notes.json');
    writeFileSync(file, exported.files[0]?.content ?? '');

    // …chosen in another library's Import dialog while an article of theirs is open behind it.
    const { page } = await gloss.open();
    await page.locator('.article-row__open', { hasText: KAZINFORM }).click();
    await waitForArticle(page, KAZINFORM);
    expect(await page.locator('.annotation-card').count()).toBe(0);
    await page.keyboard.press('Control+o');
    const section = importDialog(page).locator('.annotation-import');
    await section.getByRole('button', { name: 'Choose a JSON export…' }).waitFor();
    await section.getByTestId('annotation-import-file').setInputFiles(file);
    const summary = section.getByTestId('annotation-import-summary');
    await summary.waitFor();
    expect(await summary.locator('.import-summary__headline').textContent()).toBe(
      'Imported 3 highlights with their notes and tags.',
    );
    await importDialog(page).getByRole('button', { name: 'Close' }).click();
    // The reader behind the dialog shows them at once, painted in the text.
    await expect.poll(() => page.locator('.annotation-card').count()).toBe(2);
    expect(await page.locator('.annotation-card').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining('Parties matter')]),
    );

    // The same file again adds nothing.
    await page.keyboard.press('Control+o');
    await section.getByTestId('annotation-import-file').setInputFiles(file);
    await expect
      .poll(() => summary.locator('.import-summary__headline').textContent())
      .toBe('Nothing new: every highlight in the file is already in the library, or has no article here.');
    expect(await summary.textContent()).toContain(
      '3 highlights were already in the library and are left as they were.',
    );
  });

  it('come back from a JSON export dropped onto the window, beside the articles dropped with it', async () => {
    const first = await gloss.open();
    await seedNotes(first.host);
    const exported = await callApi<ExportResult>(first.host, 'exportNotes', { format: 'json' });

    const { page } = await gloss.open();
    await page.evaluate(
      `(() => {
        const data = new DataTransfer();
        data.items.add(new File([${JSON.stringify(exported.files[0]?.content ?? '')}], 'gloss-notes.json', { type: 'application/json' }));
        data.items.add(new File(['Dropped harbour story\\n\\nThe harbour reopened on Monday.\\n'], 'harbour.txt', { type: 'text/plain' }));
        for (const type of ['dragenter', 'dragover', 'drop'])
          document.body.dispatchEvent(new DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: data }));
      })()`,
    );
    const articles = importDialog(page).getByTestId('import-summary');
    await articles.waitFor();
    expect(await articles.locator('.import-summary__headline').textContent()).toBe('Imported 1 new article.');
    expect(await articles.textContent()).toContain('From harbour.txt');
    const notes = importDialog(page).getByTestId('annotation-import-summary');
    await notes.waitFor();
    expect(await notes.locator('.import-summary__headline').textContent()).toBe(
      'Imported 3 highlights with their notes and tags.',
    );
  });

  it('says why a file that is not an annotation export brings nothing in', async () => {
    const { page } = await gloss.open();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    const file = join(tempDir(), 'notes.json');
    writeFileSync(file, '{"hello": ');
    await importDialog(page).getByTestId('annotation-import-file').setInputFiles(file);
    const problem = importDialog(page).locator('.annotation-import .error-notice');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Nothing was imported from notes.json.');
    expect(await problem.textContent()).toContain('The file is not JSON');
  });
});

describe('copy notes', () => {
  it('copies one article’s notes as Markdown, the same text a Markdown export of it writes', async () => {
    const { page, host } = await gloss.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await seedNotes(host);
    const kazinform = await articleByTitle(host, KAZINFORM);
    await page.locator('.article-row__open', { hasText: KAZINFORM }).click();
    await waitForArticle(page, KAZINFORM);
    await page.getByRole('button', { name: 'Copy notes as Markdown' }).click();
    await page.getByText('Notes copied as Markdown').waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const exported = await callApi<ExportResult>(host, 'exportNotes', {
      format: 'md',
      perArticle: true,
      scope: { articleIds: [kazinform.id] },
    });
    expect(copied).toBe(exported.files[0]?.content);
    expect(copied).toContain('> honest competition');
    expect(copied).toContain('Parties **matter**');
  });
});
