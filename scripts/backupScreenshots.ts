/**
 * Screenshots of the library's safety net: the banner after a damaged library was repaired at
 * start, and the restore dialog with its confirmation. Called by scripts/screenshots.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHost } from '../electron/host/startHost';
import { LIBRARY_FILE } from '../electron/main/db/openDatabase';
import { damage } from '../tests/crash/damage';
import { RENDERER_DIR, SEED_DIR } from '../tests/e2e/harness';

const VIEWPORT = { width: 1280, height: 860 };
const DAY_MS = 24 * 60 * 60 * 1000;

async function settle(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('gloss:library-painted').length > 0);
  await page.mouse.move(0, VIEWPORT.height - 1);
  await page.waitForTimeout(150);
}

export async function shootBackupViews(browser: Browser, outDir: string): Promise<string[]> {
  const dataDir = mkdtempSync(join(tmpdir(), 'gloss-shots-backups-'));
  const files: string[] = [];
  try {
    // A few days of backups, then a smashed library: the next start restores the newest.
    const before = await startHost({ dataDir, seedDir: SEED_DIR, rendererDir: RENDERER_DIR, port: 0 });
    const now = Date.now();
    await before.library.backup('manual');
    await before.library.backupIfDue(new Date(now - 2 * DAY_MS));
    await before.library.backupIfDue(new Date(now - DAY_MS));
    await before.close();
    damage(join(dataDir, LIBRARY_FILE), 'smashed header');

    const host = await startHost({ dataDir, seedDir: SEED_DIR, rendererDir: RENDERER_DIR, port: 0 });
    try {
      for (const scheme of ['light', 'dark'] as const) {
        const context = await browser.newContext({
          viewport: VIEWPORT,
          colorScheme: scheme,
          deviceScaleFactor: 1,
        });
        const page = await context.newPage();
        await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
        const save = async (name: string): Promise<void> => {
          const file = join(outDir, `${name}-${scheme}.png`);
          await page.screenshot({ path: file });
          files.push(file);
        };
        await page.goto(host.url);
        await settle(page);
        // The startup notice is handed out once: the light run shows it.
        if (scheme === 'light') {
          await page.locator('.notice-banner').waitFor();
          await save('startup-notice');
        }
        await page.getByRole('button', { name: 'Backups' }).click();
        await page.locator('.backup-item').first().waitFor();
        await save('restore-dialog');
        await page.locator('.backup-item').nth(1).getByRole('button').click();
        await page.locator('.restore-confirm').waitFor();
        await save('restore-confirm');
        await context.close();
      }
    } finally {
      await host.close();
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  return files;
}
