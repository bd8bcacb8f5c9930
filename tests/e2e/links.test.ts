import { describe, expect, it } from 'vitest';
import { annotationLink, parseGlossLink } from '../../shared/export/links';
import type { Annotation } from '../../shared/model/annotation';
import type { Article, ArticlePage } from '../../shared/model/article';
import { callApi, useGloss, waitForArticle, waitForLibrary } from './harness';

const SENATE = 'President Tokayev Calls to Strengthen Principles of Democracy at Senate Meeting';

const gloss = useGloss();

describe('gloss:// links from exported notes', () => {
  it('open the article at the linked annotation', async () => {
    const { page, host } = await gloss.openUnsettled();
    // What the Electron preload exposes as window.glossLinks, driven by the test instead of main;
    // it must exist before the app subscribes, so the page is reloaded with it.
    await page.addInitScript(() => {
      type Target = { articleId: string; annotationId: string | null };
      let listener: ((t: Target) => void) | null = null;
      Object.assign(window, {
        glossLinks: { onOpen: (l: (t: Target) => void) => ((listener = l), () => (listener = null)) },
        openGlossLink: (t: Target) => listener?.(t),
      });
    });
    await page.reload();
    await waitForLibrary(page);

    const list = await callApi<ArticlePage>(host, 'listArticles', { limit: 100 });
    const summary = list.items.find((a) => a.title === SENATE);
    const article = await callApi<Article>(host, 'getArticle', { id: summary?.id ?? '' });
    const block = article.blocks.at(-1);
    if (!block) throw new Error('no blocks');
    const note = await callApi<Annotation>(host, 'createAnnotation', {
      articleId: article.id,
      start: block.start,
      end: block.start + 12,
      color: 'blue',
    });

    const target = parseGlossLink(annotationLink(article.id, note.id));
    await page.evaluate(
      (t) => (window as unknown as { openGlossLink: (x: unknown) => void }).openGlossLink(t),
      target,
    );
    await waitForArticle(page, SENATE);
    await page.waitForFunction(() => {
      const current = CSS.highlights.get('gloss-current');
      return current !== undefined && current.size === 1;
    });
    // The linked annotation, in the last block, is brought into view.
    await page.waitForFunction(() => {
      const blocks = document.querySelectorAll('.view--reader [data-block-index]');
      const last = blocks[blocks.length - 1]?.getBoundingClientRect();
      return last !== undefined && last.top < window.innerHeight && last.bottom > 0;
    });
    expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
  });
});
