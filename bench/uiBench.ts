import { chromium, type Page } from 'playwright-core';
import { startHost } from '../electron/host/startHost';
import { median, quantile } from './stats';
import type { BenchRow } from './types';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Time from navigation start to a performance mark the renderer sets. */
async function markTime(page: Page, mark: string): Promise<number> {
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, {
    timeout: 15_000,
  });
  return page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, mark);
}

/** UI figures in real Chromium through the harness, on the bench's library. */
export async function benchUi(dataDir: string, rendererDir: string): Promise<BenchRow[]> {
  const host = await startHost({ dataDir, rendererDir, port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    const paints: number[] = [];
    for (let i = 0; i < 7; i++) {
      // Start from the library each time: forget the last article.
      host.library.db.prepare("DELETE FROM settings WHERE key = 'preferences'").run();
      await page.goto(host.url);
      paints.push(await markTime(page, 'gloss:library-painted'));
    }
    return [
      {
        name: 'harness: library painted after load start (median)',
        value: median(paints),
        unit: 'ms',
        target: '≤ 1000',
      },
      {
        name: 'harness: library painted after load start (max of 7)',
        value: quantile(paints, 1),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}
