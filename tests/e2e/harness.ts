// Code passed to page.evaluate runs in Chromium and is typed against the DOM. The node project
// has no DOM lib, so it is referenced here (only tests/ and scripts/ use it).
/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
/**
 * Drives the real renderer in Chromium: a fresh library folder, the browser harness in-process
 * (the same handlers Electron uses, over HTTP on loopback) and playwright-core on /usr/bin/chromium.
 * Needs the renderer built first (`npx electron-vite build`).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { startHost, type RunningHost } from '../../electron/host/startHost';
import type { Annotation, AnnotationStyle, ColorId } from '../../shared/model/annotation';
import type { Article, ArticlePage } from '../../shared/model/article';

export const SEED_DIR = fileURLToPath(new URL('../../seeds', import.meta.url));
/** `GLOSS_OUT_DIR` points at another electron-vite build (`electron-vite build --outDir DIR`). */
export const RENDERER_DIR = join(
  process.env.GLOSS_OUT_DIR ?? fileURLToPath(new URL('../../out', import.meta.url)),
  'renderer',
);
export const CHROMIUM_PATH = process.env.GLOSS_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(`No built renderer in ${RENDERER_DIR}: run \`npx electron-vite build\` first.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

export interface GlossSession {
  readonly page: Page;
  readonly host: RunningHost;
  readonly dataDir: string;
  /** Console errors and warnings, uncaught exceptions and CSP violations seen so far. */
  readonly problems: string[];
  close(): Promise<void>;
}

export interface SessionOptions extends BrowserContextOptions {
  /** Reuse a library folder (e.g. to restart the host on the same data); a fresh one otherwise. */
  readonly dataDir?: string;
  /** Seed texts to import at start; the five real seeds by default. */
  readonly seedDir?: string;
}

/** A fresh library and a page open on it, with the library's first paint done. */
export async function openGloss(browser: Browser, options: SessionOptions = {}): Promise<GlossSession> {
  const { dataDir: givenDir, seedDir = SEED_DIR, ...contextOptions } = options;
  const dataDir = givenDir ?? mkdtempSync(join(tmpdir(), 'gloss-e2e-'));
  const host = await startHost({ dataDir, seedDir, rendererDir: RENDERER_DIR, port: 0 });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, ...contextOptions });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  // Reported through the console, so a violation anywhere in the run is caught above.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || 'inline'}`);
    });
  });
  await page.goto(host.url);
  return {
    page,
    host,
    dataDir,
    problems,
    close: async () => {
      await context.close();
      await host.close();
      if (givenDir === undefined) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export interface GlossFixture {
  /** The file's Chromium, launched before its first test. */
  readonly browser: Browser;
  /** The session this test opened last; throws if it opened none. */
  readonly session: GlossSession;
  /** A fresh Gloss with the library's first paint done; closed after the test. */
  open(options?: SessionOptions): Promise<GlossSession>;
  /** As `open`, without waiting for the library: for tests that prepare the page first. */
  openUnsettled(options?: SessionOptions): Promise<GlossSession>;
  /** Closes this test's sessions now (e.g. to reopen their library folder); still checked after the test. */
  close(): Promise<void>;
}

/**
 * One Chromium per test file and a fresh Gloss per test: after each test its sessions close and no
 * console error, page error or CSP violation may have been seen in any of them.
 */
export function useGloss(): GlossFixture {
  let browser: Browser | undefined;
  let open: GlossSession[] = [];
  let seen: string[] = [];
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });
  const close = async (): Promise<void> => {
    const closing = open;
    open = [];
    for (const session of closing) {
      await session.close();
      seen.push(...session.problems);
    }
  };
  afterEach(async () => {
    await close();
    const problems = seen;
    seen = [];
    expect(problems, 'console errors, page errors or CSP violations').toEqual([]);
  });
  const fixture: GlossFixture = {
    get browser() {
      if (!browser) throw new Error('Chromium is launched in beforeAll');
      return browser;
    },
    get session() {
      const last = open.at(-1);
      if (!last) throw new Error('no session open in this test');
      return last;
    },
    openUnsettled: async (options) => {
      const session = await openGloss(fixture.browser, options);
      open.push(session);
      return session;
    },
    open: async (options) => {
      const session = await fixture.openUnsettled(options);
      await waitForLibrary(session.page);
      return session;
    },
    close,
  };
  return fixture;
}

/** Waits until the view is settled: the library's rows, or an article's blocks, are on screen. */
export async function waitForLibrary(page: Page): Promise<void> {
  await page.locator('.view--library:not([hidden]) .article-row').first().waitFor();
}

export async function waitForArticle(page: Page, title?: string): Promise<void> {
  const heading = page.locator('.article__title');
  await heading.waitFor();
  if (title !== undefined)
    await page.waitForFunction((t) => document.querySelector('.article__title')?.textContent === t, title);
  await page.locator('.article__body [data-block-index]').first().waitFor();
}

/** The fraction of the page scrolled through, as the reader computes it. */
export function scrollFractionOf(page: Page): Promise<number> {
  return page.evaluate(() => {
    const range = document.documentElement.scrollHeight - window.innerHeight;
    return range <= 0 ? 0 : window.scrollY / range;
  });
}

/** Calls the harness API directly (as the page would), e.g. to set up a state before a reload. */
export async function callApi<T>(host: RunningHost, method: string, input?: unknown): Promise<T> {
  const response = await fetch(new URL(`/api/${method}`, host.url), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'X-Gloss-Token': host.token },
    body: input === undefined ? '' : JSON.stringify(input),
  });
  const result = (await response.json()) as
    { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
  if (!result.ok) throw new Error(`${method}: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Resolves once the page has saved preferences matching `predicate` (the reader saves throttled). */
export function waitForSavedPreferences(
  page: Page,
  predicate: (patch: Record<string, unknown>) => boolean,
): Promise<unknown> {
  return page.waitForRequest((request) => {
    if (!request.url().endsWith('/api/updatePreferences')) return false;
    const body = request.postData();
    return body !== null && predicate(JSON.parse(body) as Record<string, unknown>);
  });
}

/** An article of the library, with its blocks, found by its exact title. */
export async function articleByTitle(host: RunningHost, title: string): Promise<Article> {
  const list = await callApi<ArticlePage>(host, 'listArticles', { limit: 100 });
  const summary = list.items.find((a) => a.title === title);
  if (!summary) throw new Error(`no article ${title}`);
  return callApi<Article>(host, 'getArticle', { id: summary.id });
}

/** Code-point offsets of the first occurrence of `needle` in a block of the article. */
export function offsetsOf(article: Article, needle: string): { start: number; end: number } {
  for (const block of article.blocks) {
    const at = block.text.indexOf(needle);
    if (at >= 0) {
      const start = block.start + Array.from(block.text.slice(0, at)).length;
      return { start, end: start + Array.from(needle).length };
    }
  }
  throw new Error(`"${needle}" is not in ${article.title}`);
}

/** Highlights `needle` through the API, as the reader would by selecting it. */
export function annotate(
  host: RunningHost,
  article: Article,
  needle: string,
  color: ColorId,
  extra: { note?: string; tags?: string[]; style?: AnnotationStyle } = {},
): Promise<Annotation> {
  return callApi<Annotation>(host, 'createAnnotation', {
    articleId: article.id,
    ...offsetsOf(article, needle),
    color,
    ...extra,
  });
}
