/**
 * The library's safety net as the user meets it: the banner after a damaged library was repaired at
 * start, and File > Restore from backup (the dialog the header's Backups button opens too).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import type { Annotation } from '../../shared/model/annotation';
import type { BackupListing } from '../../shared/model/backup';
import type { RunningHost } from '../../electron/host/startHost';
import { LIBRARY_FILE } from '../../electron/main/db/openDatabase';
import { damage } from '../crash/damage';
import { annotate, articleByTitle, callApi, useGloss, waitForLibrary } from './harness';

const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';
const PHRASE = 'different opinions, but one nation';

const gloss = useGloss();
const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function keptDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gloss-e2e-backups-'));
  tempDirs.push(dir);
  return dir;
}

function annotateUnity(host: RunningHost): Promise<Annotation> {
  return articleByTitle(host, SENATE).then((article) =>
    annotate(host, article, PHRASE, 'blue', { note: 'Unity' }),
  );
}

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Restore from a backup' });

describe('startup notice', () => {
  it('tells in plain words that a damaged library was replaced by its backup, once, until dismissed', async () => {
    const dataDir = keptDir();
    const first = await gloss.open({ dataDir });
    await annotateUnity(first.host);
    await first.host.library.backup('manual');
    await gloss.close();
    damage(join(dataDir, LIBRARY_FILE), 'smashed header');

    const { page, host } = await gloss.open({ dataDir });
    const banner = page.getByRole('alert').filter({ hasText: 'Your library was damaged' });
    await banner.waitFor();
    expect(await banner.locator('.notice-banner__title').textContent()).toBe(
      'Your library was damaged, so Gloss restored your latest backup.',
    );
    expect(await banner.textContent()).toMatch(/Changes made after that time are not in it\./u);
    expect(await banner.textContent()).toContain(join(dataDir, 'library.corrupt-'));
    // It sits above the app's header, first in the page.
    expect(
      await page.evaluate(() => document.querySelector('#root')?.firstElementChild?.className ?? null),
    ).toBe('notice-banners');

    await banner.getByRole('button', { name: 'Dismiss' }).click();
    await banner.waitFor({ state: 'detached' });
    // Main hands the notice out once: a reload shows the library without it.
    await page.reload();
    await waitForLibrary(page);
    expect(await page.locator('.notice-banner').count()).toBe(0);
    // …and the backup's annotation is in the library that was restored.
    expect((await callApi<Annotation[]>(host, 'listAnnotations')).map((a) => a.quote.exact)).toEqual([
      PHRASE,
    ]);
  });
});

describe('restore from backup', () => {
  it('lists the backups with what they hold, restores one after a confirmation, and keeps the library as it was', async () => {
    const { page, host } = await gloss.open();
    const annotation = await annotateUnity(host);
    const backup = await host.library.backup('manual');
    await callApi(host, 'deleteAnnotation', { id: annotation.id });
    await callApi(host, 'purgeAnnotation', { id: annotation.id });

    await page.getByRole('button', { name: 'Backups' }).click();
    await dialog(page).waitFor();
    const item = dialog(page).locator('.backup-item').filter({ hasText: 'Backup made by hand' });
    expect(await item.locator('.backup-item__meta').textContent()).toMatch(
      /^Backup made by hand · 5 articles, 1 annotation · [\d.]+ (KB|MB)$/u,
    );

    await item.getByRole('button', { name: /^Restore… the backup from / }).click();
    const confirm = dialog(page).getByRole('group', { name: /^Restore the backup from .+\?$/u });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('It holds 5 articles, 1 annotation.');
    // The safe answer has the focus.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cancel');
    await confirm.getByRole('button', { name: 'Restore', exact: true }).click();

    const banner = page.getByRole('status').filter({ hasText: 'Backup restored.' });
    await banner.waitFor();
    expect(await banner.textContent()).toMatch(/kept as a backup from .+, so you can go back to it\./u);
    expect(await page.evaluate(() => document.activeElement?.classList.contains('notice-banner'))).toBe(true);
    await dialog(page).waitFor({ state: 'hidden' });

    // The app has loaded the restored library: the annotation is back in the notebook.
    await waitForLibrary(page);
    await page.getByRole('button', { name: 'Notebook' }).click();
    await page.locator('.view--notebook:not([hidden]) .notebook-item__quote', { hasText: PHRASE }).waitFor();

    // The library as it was (without the annotation) is the newest backup.
    const backups = await callApi<BackupListing[]>(host, 'listBackups');
    expect(backups.map((b) => [b.reason, b.annotations])).toContainEqual(['before-restore', 0]);
    expect(backups.find((b) => b.name === backup.name)?.annotations).toBe(1);
  });

  it('is reached and left by keyboard, and says why when a restore fails without changing anything', async () => {
    const { page, host } = await gloss.open();
    const backup = await host.library.backup('manual');
    await page.getByRole('button', { name: 'Backups' }).focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    // The dialog's title has the focus; Tab goes on to the newest backup.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Restore from a backup');
    await dialog(page).locator('.backup-item').first().waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-backup'))).toBe(backup.name);
    // The page behind is inert to shortcuts too: t does not switch the theme.
    const theme = () => page.getByTestId('theme-toggle').first().getAttribute('aria-label');
    const before = await theme();
    await page.keyboard.press('t');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await theme()).toBe(before);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Backups');

    await page.keyboard.press('Enter');
    const restore = dialog(page).getByRole('button', { name: /^Restore… the backup from / });
    await restore.waitFor();
    // Gone from disk after it was listed.
    rmSync(join(host.library.backupDir, backup.name));
    await restore.click();
    await page.keyboard.press('Enter'); // the focused Cancel: back to the list
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-backup')))
      .toBe(backup.name);
    await restore.click();
    await dialog(page).getByRole('button', { name: 'Restore', exact: true }).click();
    const failure = dialog(page).getByRole('alert');
    await failure.waitFor();
    expect(await failure.textContent()).toContain('The backup was not restored.');
    expect(await failure.textContent()).toContain(`There is no backup called ${backup.name}.`);
    expect(await callApi<BackupListing[]>(host, 'listBackups')).toEqual([]);
  });
});
