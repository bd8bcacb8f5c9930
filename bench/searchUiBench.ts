// Code passed to page.evaluate runs in Chromium and is typed against the DOM.
/// <reference lib="dom" />
/**
 * Search as you type, measured where the reader feels it: in Chromium through the harness, from each
 * keystroke reaching the search box (`gloss:search-input`) to the first painted frame whose results
 * include it (`gloss:search-painted` with that sequence number or a later one: a keystroke overtaken
 * by the next one is answered by the next one's results).
 */
import { chromium, type Page } from 'playwright-core';
import { startHost } from '../electron/host/startHost';
import { median, quantile } from './stats';
import type { BenchRow } from './types';
import { CHROMIUM_ARGS } from './uiBench';

/** What people type into a news library's search box, typos and all. */
export const SEARCH_UI_QUERIES: readonly string[] = [
  'Tokayev',
  'Tokaev reforms',
  'Mazhilis elections',
  'Majilis',
  'parliament',
  'president Tokayev senate',
  'economic development',
  'infrastructure investment',
  'agriculture export',
  'presidnet',
  'goverment policy',
  'parlament',
  'constitution referendum',
  '"political reforms"',
  'democracy -senate',
  'source:Kazinform',
  'year:2023 budget',
  'inflation forecast',
  'railway construction',
  'water electricity',
  'corruption investigation',
  'Kassym-Jomart',
  'de-bureaucratization',
  'debureaucratization',
  'youth employment',
  'hospital health',
  'educaton reform',
  'digital technology',
  'climate energy',
  'foreign affairs minister',
  'Nursultan',
  'Aigerim Tokaeva',
  'oil price',
  'tax revenue',
  'pension system',
  'olympic medal',
  'tourism festival',
  'transparency accountability',
  'moderization',
  'responsibility parties',
];

/** Milliseconds between keystrokes: a fast typist (about 120 words a minute). */
const TYPING_DELAY = 100;

interface Mark {
  readonly seq: number;
  readonly at: number;
}

function readMarks(page: Page, name: string): Promise<Mark[]> {
  return page.evaluate(
    (markName) =>
      performance
        .getEntriesByName(markName)
        .map((e) => ({ seq: ((e as PerformanceMark).detail as { seq: number }).seq, at: e.startTime })),
    name,
  );
}

async function waitForPainted(page: Page, seq: number): Promise<void> {
  await page.waitForFunction(
    (wanted) =>
      performance
        .getEntriesByName('gloss:search-painted')
        .some((e) => ((e as PerformanceMark).detail as { seq: number }).seq >= wanted),
    seq,
    { timeout: 30_000 },
  );
}

async function latestInput(page: Page): Promise<number> {
  return Math.max(0, ...(await readMarks(page, 'gloss:search-input')).map((m) => m.seq));
}

interface Latencies {
  /** Keystroke → the first painted results that include it. */
  readonly keystroke: number[];
  /** The renderer's part: an answer arriving → its results painted. */
  readonly render: number[];
}

/** Types every query letter by letter, `delay` ms apart, and times each keystroke. */
async function typeQueries(page: Page, queries: readonly string[], delay: number): Promise<Latencies> {
  const box = page.locator('.search-panel__input');
  const typed: number[] = [];
  for (const query of queries) {
    // Clearing the box is not a keystroke being measured (and no event at all when it is empty).
    const before = await latestInput(page);
    await box.fill('');
    const cleared = await latestInput(page);
    if (cleared > before) await waitForPainted(page, cleared);
    await page.keyboard.type(query, { delay });
    const last = await latestInput(page);
    await waitForPainted(page, last);
    for (let seq = cleared + 1; seq <= last; seq++) typed.push(seq);
  }
  const inputs = new Map((await readMarks(page, 'gloss:search-input')).map((m) => [m.seq, m.at]));
  const answered = new Map((await readMarks(page, 'gloss:search-answered')).map((m) => [m.seq, m.at]));
  const painted = (await readMarks(page, 'gloss:search-painted')).sort((a, b) => a.at - b.at);
  const keystroke = typed.flatMap((seq) => {
    const at = inputs.get(seq);
    const shown = painted.find((p) => p.seq >= seq);
    return at === undefined || !shown ? [] : [shown.at - at];
  });
  const render = typed.flatMap((seq) => {
    const at = answered.get(seq);
    const shown = painted.find((p) => p.seq === seq);
    return at === undefined || !shown ? [] : [shown.at - at];
  });
  return { keystroke, render };
}

/** Keystroke → results painted in the search panel, on the library in `dataDir`. */
export async function benchSearchUi(dataDir: string, rendererDir: string): Promise<BenchRow[]> {
  const host = await startHost({ dataDir, rendererDir, port: 0 });
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
  try {
    // Start from the library, not the last article a previous run left open.
    host.library.db.prepare("DELETE FROM settings WHERE key = 'preferences'").run();
    const page = await browser.newPage({ viewport: { width: 1280, height: 860 } });
    await page.goto(host.url);
    await page.waitForFunction(
      () => performance.getEntriesByName('gloss:library-painted').length > 0,
      undefined,
      {
        timeout: 30_000,
      },
    );
    await page.keyboard.press('Control+k');
    await page.locator('.search-panel__input').waitFor();

    // A warm-up query: the first search loads the vocabulary.
    await typeQueries(page, ['warm up'], 0);
    const { keystroke, render } = await typeQueries(page, SEARCH_UI_QUERIES, TYPING_DELAY);
    // The same queries as fast as the keyboard can send them: answers overtaken while in flight.
    const burst = await typeQueries(page, SEARCH_UI_QUERIES.slice(0, 10), 0);
    return [
      {
        name: `search UI: keystroke → results painted p50 (${SEARCH_UI_QUERIES.length} queries, ${TYPING_DELAY} ms/key)`,
        value: median(keystroke),
        unit: 'ms',
      },
      {
        name: `search UI: keystroke → results painted p95 (${keystroke.length} keystrokes)`,
        value: quantile(keystroke, 0.95),
        unit: 'ms',
        target: '≤ 50',
      },
      { name: 'search UI: keystroke → results painted max', value: quantile(keystroke, 1), unit: 'ms' },
      { name: 'search UI: answer arrived → painted p50 (renderer only)', value: median(render), unit: 'ms' },
      {
        name: 'search UI: answer arrived → painted p95 (renderer only)',
        value: quantile(render, 0.95),
        unit: 'ms',
      },
      {
        name: 'search UI: keys sent back to back, keystroke → painted p95',
        value: quantile(burst.keystroke, 0.95),
        unit: 'ms',
      },
    ];
  } finally {
    await browser.close();
    await host.close();
  }
}
