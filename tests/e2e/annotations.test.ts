import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Annotation } from '../../shared/model/annotation';
import { annotate, articleByTitle, callApi, SEED_DIR, useGloss, waitForArticle } from './harness';

const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';

const gloss = useGloss();
const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function paintedCount(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('gloss:highlights-painted').length);
}

/** Opens an article and waits until its highlights are painted. */
async function open(page: Page, title: string): Promise<void> {
  const before = await paintedCount(page);
  await page.locator('.article-row__open', { hasText: title }).click();
  await waitForArticle(page, title);
  await page.waitForFunction(
    (n) => performance.getEntriesByName('gloss:highlights-painted').length > n,
    before,
  );
}

async function reloadArticle(page: Page, title: string): Promise<void> {
  await page.reload();
  await waitForArticle(page, title);
  await page.waitForFunction(() => performance.getEntriesByName('gloss:highlights-painted').length > 0);
}

/** The text of every painted range, by highlight name (overlap, hover and current included). */
function painted(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(() => {
    const out: Record<string, string[]> = {};
    for (const [name, highlight] of CSS.highlights) {
      const texts: string[] = [];
      for (const r of highlight) {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        texts.push(range.toString());
      }
      if (texts.length > 0) out[name] = texts;
    }
    return out;
  });
}

/** The viewport point at the middle of a character of `word` in block `index` (first or last character). */
async function pointAt(
  page: Page,
  index: number,
  word: string,
  edge: 'first' | 'last',
): Promise<{ x: number; y: number }> {
  const point = await page.evaluate(
    ([i, w, e]) => {
      const block = document.querySelector(`.article__body [data-block-index="${i}"]`);
      const text = block?.firstChild;
      if (!text || text.nodeType !== Node.TEXT_NODE) return null;
      const at = (text.textContent ?? '').indexOf(w);
      if (at < 0) return null;
      const c = e === 'first' ? at : at + w.length - 1;
      const range = document.createRange();
      range.setStart(text, c);
      range.setEnd(text, c + 1);
      const rect = range.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    },
    [index, word, edge] as const,
  );
  if (!point) throw new Error(`"${word}" is not in block ${index}`);
  return point;
}

/** Drags the real mouse from the start of one word to the end of another. */
async function dragSelect(page: Page, from: [number, string], to: [number, string]): Promise<void> {
  const a = await pointAt(page, from[0], from[1], 'first');
  await page.mouse.move(a.x - 2, a.y);
  await page.mouse.down();
  const b = await pointAt(page, to[0], to[1], 'last');
  await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 4 });
  await page.mouse.move(b.x + 2, b.y, { steps: 4 });
  await page.mouse.up();
}

async function clickWord(page: Page, index: number, word: string): Promise<void> {
  const p = await pointAt(page, index, word, 'first');
  await page.mouse.click(p.x, p.y);
}

const cards = (page: Page) => page.locator('.annotation-sidebar .annotation-card');
const flat = (text: string): string => text.replace(/\s+/g, ' ').trim();

describe('annotations', () => {
  it('highlights a mouse selection across two paragraphs, takes a note, and keeps both across a reload', async () => {
    const { page, host } = await gloss.open();
    await open(page, KAZINFORM);

    await dragSelect(page, [0, 'Akorda'], [1, 'State']);
    const toolbar = page.locator('.selection-toolbar');
    await toolbar.waitFor();
    expect(flat(await page.evaluate(() => window.getSelection()?.toString() ?? ''))).toBe(
      'Akorda press service reports. The Head of State',
    );
    await toolbar.locator('[data-color="green"]').click();
    await toolbar.waitFor({ state: 'detached' });

    await expect
      .poll(async () => (await painted(page))['gloss-green']?.map(flat))
      .toEqual(['Akorda press service reports.The Head of State']);
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(flat((await cards(page).first().locator('.annotation-card__quote').textContent()) ?? '')).toBe(
      'Akorda press service reports. The Head of State',
    );

    // Click the highlight: its editor opens. Letters typed into the note are never shortcuts.
    await clickWord(page, 0, 'press');
    const editor = page.locator('.annotation-editor');
    await editor.waitFor();
    const note = editor.locator('textarea');
    await note.click();
    await page.keyboard.type('**Key** point: the party system, then 1 b t n j.');
    const saved = page.waitForRequest((r) => r.url().endsWith('/api/updateAnnotation'));
    await note.blur();
    await saved;
    expect(await page.locator('.view--reader').count()).toBe(1);
    expect(await page.getAttribute('html', 'data-theme-preference')).not.toBe('light');

    await expect
      .poll(async () => (await callApi<Annotation[]>(host, 'listAnnotations', {}))[0]?.note)
      .toBe('**Key** point: the party system, then 1 b t n j.');

    await reloadArticle(page, KAZINFORM);
    expect((await painted(page))['gloss-green']?.map(flat)).toEqual([
      'Akorda press service reports.The Head of State',
    ]);
    await expect.poll(() => cards(page).count()).toBe(1);
    const cardNote = cards(page).first().locator('.annotation-card__note');
    expect(await cardNote.locator('strong').textContent()).toBe('Key');
    expect(flat((await cardNote.textContent()) ?? '')).toBe('Key point: the party system, then 1 b t n j.');

    // Hovering shows the note.
    const p = await pointAt(page, 1, 'Head', 'first');
    await page.mouse.move(p.x, p.y);
    await page.locator('.hover-note').waitFor();
    expect(await page.locator('.hover-note').textContent()).toContain('Key point');
  });

  it('draws overlapping highlights distinctly and lets each be opened', async () => {
    const { page, host } = await gloss.open();
    const article = await articleByTitle(host, KAZINFORM);
    const wide = await annotate(host, article, 'political parties with high responsibility', 'yellow');
    const narrow = await annotate(host, article, 'high responsibility, and able to protect', 'blue', {
      note: 'Which interests?',
    });
    await open(page, KAZINFORM);

    const drawn = await painted(page);
    expect(drawn['gloss-yellow']).toEqual(['political parties with high responsibility']);
    expect(drawn['gloss-blue']).toEqual(['high responsibility, and able to protect']);
    expect(drawn['gloss-overlap']).toEqual(['high responsibility']);
    // The two colours really differ on screen.
    const colours = await page.evaluate(() => {
      const style = getComputedStyle(document.documentElement);
      return [style.getPropertyValue('--hl-yellow'), style.getPropertyValue('--hl-blue')];
    });
    expect(colours[0]).not.toBe(colours[1]);

    const editor = page.locator('.annotation-editor');
    await clickWord(page, 0, 'parties');
    await editor.waitFor();
    expect(await editor.getAttribute('data-annotation-id')).toBe(wide.id);
    expect(await painted(page).then((d) => d['gloss-current'])).toEqual([
      'political parties with high responsibility',
    ]);

    await clickWord(page, 0, 'protect');
    await expect.poll(() => editor.getAttribute('data-annotation-id')).toBe(narrow.id);
    expect(await editor.locator('textarea').inputValue()).toBe('Which interests?');

    // In the overlap, a click asks which one.
    await clickWord(page, 0, 'responsibility');
    const chooser = page.locator('.highlight-chooser');
    await chooser.waitFor();
    expect(await chooser.locator('.highlight-chooser__item').count()).toBe(2);
    await chooser.locator('.highlight-chooser__item').nth(1).click();
    await expect.poll(() => editor.getAttribute('data-annotation-id')).toBe(wide.id);

    // The editor changes the colour at once; Escape closes it and stays in the article.
    await editor.locator('[data-color="purple"]').click();
    await expect
      .poll(async () => (await painted(page))['gloss-purple'])
      .toEqual(['political parties with high responsibility']);
    await page.keyboard.press('Escape');
    await editor.waitFor({ state: 'detached' });
    expect(await page.locator('.view--reader').count()).toBe(1);
  });

  it('undoes and redoes with Ctrl+Z and Ctrl+Shift+Z, also after a reload', async () => {
    const { page } = await gloss.open();
    await open(page, KAZINFORM);
    await dragSelect(page, [1, 'civilized'], [1, 'traditions']);
    await page.locator('.selection-toolbar').waitFor();
    await page.keyboard.press('h');
    await expect
      .poll(async () => (await painted(page))['gloss-yellow'])
      .toEqual(['civilized political traditions']);
    await expect.poll(() => cards(page).count()).toBe(1);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await painted(page))['gloss-yellow']).toBeUndefined();
    await expect.poll(() => cards(page).count()).toBe(0);
    await page.keyboard.press('Control+Shift+z');
    await expect
      .poll(async () => (await painted(page))['gloss-yellow'])
      .toEqual(['civilized political traditions']);

    // The history is in the library: undo works after a reload too.
    await reloadArticle(page, KAZINFORM);
    expect((await painted(page))['gloss-yellow']).toEqual(['civilized political traditions']);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await painted(page))['gloss-yellow']).toBeUndefined();
    await page.keyboard.press('Control+y');
    await expect
      .poll(async () => (await painted(page))['gloss-yellow'])
      .toEqual(['civilized political traditions']);
    await expect.poll(() => cards(page).count()).toBe(1);
  });

  it('selects and highlights with the keyboard alone, and jumps between highlights with j and k', async () => {
    const { page } = await gloss.open();
    await open(page, KAZINFORM);
    // No caret yet: Shift+→ starts at the first line on screen.
    for (let i = 0; i < 'ASTANA. KAZINFORM'.length; i++) await page.keyboard.press('Shift+ArrowRight');
    await page.locator('.selection-toolbar').waitFor();
    await page.keyboard.press('h');
    await expect.poll(async () => (await painted(page))['gloss-yellow']).toEqual(['ASTANA. KAZINFORM']);

    // A second one, further on, in colour 4, with a note (n) typed straight away.
    await page.evaluate(() => {
      const text = document.querySelector('.article__body [data-block-index="1"]')?.firstChild;
      if (text) window.getSelection()?.collapse(text, 0);
    });
    for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('4');
    await expect
      .poll(async () => (await painted(page))['gloss-purple']?.map(flat))
      .toEqual(['The Head of State']);

    await page.evaluate(() => {
      const text = document.querySelector('.article__body [data-block-index="2"]')?.firstChild;
      if (text) window.getSelection()?.collapse(text, 0);
    });
    for (let i = 0; i < 2; i++) await page.keyboard.press('Control+Shift+ArrowRight');
    await page.keyboard.press('n');
    const note = page.locator('.annotation-editor textarea');
    await expect.poll(() => note.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('next? no: a note');
    await page.keyboard.press('Escape');
    await page.locator('.annotation-editor').waitFor({ state: 'detached' });
    expect(await page.locator('.view--reader').count()).toBe(1);
    await expect.poll(() => cards(page).count()).toBe(3);

    // j and k go from highlight to highlight in text order, from the current one (the note's).
    const current = async (): Promise<string | undefined> =>
      (await painted(page))['gloss-current']?.map(flat)[0];
    expect(await current()).toBe('The President');
    await page.keyboard.press('k');
    await expect.poll(current).toBe('The Head of State');
    await page.keyboard.press('k');
    await expect.poll(current).toBe('ASTANA. KAZINFORM');
    await page.keyboard.press('k');
    await page.keyboard.press('j');
    await expect.poll(current).toBe('The Head of State');
    expect(
      await page.locator('.annotation-card[aria-current="true"] .annotation-card__quote').textContent(),
    ).toBe('The Head of State');
    // A click on plain text lets go of it; j then starts from the top of the screen.
    await clickWord(page, 1, 'civilized');
    await expect.poll(current).toBeUndefined();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('j');
    await expect.poll(current).toBe('ASTANA. KAZINFORM');
    // Enter opens the current one.
    await page.keyboard.press('Enter');
    await page.locator('.annotation-editor').waitFor();
  });

  it('restores a deleted highlight from Recently deleted', async () => {
    const { page, host } = await gloss.open();
    const article = await articleByTitle(host, KAZINFORM);
    await annotate(host, article, 'honest competition', 'red', { note: 'Keep this', tags: ['elections'] });
    await open(page, KAZINFORM);

    await clickWord(page, 1, 'honest');
    const editor = page.locator('.annotation-editor');
    await editor.getByRole('button', { name: 'Delete highlight' }).click();
    await expect.poll(async () => (await painted(page))['gloss-red']).toBeUndefined();
    await expect.poll(() => cards(page).count()).toBe(0);

    const deleted = page.locator('.deleted-annotations');
    await deleted.locator('summary').click();
    expect(await deleted.locator('.deleted-annotation__quote').textContent()).toBe('honest competition');
    await deleted.getByRole('button', { name: /Restore/ }).click();
    await expect.poll(async () => (await painted(page))['gloss-red']).toEqual(['honest competition']);
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await cards(page).first().locator('.tag-chip').textContent()).toBe('elections');
    expect(await page.locator('.deleted-annotations').count()).toBe(0);
  });

  it('lists an annotation whose passage left the article as an orphan, and re-attaches it', async () => {
    const seedDir = mkdtempSync(join(tmpdir(), 'gloss-e2e-seeds-'));
    const dataDir = mkdtempSync(join(tmpdir(), 'gloss-e2e-data-'));
    tempDirs.push(seedDir, dataDir);
    cpSync(SEED_DIR, seedDir, { recursive: true });
    const doomed = 'The President said the Majilis and maslikhat election campaign';

    const first = await gloss.open({ seedDir, dataDir });
    const article = await articleByTitle(first.host, KAZINFORM);
    const orphan = await annotate(first.host, article, doomed, 'orange', { note: 'About the **campaign**' });
    await gloss.close();

    // The article changes: the paragraph holding the quote is gone.
    const file = readdirSync(seedDir)
      .map((f) => join(seedDir, f))
      .find((f) => readFileSync(f, 'utf8').includes(doomed));
    if (!file) throw new Error('no seed holds the paragraph');
    const text = readFileSync(file, 'utf8');
    const paragraph = text.split('\n').find((line) => line.includes(doomed)) ?? '';
    writeFileSync(file, text.replace(paragraph, ''));

    const { page, host } = await gloss.open({ seedDir, dataDir });
    await open(page, KAZINFORM);
    const card = page.locator(`.annotation-card[data-annotation-id="${orphan.id}"]`);
    await card.waitFor();
    expect(await card.getAttribute('data-anchor')).toBe('orphan');
    expect(await card.locator('.anchor-badge').textContent()).toBe('Not found');
    expect(flat((await card.locator('.annotation-card__quote').textContent()) ?? '')).toBe(doomed);
    expect(await card.locator('.annotation-card__note strong').textContent()).toBe('campaign');
    expect(await page.locator('.annotation-sidebar__notice').textContent()).toContain('lost its place');
    expect((await painted(page))['gloss-orange']).toBeUndefined();

    await card.getByRole('button', { name: 'Re-attach' }).click();
    await page.locator('.reattach-banner').waitFor();
    await dragSelect(page, [2, 'latest'], [2, 'reforms']);
    await page.getByRole('button', { name: 'Attach here' }).click();
    await expect
      .poll(async () => (await painted(page))['gloss-orange'])
      .toEqual(['latest political reforms']);
    await expect.poll(() => card.getAttribute('data-anchor')).toBe('exact');
    expect(await card.locator('.anchor-badge').count()).toBe(0);
    expect(await page.locator('.reattach-banner').count()).toBe(0);
    const stored = (await callApi<Annotation[]>(host, 'listAnnotations', {})).find((a) => a.id === orphan.id);
    expect(stored).toMatchObject({
      anchor: 'exact',
      note: 'About the **campaign**',
      quote: { exact: 'latest political reforms' },
    });
  });

  it('adds tags with completion from the library, renames a colour, and purges a deleted highlight', async () => {
    const { page, host } = await gloss.open();
    const article = await articleByTitle(host, KAZINFORM);
    const old = await annotate(host, article, 'honest competition', 'red', {
      tags: ['elections', 'economy'],
    });
    await open(page, KAZINFORM);

    // The toolbar's tag button highlights the selection and opens it with the tag field ready.
    await dragSelect(page, [1, 'civilized'], [1, 'traditions']);
    await page.locator('.selection-toolbar').getByRole('button', { name: 'Add tags' }).click();
    const field = page.locator('.annotation-editor').getByRole('combobox', { name: 'Add a tag' });
    await expect.poll(() => field.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.type('ele');
    const options = page.locator('.tag-suggestions [role="option"]');
    await expect.poll(() => options.allTextContents()).toEqual(['elections']);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Civic culture');
    await page.keyboard.press('Enter');
    // Saved at once; the library keeps tags in alphabetical order.
    const chips = page.locator('.annotation-editor .tag-chip span');
    await expect.poll(() => chips.allTextContents()).toEqual(['Civic culture', 'elections']);
    await expect
      .poll(
        async () =>
          (await callApi<Annotation[]>(host, 'listAnnotations', {})).find((a) =>
            a.quote.exact.startsWith('civilized'),
          )?.tags,
      )
      .toEqual(['Civic culture', 'elections']);
    // Backspace in the empty field takes the last tag off again.
    await page.keyboard.press('Backspace');
    await expect.poll(() => chips.allTextContents()).toEqual(['Civic culture']);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.locator('.annotation-editor').waitFor({ state: 'detached' });

    // Colours carry meanings the user names.
    await page.locator('.color-legend summary').click();
    const name = page.getByRole('textbox', { name: /Meaning of colour 1/ });
    await name.fill('Main point');
    await name.press('Enter');
    await expect
      .poll(
        async () =>
          (await callApi<{ id: string; name: string }[]>(host, 'listColorLabels')).find(
            (l) => l.id === 'yellow',
          )?.name,
      )
      .toBe('Main point');
    await dragSelect(page, [2, 'final'], [2, 'stage']);
    expect(await page.locator('.selection-toolbar [data-color="yellow"]').getAttribute('aria-label')).toBe(
      'Highlight: Main point',
    );
    await page.keyboard.press('Escape');

    // Deleted, then deleted for good.
    await clickWord(page, 1, 'honest');
    await page.locator('.annotation-editor').getByRole('button', { name: 'Delete highlight' }).click();
    await page.locator('.deleted-annotations summary').click();
    await page.getByRole('button', { name: /Delete for good/ }).click();
    await expect.poll(() => page.locator('.deleted-annotations').count()).toBe(0);
    expect((await callApi<Annotation[]>(host, 'listDeletedAnnotations')).map((a) => a.id)).not.toContain(
      old.id,
    );
  });

  it('copies the quote with its citation', async () => {
    const { page } = await gloss.open({ permissions: ['clipboard-read', 'clipboard-write'] });
    await open(page, KAZINFORM);
    await dragSelect(page, [1, 'civilized'], [1, 'traditions']);
    await page
      .locator('.selection-toolbar')
      .getByRole('button', { name: 'Copy quote with citation' })
      .click();
    await page.getByText('Quote and citation copied').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      '“civilized political traditions”\n— Zhanna Nurmaganbetova, “Kazakhstan needs parties with high responsibility, President”, Kazinform, 26 January 2023, ¶ 2',
    );
  });
});
