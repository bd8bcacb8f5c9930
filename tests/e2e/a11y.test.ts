/// <reference lib="dom" />
/**
 * Accessibility in Chromium: axe-core over every view (no serious or critical violation), and the
 * app driven by the keyboard alone, each focused control showing its focus ring.
 *
 * axe is injected as an inline script, which the app's CSP (rightly) forbids: these sessions bypass
 * the CSP, and only these.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../electron/host/startHost';
import { LIBRARY_FILE } from '../../electron/main/db/openDatabase';
import { damage } from '../crash/damage';
import {
  annotate,
  articleByTitle,
  type GlossSession,
  type SessionOptions,
  useGloss,
  waitForArticle,
  waitForLibrary,
} from './harness';

const AXE = fileURLToPath(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url));
/** Seed 003: a Kazinform page, cleaned by reader mode. */
const KAZINFORM = 'Kazakhstan needs parties with high responsibility, President';
const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

const gloss = useGloss();
const tempDirs: string[] = [];

afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

const start = (options: SessionOptions = {}): Promise<GlossSession> =>
  gloss.open({ bypassCSP: true, ...options });

/** The serious and critical axe violations on the page as it is now, one line each. */
async function violations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  // Colours are measured once things have faded in (the infinite and scroll-driven ones never end).
  await page.evaluate(() =>
    Promise.all(
      document
        .getAnimations()
        .filter(
          (a) => a.timeline === document.timeline && Number.isFinite(a.effect?.getComputedTiming().endTime),
        )
        .map((a) => a.finished.catch(() => undefined)),
    ),
  );
  const options: RunOptions = { resultTypes: ['violations'] };
  const results = await page.evaluate(
    (runOptions) =>
      (window as unknown as { axe: { run(c: Document, o: RunOptions): Promise<AxeResults> } }).axe.run(
        document,
        runOptions,
      ),
    options,
  );
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact ?? ''}): ${v.help} — ${v.nodes
          .slice(0, 4)
          .map((n) => `${n.target.join(' ')}${contrastOf(n.any[0]?.data)}`)
          .join(' | ')}`,
    );
}

/** For a contrast failure: the colours and the ratio axe measured. */
function contrastOf(data: unknown): string {
  const d = data as { fgColor?: string; bgColor?: string; contrastRatio?: number } | null | undefined;
  return d?.contrastRatio === undefined
    ? ''
    : ` (${d.fgColor ?? '?'} on ${d.bgColor ?? '?'}: ${d.contrastRatio})`;
}

async function expectAccessible(page: Page, view: string): Promise<void> {
  expect(await violations(page), `serious or critical axe violations in ${view}`).toEqual([]);
}

/** Through the theme control, as a user would: it cycles system → light → dark. */
async function setTheme(page: Page, theme: 'light' | 'dark'): Promise<void> {
  const current = () => page.evaluate(() => document.documentElement.dataset.theme);
  for (let i = 0; i < 3 && (await current()) !== theme; i++) {
    await page.locator('.view:not([hidden]) [data-testid="theme-toggle"]').click();
  }
  expect(await current()).toBe(theme);
}

async function annotateIn(host: RunningHost, title: string, needle: string, note = ''): Promise<void> {
  await annotate(host, await articleByTitle(host, title), needle, 'yellow', { note, tags: ['democracy'] });
}

async function openArticle(page: Page, title: string): Promise<void> {
  await page.locator('.article-row__open', { hasText: title }).click();
  await waitForArticle(page, title);
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
  if (!point) throw new Error(`"${word}" is not in block ${index}`);
  return point;
}

describe('axe finds no serious or critical violation', () => {
  it('in the library and the reader (seed 003), light and dark', async () => {
    const { page } = await start();
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await expectAccessible(page, `the library (${theme})`);
      await openArticle(page, KAZINFORM);
      await expectAccessible(page, `the reader (${theme})`);
      await page.keyboard.press('Escape');
      await waitForLibrary(page);
    }
  });

  it('in the reader with the highlights sidebar, the selection toolbar and the annotation editor', async () => {
    const { page, host } = await start();
    await annotateIn(host, KAZINFORM, 'political parties with high responsibility', 'The **core** demand.');
    await openArticle(page, KAZINFORM);
    const toggle = page.locator('.sidebar-toggle');
    if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
    await page.locator('.annotation-sidebar .annotation-card').first().waitFor();
    await expectAccessible(page, 'the reader with its sidebar');

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
    await expectAccessible(page, 'the selection toolbar');
    await page.keyboard.press('Escape');

    // j goes to the first highlight, Enter opens its editor.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.keyboard.press('j');
    await page.keyboard.press('Enter');
    await page.locator('.annotation-editor').waitFor();
    await expectAccessible(page, 'the annotation editor');
  });

  it('in the notebook', async () => {
    const { page, host } = await start();
    await annotateIn(host, KAZINFORM, 'political parties with high responsibility', 'Parties *matter*.');
    await annotateIn(host, SENATE, 'different opinions, but one nation');
    await page.getByRole('button', { name: 'Notebook' }).click();
    await page.locator('.view--notebook:not([hidden]) .notebook-item').first().waitFor();
    await expectAccessible(page, 'the notebook');
  });

  it('in the search panel with results, and the find bar', async () => {
    const { page } = await start();
    await page.keyboard.press('Control+k');
    await page.locator('.search-panel__input').waitFor();
    await expectAccessible(page, 'the empty search panel');
    await page.keyboard.type('Tokaev parties');
    await page.locator('.search-hit').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await expectAccessible(page, 'the search panel with results');
    await page.keyboard.press('Escape');

    await openArticle(page, KAZINFORM);
    await page.keyboard.press('Control+f');
    await page.locator('.find-bar__input').waitFor();
    await page.keyboard.type('parties');
    await page.keyboard.press('Enter');
    await expectAccessible(page, 'the find bar');
  });

  it('in the restore dialog and its confirmation, light and dark', async () => {
    const { page, host } = await start();
    await host.library.backup('manual');
    for (const theme of ['light', 'dark'] as const) {
      await setTheme(page, theme);
      await page.getByRole('button', { name: 'Backups' }).click();
      await page.locator('.backup-item').first().waitFor();
      await expectAccessible(page, `the restore dialog (${theme})`);
      await page.locator('.backup-item').first().getByRole('button').click();
      await page.locator('.restore-confirm').waitFor();
      await expectAccessible(page, `the restore confirmation (${theme})`);
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'hidden' });
    }
  });

  it('with the startup notice of a repaired library', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'gloss-e2e-a11y-'));
    tempDirs.push(dataDir);
    const first = await start({ dataDir });
    await first.host.library.backup('manual');
    await gloss.close();
    damage(join(dataDir, LIBRARY_FILE), 'smashed header');
    const { page } = await start({ dataDir });
    await page.locator('.notice-banner').waitFor();
    await expectAccessible(page, 'the startup notice');
  });

  it('in a narrow window, where the header buttons show only their icons', async () => {
    const { page } = await start({ viewport: { width: 480, height: 800 } });
    await expectAccessible(page, 'the narrow library');
    await openArticle(page, KAZINFORM);
    await expectAccessible(page, 'the narrow reader');
  });
});

interface Stop {
  readonly key: string;
  readonly label: string;
  /** Matches :focus-visible and draws an outline or a ring. */
  readonly ring: boolean;
}

/** Marks every control a keyboard user should reach in the page as it is; returns their keys and labels. */
function markTabbable(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    let next = Number(document.documentElement.dataset.a11yNext ?? '0');
    const found: Record<string, string> = {};
    const candidates = document.querySelectorAll<HTMLElement>(
      'button, a[href], input, select, textarea, summary, [tabindex]',
    );
    for (const element of candidates) {
      // Not in a closed <details>, not display:none or visibility:hidden.
      const shown = element.checkVisibility({ visibilityProperty: true });
      if (
        element.tabIndex < 0 ||
        element.matches(':disabled') ||
        !shown ||
        element.closest('[inert], [hidden]')
      )
        continue;
      element.dataset.a11yKey ??= String(next++);
      found[element.dataset.a11yKey] =
        element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 60);
    }
    document.documentElement.dataset.a11yNext = String(next);
    return found;
  });
}

function focusedStop(page: Page): Promise<Stop | null> {
  return page.evaluate(() => {
    const element = document.activeElement;
    if (!(element instanceof HTMLElement) || element === document.body) return null;
    // The ring may be drawn by a close ancestor (a list row around its title button).
    let drawsRing = false;
    for (let at: Element | null = element, up = 0; at && up < 3 && !drawsRing; at = at.parentElement, up++) {
      const style = getComputedStyle(at);
      drawsRing =
        (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none';
    }
    return {
      key: element.dataset.a11yKey ?? `unmarked ${element.tagName} ${element.className}`,
      label: element.getAttribute('aria-label') ?? element.textContent.trim().slice(0, 60),
      ring: element.matches(':focus-visible') && drawsRing,
    };
  });
}

/** Presses Tab until the focus comes round again; every stop on the way, in order. */
async function tabRound(page: Page): Promise<Stop[]> {
  const stops: Stop[] = [];
  const seen = new Set<string>();
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (stop === null) continue;
    if (seen.has(stop.key)) return stops;
    seen.add(stop.key);
    stops.push(stop);
  }
  throw new Error(`Tab did not come round in 200 presses: ${stops.map((s) => s.label).join(', ')}`);
}

/** Tabs round the page: every control is reached, and each shows its focus ring. */
async function expectKeyboardReachable(page: Page, view: string): Promise<Stop[]> {
  const expected = await markTabbable(page);
  const stops = await tabRound(page);
  expect(
    stops.filter((s) => !s.ring).map((s) => s.label),
    `controls in ${view} without a visible focus ring`,
  ).toEqual([]);
  const reached = new Set(stops.map((s) => s.key));
  expect(
    Object.entries(expected)
      .filter(([key]) => !reached.has(key))
      .map(([, label]) => label),
    `controls in ${view} that Tab never reaches`,
  ).toEqual([]);
  return stops;
}

/** Tabs forward until `predicate` holds for the focused control. */
async function tabTo(page: Page, predicate: (stop: Stop) => boolean, what: string): Promise<void> {
  for (let presses = 0; presses < 200; presses++) {
    await page.keyboard.press('Tab');
    const stop = await focusedStop(page);
    if (stop && predicate(stop)) return;
  }
  throw new Error(`Tab never reached ${what}`);
}

describe('the keyboard alone', () => {
  it('reaches every control of the library and an article, each with its focus ring, and goes there and back', async () => {
    const { page } = await start();
    const libraryStops = await expectKeyboardReachable(page, 'the library');
    const labels = libraryStops.map((s) => s.label);
    for (const wanted of ['Search', 'Notebook', 'Backups', 'Theme', KAZINFORM]) {
      expect(
        labels.some((label) => label.startsWith(wanted)),
        `${wanted} in ${labels.join(', ')}`,
      ).toBe(true);
    }

    // Into the first article with Enter, round its controls, and back with the Library button.
    await tabTo(page, (s) => s.label.startsWith('Kazakhstan needs parties'), 'the article row');
    await page.keyboard.press('Enter');
    await waitForArticle(page, KAZINFORM);
    await expectKeyboardReachable(page, 'the reader');
    await tabTo(page, (s) => s.label === 'Library', 'the Library button');
    await page.keyboard.press('Enter');
    await waitForLibrary(page);
    // Back on the article just read, its ring showing.
    const back = await focusedStop(page);
    expect(back?.label).toBe(KAZINFORM);
    expect(back?.ring).toBe(true);
  });
});
